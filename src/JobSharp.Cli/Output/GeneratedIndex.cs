using System.Security.Cryptography;
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

    /// <summary>The files listed, relative path to hash; lines that are not a generated manifest's are ignored.</summary>
    public static SortedDictionary<string, string> Read(ManifestDirectory directory)
    {
        var listed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var path = directory.Resolve(FileName);
        if (directory.Obstacle(path) is not null || !File.Exists(path))
        {
            return listed;
        }

        foreach (var line in File.ReadAllText(path, AtomicFile.Utf8NoBom).Split('\n'))
        {
            if (Line().Match(line) is { Success: true } match)
            {
                listed[match.Groups["path"].Value] = match.Groups["hash"].Value;
            }
        }

        return listed;
    }

    /// <summary>The index text for <paramref name="files"/> (relative path to hash).</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> files)
    {
        var text = new StringBuilder();
        foreach (var (path, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(hash).Append("  ").Append(path).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The SHA-256 of the file's bytes (UTF-8 text), in lower-case hex.</summary>
    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>The SHA-256 of a file on disk, in lower-case hex.</summary>
    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // Only what render -o writes: NAME.KIND.EXT (KIND in lower case: job, configmap, ...) at the root or one namespace folder down. A line naming anything
    // else (.., an absolute path, another file) is not JobSharp's and is ignored.
    [GeneratedRegex(@"^(?<hash>[0-9a-f]{64})  (?<path>(?:[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?/)?[a-z0-9]([-.a-z0-9]*[a-z0-9])?\.[a-z0-9]+\.(?:yaml|json))$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
