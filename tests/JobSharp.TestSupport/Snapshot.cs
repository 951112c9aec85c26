using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace JobSharp.TestSupport;

/// <summary>
/// Byte-for-byte snapshots in checked-in files. A snapshot <c>NAME.verified.EXT</c> (or <c>NAME.approved.EXT</c>) is
/// compared with the actual text; on a mismatch the text is written beside it as <c>NAME.received.EXT</c> (ignored by
/// git) and the test fails with a line diff. To accept a change, review it and rename the received file over the
/// snapshot (CONTRIBUTING.md).
/// </summary>
public static class Snapshot
{
    private const int MaxDiffLines = 60;

    /// <summary>Compares <paramref name="actual"/> with the snapshot at <paramref name="snapshotPath"/>.</summary>
    /// <exception cref="SnapshotMismatchException">The snapshot is missing or differs.</exception>
    public static void Match(string snapshotPath, string actual)
    {
        var received = ReceivedPath(snapshotPath);
        var expected = File.Exists(snapshotPath) ? File.ReadAllText(snapshotPath, Encoding.UTF8) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new SnapshotMismatchException(expected is null
            ? $"No snapshot {snapshotPath}; the actual text is in {received} for review."
            : $"{snapshotPath} differs from the actual text, written to {received}. Review it; rename it over the snapshot if intended.\n{Diff(expected, actual)}");
    }

    /// <summary>Where a mismatch is written: the snapshot's name with <c>.received</c> in place of <c>.verified</c> or <c>.approved</c>.</summary>
    public static string ReceivedPath(string snapshotPath)
    {
        var folder = System.IO.Path.GetDirectoryName(snapshotPath) ?? ".";
        var name = System.IO.Path.GetFileName(snapshotPath);
        foreach (var marker in new[] { ".verified.", ".approved." })
        {
            var at = name.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return System.IO.Path.Combine(folder, name[..at] + ".received." + name[(at + marker.Length)..]);
            }
        }

        throw new ArgumentException($"A snapshot's name contains .verified. or .approved.: {snapshotPath}", nameof(snapshotPath));
    }

    private static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines
            .Where(l => l.Type != ChangeType.Unchanged)
            .Select(l => (l.Type == ChangeType.Inserted ? "+ " : "- ") + l.Text)
            .ToList();
        var shown = string.Join('\n', lines.Take(MaxDiffLines));
        return lines.Count > MaxDiffLines ? $"{shown}\n... {lines.Count - MaxDiffLines} more changed lines" : shown;
    }
}

/// <summary>A snapshot is missing or differs from the actual text.</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
