using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace JobSharp.Cli;

/// <summary>
/// <c>--version</c> in both hosts prints JobSharp's version, the version of its packages (from git, see
/// CONTRIBUTING.md), not the version of the program that hosts it: a user's own program is usually 1.0.0.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>JobSharp's package version: this assembly's informational version without the build metadata (<c>+commit</c>).</summary>
    public static string Current { get; } = Read();

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(Current + "\n");
        return ExitCodes.Success;
    }

    /// <summary>Points the root command's <c>--version</c> at this action.</summary>
    public static void Attach(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }
    }

    private static string Read()
    {
        var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
