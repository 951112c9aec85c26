using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace JobSharp.Tests.Dsl;

/// <summary>
/// Byte-for-byte snapshots: compares text with <c>tests/JobSharp.Tests/Dsl/Snapshots/&lt;name&gt;.verified.yaml</c>.
/// On a mismatch it writes <c>&lt;name&gt;.received.yaml</c> beside it and fails with a line diff; accept a change by
/// renaming the received file.
/// </summary>
internal static class SnapshotFile
{
    public static void Match(string name, string actual)
    {
        var folder = RepoPaths.DslSnapshots;
        var verified = Path.Combine(folder, name + ".verified.yaml");
        var received = Path.Combine(folder, name + ".received.yaml");
        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; wrote {received} to review."
            : $"Snapshot {name} differs (wrote {received}):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        foreach (var line in diff.Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            text.Append(prefix).Append(line.Text).Append('\n');
        }

        return text.ToString();
    }
}
