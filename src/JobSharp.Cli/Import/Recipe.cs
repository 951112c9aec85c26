namespace JobSharp.Cli.Import;

/// <summary>
/// A fluent chain being imported, kept twice: as the calls to write (<see cref="Calls"/>) and as the functions that
/// make the same value here, so the importer can build what the code will build and compare it with the input. A
/// call the DSL refuses (an invalid value) is left out; the comparison then puts the field back with
/// <c>Customize</c>.
/// </summary>
internal sealed class Recipe<T>(Func<T> start)
    where T : class
{
    private readonly List<(ImportCall Call, Func<T, T> Apply)> _steps = [];

    /// <summary>The calls written so far, in order.</summary>
    public IReadOnlyList<ImportCall> Calls => [.. _steps.Select(s => s.Call)];

    /// <summary>True when no call was recorded.</summary>
    public bool IsEmpty => _steps.Count == 0;

    /// <summary>Records <paramref name="call"/> when <paramref name="apply"/> works on the value so far; returns whether it did.</summary>
    public bool Add(ImportCall call, Func<T, T> apply)
    {
        try
        {
            _ = apply(Build());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return false;
        }

        _steps.Add((call, apply));
        return true;
    }

    /// <summary>Records a call that needs no check (a <c>Customize</c> made from the comparison).</summary>
    public void AddUnchecked(ImportCall call, Func<T, T> apply) => _steps.Add((call, apply));

    /// <summary>The value the calls make from the start value.</summary>
    public T Build() => Replay(start());

    /// <summary>The value the calls make from <paramref name="value"/>.</summary>
    public T Replay(T value) => _steps.Aggregate(value, (current, step) => step.Apply(current));
}
