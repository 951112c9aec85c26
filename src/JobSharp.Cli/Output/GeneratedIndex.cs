using System.Text;
using System.Text.RegularExpressions;

namespace JobSharp.Cli.Output;

/// <summary>
/// The list of files <c>render -o</c> generated, kept in <c>DIR/.jobsharp-generated.sha256</c> in the format of
/// <c>sha256sum</c> (<c>HASH  PATH</c>, one file a line, sorted), so <c>sha256sum -c</c> checks it too. It is how
/// <c>--prune</c> knows what it may delete: only files listed here, still holding the bytes JobSharp wrote.
/// Hand-written files, edited files and anything a line of the index does not name exactly are never deleted.
/// </summary>
internal static partial class GeneratedIndex
{
    public const string FileName = ".jobsharp-generated.sha256";

    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The files listed, relative path and hash, read one line at a time; lines that are not a generated manifest's
    /// are ignored. Nothing when the folder has no index.
    /// </summary>
    public static IEnumerable<(string Relative, ContentHash Hash)> Read(ManifestDirectory directory)
    {
        var path = directory.Resolve(FileName);
        if (directory.Obstacle(path) is not null || !File.Exists(path))
        {
            yield break;
        }

        // Bytes that are not UTF-8 only make a line that matches nothing.
        foreach (var line in File.ReadLines(path, Lenient))
        {
            if (Line().Match(line) is { Success: true } match)
            {
                yield return (match.Groups["path"].Value, ContentHash.Parse(match.Groups["hash"].Value));
            }
        }
    }

    /// <summary>Writes the index of <paramref name="files"/>, which come sorted by relative path (ordinal).</summary>
    public static void Write(TextWriter writer, IEnumerable<(string Relative, ContentHash Hash)> files)
    {
        foreach (var (path, hash) in files)
        {
            writer.Write(hash.ToString());
            writer.Write("  ");
            writer.Write(path);
            writer.Write('\n');
        }
    }

    // Only what render -o writes: NAME.KIND.EXT (KIND in lower case: job, configmap, ...) at the root or one namespace folder down. A line naming anything
    // else (.., an absolute path, another file) is not JobSharp's and is ignored.
    [GeneratedRegex(@"^(?<hash>[0-9a-f]{64})  (?<path>(?:[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?/)?[a-z0-9]([-.a-z0-9]*[a-z0-9])?\.[a-z0-9]+\.(?:yaml|json))$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
