namespace JobSharp.Cli.Import;

/// <summary>A DSL value together with the C# expression that makes it.</summary>
/// <param name="Code">The expression, such as <c>Quantity.Mebibytes(256)</c>.</param>
/// <param name="Value">The value the expression makes.</param>
internal sealed record Coded<T>(string Code, T Value)
{
    /// <summary>Runs <paramref name="make"/>; null when the DSL refuses the value (the input is invalid there).</summary>
    public static Coded<T>? Try(Func<Coded<T>?> make)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
