using System.Reflection;
using JobSharp.Cli.Tests.Support;

namespace JobSharp.Cli.Tests.Tool;

/// <summary>
/// <c>--version</c> prints JobSharp's package version (from git, without the <c>+commit</c> build metadata) in both
/// hosts; a JobSharpApp program prints JobSharp's version, not its own. eng/install-check.sh compares it with the
/// version of the packages it installed.
/// </summary>
public sealed class VersionTests
{
    private static readonly string Expected = typeof(JobSharpApp).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public async Task Tool_Version_IsJobSharpsPackageVersion()
    {
        var result = await ToolRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected + "\n", result.StdOut);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public async Task Program_Version_IsJobSharpsVersion_NotTheProgramsOwn()
    {
        var result = await CliRunner.RunAsync(new JobSharpApp(), "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected + "\n", result.StdOut);
        Assert.DoesNotContain('+', result.StdOut);
        Assert.NotEqual(typeof(VersionTests).Assembly.GetName().Version!.ToString(3) + "\n", result.StdOut);
    }
}
