using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JobSharp.Cli.Output;

/// <summary>
/// Writes a file so that readers see either the old content or the new, never a part: the text goes to a
/// temporary file in the same folder (<c>.NAME.PID.GUID.tmp</c>), which then replaces the target in one rename. An
/// updated file keeps its permissions. A run killed between the two steps leaves the temporary file behind; the
/// next run in that folder removes it (<see cref="RemoveLeftovers"/>).
/// </summary>
internal static partial class AtomicFile
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Write(string path, string content) => WriteBytes(path, stream => stream.Write(Utf8NoBom.GetBytes(content)));

    /// <summary>Writes what <paramref name="write"/> writes, as UTF-8 without a byte order mark, streamed.</summary>
    public static void Write(string path, Action<TextWriter> write) => WriteBytes(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
        write(writer);
    });

    private static void WriteBytes(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, string.Create(
            CultureInfo.InvariantCulture, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            KeepMode(path, temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Deletes the temporary files an interrupted run left in <paramref name="folder"/>: those of processes that no
    /// longer run (a running one may still be writing), and those of older versions that carried no process id and
    /// are more than a minute old. Returns how many it deleted.
    /// </summary>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            var match = Temporary().Match(Path.GetFileName(file));
            var info = new FileInfo(file);
            if (!match.Success || info.LinkTarget is not null || !IsAbandoned(match, info))
            {
                continue;
            }

            info.Delete();
            removed++;
        }

        return removed;
    }

    private static bool IsAbandoned(Match match, FileInfo info)
    {
        if (!match.Groups["pid"].Success)
        {
            return DateTime.UtcNow - info.LastWriteTimeUtc > TimeSpan.FromMinutes(1);
        }

        var pid = int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture);
        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    // An updated file keeps its permissions (a 0600 manifest stays 0600); a new one gets the usual umask mode.
    private static void KeepMode(string path, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
        }
    }

    [GeneratedRegex(@"^\..+?\.(?:(?<pid>[0-9]{1,10})\.)?[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Temporary();
}
