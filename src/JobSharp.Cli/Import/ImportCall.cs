namespace JobSharp.Cli.Import;

/// <summary>
/// One method call of a generated fluent chain, as the <c>templates/import</c> templates lay it out:
/// <c>.Method(Arguments)</c>, or <c>.Method(Arguments, p =&gt; p ...)</c> when it has a <see cref="Lambda"/>.
/// </summary>
internal sealed class ImportCall
{
    /// <summary>The method's name, such as <c>WithBackoffLimit</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The argument list as C# text, without parentheses; may be empty.</summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>The configuring lambda passed as the last argument, or null.</summary>
    public ImportLambda? Lambda { get; set; }

    /// <summary>Comment lines written above the call, without <c>//</c>.</summary>
    public List<string> Comments { get; } = [];

    /// <summary>The field path the call sets (<c>spec.backoffLimit</c>), to place problem comments; null when it sets several.</summary>
    public string? Field { get; init; }
}

/// <summary>A lambda argument: <c>c =&gt; c</c> followed by the calls of its chain.</summary>
internal sealed class ImportLambda
{
    /// <summary>The parameter's name, such as <c>c</c>.</summary>
    public required string Parameter { get; init; }

    /// <summary>The calls made on the parameter, in order.</summary>
    public required IReadOnlyList<ImportCall> Calls { get; init; }
}
