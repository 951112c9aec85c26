using JobSharp.Cli;
using JobSharp.Testing;

namespace MyJobs.Tests;

/// <summary>What this repository deploys, pinned down: a change to a manifest fails here until it is reviewed.</summary>
public sealed class JobsTests
{
    /// <summary>
    /// Every manifest against JobsTests.Manifests.verified.yaml beside this file. After a deliberate change, review
    /// the diff and accept it with <c>JOBSHARP_ACCEPT=1 dotnet test</c>.
    /// </summary>
    [Fact]
    public void Manifests() => ManifestSnapshots.Match(new JobSharpApp().AddRange(Jobs.All));

    /// <summary>The API server's create-time rules, offline.</summary>
    [Fact]
    public void Valid() => ManifestAssert.AllValid(Jobs.All);

    /// <summary>No lint warnings or errors (missing deadlines, privilege escalation, ...).</summary>
    [Fact]
    public void Clean() => ManifestAssert.NoLintFindings(Jobs.All);
}
