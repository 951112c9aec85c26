using k8s.Models;

namespace JobSharp;

/// <summary>One key projected as one file (<c>items[]</c>).</summary>
internal sealed record KeyPath(string Key, string Path, int? Mode)
{
    public V1KeyToPath ToModel() => new() { Key = Key, Path = Path, Mode = Mode };
}
