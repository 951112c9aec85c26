using System.Text;

namespace JobSharp.Tests.Linting;

/// <summary>
/// Compares text byte-for-byte with a checked-in <c>Snapshots/NAME.verified.txt</c> beside this file; on a mismatch
/// writes <c>NAME.received.txt</c> for review and fails.
/// </summary>
internal static class LintSnapshot
{
    public static void Verify(string actual, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "JobSharp.Tests", "Linting", "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.txt");
        var received = Path.Combine(folder, $"{name}.received.txt");
        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail($"{name} differs from {verified} (wrote {received}).\nExpected:\n{expected}\nActual:\n{actual}");
    }

    /// <summary>The checkout's root, found from the test binaries upwards (source paths are mapped in CI builds).</summary>
    internal static string RepositoryRoot()
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
