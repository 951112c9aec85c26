using JobSharp.Linting;

namespace JobSharp.Tests.Linting;

/// <summary>The public view of the one list of credential names and the URL password scan (used by the cluster diff).</summary>
public sealed class CredentialMaskingTests
{
    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("PGPASSWORD", true)]
    [InlineData("apiKey", true)]
    [InlineData("PASSWORD_FILE", false)]
    [InlineData("PWD", false)]
    [InlineData("LOG_LEVEL", false)]
    [InlineData(null, false)]
    public void IsCredentialName_AsLintRuleJS4006(string? name, bool expected) =>
        Assert.Equal(expected, CredentialMasking.IsCredentialName(name));

    [Fact]
    public void MaskUrlPasswords_OnlyThePassword() =>
        Assert.Equal("psql postgres://app:****@db/app -c 'select 1'", CredentialMasking.MaskUrlPasswords("psql postgres://app:s3cr@t@db/app -c 'select 1'"));

    [Fact]
    public void Mask_FourStars() => Assert.Equal("****", CredentialMasking.Mask);
}
