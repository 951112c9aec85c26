namespace JobSharp.Testing.Fakes;

/// <summary>The log of a pod's container: the current run, the previous run (after a restart) and whether it ended.</summary>
internal sealed class FakePodLog
{
    public List<(DateTimeOffset Time, string Text)> Current { get; set; } = [];

    public List<(DateTimeOffset Time, string Text)>? Previous { get; set; }

    public bool Done { get; set; }
}
