using System.Globalization;
using System.Text;
using JobSharp.Rendering;
using k8s;
using k8s.Models;

namespace JobSharp.Testing.Internal;

/// <summary>The comparison behind <see cref="ManifestSnapshots"/>.</summary>
internal static class SnapshotFile
{
    // Long diffs are cut here; the received file holds everything.
    private const int MaxDiffLines = 400;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares the objects' YAML with the verified file of the calling test.</summary>
    /// <param name="manifests">The objects, in order.</param>
    /// <param name="callerFile">The test's <c>[CallerFilePath]</c>.</param>
    /// <param name="testName">The test's <c>[CallerMemberName]</c>.</param>
    /// <param name="settings">The environment, source roots and folder.</param>
    /// <exception cref="SnapshotMismatchException">The verified file is missing or differs, and accepting is off.</exception>
    public static void Match(IReadOnlyList<IKubernetesObject<V1ObjectMeta>> manifests, string callerFile, string testName, SnapshotSettings settings) =>
        Match([new SnapshotPart(null, manifests)], callerFile, testName, settings);

    /// <summary>
    /// Compares several snapshots of one test, such as one per environment (<c>CLASS.METHOD.NAME.verified.yaml</c>):
    /// every one is compared and every difference written before one exception reports them all.
    /// </summary>
    /// <exception cref="SnapshotMismatchException">A verified file is missing or differs, and accepting is off.</exception>
    public static void Match(IReadOnlyList<SnapshotPart> snapshots, string callerFile, string testName, SnapshotSettings settings)
    {
        if (string.IsNullOrWhiteSpace(callerFile) || string.IsNullOrWhiteSpace(testName))
        {
            throw new ArgumentException("Call ManifestSnapshots.Match from a test method, leaving its caller parameters out: they name the snapshot file.");
        }

        var mismatches = snapshots.Select(s => Compare(s, callerFile, testName, settings)).OfType<string>().ToList();
        if (mismatches.Count > 0)
        {
            throw new SnapshotMismatchException(string.Join("\n\n", mismatches));
        }
    }

    // Null when the snapshot matches or was accepted; else the received file is written and the message returned.
    private static string? Compare(SnapshotPart snapshot, string callerFile, string testName, SnapshotSettings settings)
    {
        var (verified, received) = Paths(callerFile, snapshot.Suffix is null ? testName : $"{testName}.{snapshot.Suffix}", settings);
        // Each object rendered alone and joined: the same text as ManifestRenderer.ToYaml of the whole list.
        var actual = string.Join("---\n", snapshot.Manifests.Select(m => ManifestRenderer.ToYaml(m ?? throw new ArgumentNullException(nameof(snapshot), "No manifest may be null."))));

        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return null;
        }

        if (settings.Accept)
        {
            File.WriteAllText(verified, actual, Utf8);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual, Utf8);
        return Message(verified, received, expected, actual);
    }

    private static (string Verified, string Received) Paths(string callerFile, string testName, SnapshotSettings settings)
    {
        string folder, className;
        if (settings.Folder is { } fixedFolder)
        {
            folder = fixedFolder;
            className = Path.GetFileNameWithoutExtension(callerFile.Replace('\\', '/').Split('/')[^1]);
        }
        else
        {
            var source = SourcePaths.Resolve(
                callerFile,
                settings.SourceRoots ?? SourceRoot.FromLoadedAssemblies(),
                settings.SearchFrom ?? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()]);
            folder = Path.GetDirectoryName(source)!;
            className = Path.GetFileNameWithoutExtension(source);
        }

        var stem = Path.Combine(folder, $"{className}.{testName}");
        return (stem + ".verified.yaml", stem + ".received.yaml");
    }

    private static string Message(string verified, string received, string? expected, string actual)
    {
        var text = new StringBuilder();
        var before = expected is null ? [] : SnapshotDocument.Split(expected);
        var after = SnapshotDocument.Split(actual);
        text.Append(expected is null
            ? $"No snapshot yet: {verified} does not exist."
            : $"The manifests differ from the snapshot {verified}.");
        text.Append("\nThe result is in ").Append(received).Append('.');

        var diff = Diff(before, after, Path.GetFileName(verified), Path.GetFileName(received));
        if (diff.Count == 0)
        {
            // The same documents, in another order or with other separators.
            diff = [
                $"The objects are the same, in another order or with other document separators:",
                $"  snapshot: {string.Join(", ", before.Select(d => d.Label))}",
                $"  received: {string.Join(", ", after.Select(d => d.Label))}",
            ];
        }

        foreach (var line in diff.Take(MaxDiffLines))
        {
            text.Append('\n').Append(line);
        }

        if (diff.Count > MaxDiffLines)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n... {diff.Count - MaxDiffLines} more lines; the whole result is in the received file.");
        }

        text.Append("\n\n").Append("Accept it (after reviewing the diff): ").Append(RenameCommand(received, verified));
        text.Append('\n').Append($"Or accept every snapshot: run the tests with {SnapshotSettings.AcceptVariable}=1 in the environment.");
        return text.ToString();
    }

    // One unified diff per object: objects paired by kind, name and namespace (and occurrence), in received order,
    // then the objects the snapshot has and the result lacks.
    private static List<string> Diff(IReadOnlyList<SnapshotDocument> before, IReadOnlyList<SnapshotDocument> after, string beforeName, string afterName)
    {
        var unpaired = before.ToList();
        var lines = new List<string>();
        foreach (var document in after)
        {
            var old = unpaired.FirstOrDefault(d => d.Label == document.Label);
            if (old is not null)
            {
                unpaired.Remove(old);
            }

            Add(lines, document.Label, old, document, beforeName, afterName);
        }

        foreach (var old in unpaired)
        {
            Add(lines, old.Label, old, null, beforeName, afterName);
        }

        return lines;
    }

    private static void Add(List<string> lines, string label, SnapshotDocument? before, SnapshotDocument? after, string beforeName, string afterName)
    {
        var hunks = UnifiedDiff.Hunks(before?.Lines ?? [], after?.Lines ?? [], before?.FirstLine ?? 1, after?.FirstLine ?? 1);
        if (hunks.Count == 0)
        {
            return;
        }

        var change = before is null ? "added" : after is null ? "removed" : "changed";
        lines.Add("");
        lines.Add($"{label}: {change}");
        lines.Add($"--- {beforeName}");
        lines.Add($"+++ {afterName}");
        lines.AddRange(hunks);
    }

    private static string RenameCommand(string from, string to) =>
        OperatingSystem.IsWindows()
            ? $"Move-Item -Force -LiteralPath {PowerShellQuote(from)} -Destination {PowerShellQuote(to)}"
            : $"mv {ShellQuote(from)} {ShellQuote(to)}";

    private static string ShellQuote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string PowerShellQuote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}

/// <summary>One snapshot file's objects: <c>CLASS.METHOD.verified.yaml</c>, or <c>CLASS.METHOD.SUFFIX.verified.yaml</c>.</summary>
/// <param name="Suffix">The environment's name, or null.</param>
/// <param name="Manifests">The objects, in order.</param>
internal sealed record SnapshotPart(string? Suffix, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Manifests);
