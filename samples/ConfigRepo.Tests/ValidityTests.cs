using JobSharp.Testing;

namespace ConfigRepo.Tests;

/// <summary>Each environment is what the API server accepts, and what the linter has nothing to say about.</summary>
public sealed class ValidityTests
{
    [Theory]
    [MemberData(nameof(Environments.Names), MemberType = typeof(Environments))]
    public void EveryObject_IsValid(string environment) =>
        ManifestAssert.AllValid(Environments.Named(environment).Manifests);

    [Theory]
    [MemberData(nameof(Environments.Names), MemberType = typeof(Environments))]
    public void NoLintWarnings(string environment) =>
        ManifestAssert.NoLintFindings(Environments.Models(environment));

    [Theory]
    [MemberData(nameof(Environments.Names), MemberType = typeof(Environments))]
    public async Task ValidateVerb_Passes(string environment)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Repository.Define().RunAsync(["validate", "--env", environment], output, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, error.ToString());
        // Two Jobs, a CronJob and the ConfigMap; the ServiceAccount, Role and RoleBinding are passed over.
        Assert.Equal("4 manifests valid.\n", output.ToString());
    }
}
