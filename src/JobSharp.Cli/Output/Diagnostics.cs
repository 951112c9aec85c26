using JobSharp.Cli.Input;

namespace JobSharp.Cli.Output;

/// <summary>
/// Writes diagnostics to standard error in the compiler style tools and editors understand:
/// <c>FILE:LINE:COL: error CODE: path: message</c>, or <c>job/NAME: error CODE: path: message</c> for Jobs
/// defined in code.
/// </summary>
internal sealed class Diagnostics(TextWriter error)
{
    public int ErrorCount { get; private set; }

    public TextWriter Writer => error;

    /// <summary>
    /// The exit code when loading gave nothing to work on: 1 when the manifests themselves are broken (YAML
    /// errors), 2 when they could not be read at all (the default).
    /// </summary>
    public int LoadFailureExitCode { get; set; } = ExitCodes.UsageOrIoError;

    public void Error(string origin, string code, string message)
    {
        ErrorCount++;
        error.Write($"{origin}: error {code}: {message}\n");
    }

    /// <summary>Reports every validation issue of <paramref name="entry"/>; returns how many there were.</summary>
    public int Report(ManifestEntry entry)
    {
        foreach (var issue in entry.Validation.Issues)
        {
            var position = entry.Locate?.Invoke(issue.Path);
            var origin = position is { } p ? $"{entry.Origin}:{p.Line}:{p.Column}" : entry.Origin;
            Error(origin, issue.Code, $"{issue.Path}: {issue.Description}");
        }

        return entry.Validation.Issues.Count;
    }
}
