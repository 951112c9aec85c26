using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace JobSharp.Cli.Tests.Explain;

/// <summary>
/// Compares text byte-for-byte with a checked-in <c>Snapshots/NAME.verified.md</c> beside this file. On a mismatch it
/// writes <c>NAME.received.md</c> next to it and fails with a line diff; accept by renaming received to verified.
/// </summary>
internal static class ExplainSnapshot
{
    public static void Verify(string actual, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "JobSharp.Cli.Tests", "Explain", "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.md");
        var received = Path.Combine(folder, $"{name}.received.md");
        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; wrote {received} for review."
            : $"{name} differs from its snapshot (wrote {received}):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        return string.Join('\n', diff.Lines.Where(l => l.Type != ChangeType.Unchanged).Take(40).Select(l =>
            $"{(l.Type == ChangeType.Inserted ? "+" : l.Type == ChangeType.Deleted ? "-" : " ")} {l.Text}"));
    }

    /// <summary>The checkout's root, found from the test binaries upwards (source paths are mapped in CI builds).</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobSharp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No JobSharp.sln above {AppContext.BaseDirectory}.");
    }
}
