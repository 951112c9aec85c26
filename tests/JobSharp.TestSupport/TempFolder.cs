namespace JobSharp.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jobsharp-tests", Guid.NewGuid().ToString("N"));

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public IReadOnlyList<string> AllFiles() =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
