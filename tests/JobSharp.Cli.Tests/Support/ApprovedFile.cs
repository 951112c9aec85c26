namespace JobSharp.Cli.Tests.Support;

/// <summary>
/// Compares text with a checked-in approved file under the test project's folder. On a mismatch it writes the
/// actual text next to it as <c>*.received.txt</c> (ignored by git) and fails with both paths, so the change can
/// be reviewed and, if intended, copied over the approved file.
/// </summary>
public static class ApprovedFile
{
    public static void Match(string relativePath, string actual)
    {
        var path = Path.Combine(ProjectFolder(), relativePath);
        var expected = File.Exists(path) ? File.ReadAllText(path) : null;
        if (expected == actual)
        {
            return;
        }

        var received = Path.ChangeExtension(path, null).Replace(".approved", string.Empty, StringComparison.Ordinal) + ".received.txt";
        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved file at {path}; the actual text is in {received}."
            : $"{path} differs from the actual text, written to {received}. Review the difference; copy it over if intended.");
    }

    // Found from the output folder upwards (source paths are mapped in CI builds, so [CallerFilePath] cannot be used).
    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JobSharp.Cli.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The JobSharp.Cli.Tests project folder was not found above " + AppContext.BaseDirectory);
    }
}
