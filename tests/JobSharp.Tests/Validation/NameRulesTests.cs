using JobSharp.Validation.Rules;

namespace JobSharp.Tests.Validation;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("my-name")]
    [InlineData("a")]
    [InlineData("123-abc")]
    public void Dns1123Label_Valid_HasNoErrors(string value) => Assert.Empty(NameRules.Dns1123Label(value));

    [Fact]
    public void Dns1123Label_Dotted_SaysNoDots() => Assert.Equal(["must not contain dots"], NameRules.Dns1123Label("a.b"));

    [Fact]
    public void Dns1123Label_TooLongAndUpper_ReportsBoth() =>
        Assert.Equal(["must be no more than 63 characters", NameRules.Dns1123LabelMessage], NameRules.Dns1123Label(new string('A', 64)));

    [Fact]
    public void Dns1123Label_TrailingNewline_IsRejected() => Assert.NotEmpty(NameRules.Dns1123Label("abc\n"));

    [Fact]
    public void QualifiedName_EmptyPrefix_ReportsPrefix() =>
        Assert.Equal(["prefix part must be non-empty"], NameRules.QualifiedName("/name"));

    [Fact]
    public void QualifiedName_EmptyName_ReportsNameAndRegex() =>
        Assert.Equal(["name part must be non-empty", "name part " + NameRules.NamePartMessage], NameRules.QualifiedName("example.com/"));

    [Fact]
    public void QualifiedName_TwoSlashes_ReportsTheLabelKeyShape() =>
        Assert.Equal(
            ["a valid label key " + NameRules.NamePartMessage + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"],
            NameRules.QualifiedName("a/b/c"));

    [Fact]
    public void QualifiedName_LongName_ReportsBytes() =>
        Assert.Equal(["name part must be no more than 63 bytes"], NameRules.QualifiedName(new string('a', 64)));

    [Fact]
    public void QualifiedName_BadPrefix_PrefixesTheSubdomainMessage() =>
        Assert.Equal(["prefix part " + NameRules.Dns1123SubdomainMessage], NameRules.QualifiedName("Example.com/x"));

    [Theory]
    [InlineData("")]
    [InlineData("MyValue")]
    [InlineData("my_value.1")]
    public void LabelValue_Valid_HasNoErrors(string value) => Assert.Empty(NameRules.LabelValue(value));

    [Theory]
    [InlineData("key.name")]
    [InlineData("KEY_NAME")]
    [InlineData(".hidden")]
    public void ConfigKey_Valid_HasNoErrors(string value) => Assert.Empty(NameRules.ConfigKey(value));

    [Theory]
    [InlineData(".", "must not be '.'")]
    [InlineData("..", "must not be '..'")]
    [InlineData("..x", "must not start with '..'")]
    public void ConfigKey_Dots_AreRejected(string value, string message) => Assert.Contains(message, NameRules.ConfigKey(value));

    [Theory]
    [InlineData("MY.VAR-1")]
    [InlineData("1ABC")]
    [InlineData("with space")]
    public void EnvVarName_RelaxedRule_AcceptsPrintableAscii(string value) => Assert.Empty(NameRules.EnvVarName(value));

    [Theory]
    [InlineData("A=B")]
    [InlineData("tab\t")]
    [InlineData("caf\u00e9")]
    public void EnvVarName_EqualsOrNonAscii_IsRejected(string value) => Assert.Equal([NameRules.EnvVarNameMessage], NameRules.EnvVarName(value));

    [Fact]
    public void PortName_Bad_ReportsEveryMessage() =>
        Assert.Equal(
            ["must be no more than 15 characters", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)", "must contain at least one letter (a-z)", "must not contain consecutive hyphens", "must not begin or end with a hyphen"],
            NameRules.PortName("-1--2_3333333333-"));

    [Theory]
    [InlineData("http")]
    [InlineData("metrics-1")]
    [InlineData("8080a")]
    public void PortName_Valid_HasNoErrors(string value) => Assert.Empty(NameRules.PortName(value));

    [Fact]
    public void PortName_AllDigits_NeedsALetter() =>
        Assert.Equal(["must contain at least one letter (a-z)"], NameRules.PortName("8080"));

    [Fact]
    public void PortName_Empty_FailsTheCharactersAndTheLetter() =>
        Assert.Equal(
            ["must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)", "must contain at least one letter (a-z)"],
            NameRules.PortName(string.Empty));

    [Fact]
    public void PortName_HyphensAndLength_AreEachReported() =>
        Assert.Equal(
            ["must be no more than 15 characters", "must not contain consecutive hyphens", "must not begin or end with a hyphen"],
            NameRules.PortName("-abc--defghijklmn"));
}
