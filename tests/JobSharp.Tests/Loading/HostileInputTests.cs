using System.Text;
using JobSharp.Loading;

namespace JobSharp.Tests.Loading;

/// <summary>
/// Each hostile input ends in its documented error, without any exception escaping and without reading past the
/// bound named in the test: the loader counts as it reads and stops at the bound.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void LoadString_BillionLaughs_StopsAtTheAliasBound()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        // Fully expanded this is 10^10 strings; the bound is 10,000 nodes reached through aliases.
        var error = LoadingFiles.SingleError(yaml.ToString());

        Assert.Equal("JS2006", error.Code);
        Assert.StartsWith("aliases expand to more than 10000 nodes", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void LoadString_HonestAlias_IsExpanded()
    {
        var document = LoadingFiles.SingleDocument("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: j
              labels: &labels
                app: report
            spec:
              template:
                metadata:
                  labels: *labels

            """);

        Assert.Equal("report", ((k8s.Models.V1Job)document.Model).Spec.Template.Metadata.Labels["app"]);
    }

    [Fact]
    public void LoadString_AliasWithoutAnchor_IsAnError()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata: *nowhere\n");

        Assert.Equal("JS2006", error.Code);
        Assert.Equal((3, 11), (error.Line, error.Column));
    }

    [Fact]
    public void LoadString_DeepFlowNesting_StopsAtDepth100()
    {
        var yaml = "a: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var error = LoadingFiles.SingleError(yaml);

        Assert.Equal("JS2004", error.Code);
        Assert.Equal((1, 103), (error.Line, error.Column));
    }

    [Fact]
    public void LoadString_DeepBlockNesting_StopsAtDepth100()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 150; i++)
        {
            yaml.Append(' ', 2 * i).Append("a:\n");
        }

        var error = LoadingFiles.SingleError(yaml.Append(' ', 300).Append("x\n").ToString());

        Assert.Equal("JS2004", error.Code);
        // Lines 1 to 100 hold mappings nested 1 to 100 deep; the 101st level is refused.
        Assert.Equal(101, error.Line);
    }

    [Fact]
    public void LoadString_TooManyNodes_StopsAt250000()
    {
        var yaml = new StringBuilder(1_300_000);
        for (var i = 0; i < 300_000; i++)
        {
            yaml.Append("- a\n");
        }

        var error = LoadingFiles.SingleError(yaml.ToString());

        Assert.Equal("JS2005", error.Code);
        Assert.Equal(250_000, error.Line);
    }

    [Fact]
    public void LoadString_LongKeysDeepAndWide_StopsAtThePathBound()
    {
        // 20 nested keys of 10,000 characters make every path below them 200,000 characters long; 2,000 list items
        // there would record 400 million characters of paths. The bound is 32 Mi characters per stream.
        var yaml = new StringBuilder("apiVersion: batch/v1\nkind: Job\nmetadata:\n  managedFields:\n    - fieldsV1:\n");
        var indent = 8;
        for (var i = 0; i < 20; i++, indent += 2)
        {
            // Explicit keys (? key), as YAML limits implicit keys to 1024 characters.
            yaml.Append(' ', indent).Append("? ").Append((char)('a' + i), 10_000).Append('\n').Append(' ', indent).Append(":\n");
        }

        for (var i = 0; i < 2000; i++)
        {
            yaml.Append(' ', indent).Append("- x\n");
        }

        var error = LoadingFiles.SingleError(yaml.ToString());

        Assert.Equal("JS2005", error.Code);
        Assert.StartsWith("the field paths of the input are longer than 33554432 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StreamOver16MiB_IsRejectedWithoutReadingIt()
    {
        using var stream = new EndlessStream();

        var result = ManifestLoader.Load(stream, "huge.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("JS2003", error.Code);
        Assert.Equal((16 * 1024 * 1024) + 1, stream.Position);
    }

    [Fact]
    public void LoadString_TextOver16MiB_IsRejected()
    {
        var error = LoadingFiles.SingleError(new string('#', (16 * 1024 * 1024) + 1));

        Assert.Equal("JS2003", error.Code);
        Assert.Equal("the input is larger than 16 MiB; nothing was read", error.Message);
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsTheByteOffset()
    {
        byte[] bytes = [.. "apiVersion: batch/v1\nkind: Jo"u8, 0xFF, .. "b\n"u8];

        var result = ManifestLoader.Load(new MemoryStream(bytes), "bad.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("JS2002", error.Code);
        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Equal("invalid UTF-8 at byte offset 29 (byte 0xFF); save the file as UTF-8", error.Message);
    }

    [Fact]
    public void Load_Utf16_IsAnEncodingError()
    {
        var result = ManifestLoader.Load(new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a: b\n")).ToArray()), "wide.yaml");

        Assert.Equal("JS2002", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Load_Utf8Bom_IsFine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(LoadingFiles.Seed("hello-job.yaml"))).ToArray();

        var result = ManifestLoader.Load(new MemoryStream(bytes), "bom.yaml");

        Assert.True(result.Succeeded);
        Assert.Equal("hello-job", Assert.Single(result.Documents).Model.Metadata.Name);
        Assert.Equal(new SourceLocation(1, 1), result.Documents[0].Location);
    }

    [Fact]
    public void LoadString_TabIndentation_IsASyntaxErrorAtTheTab()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata:\n\tname: x\n");

        Assert.Equal("JS2001", error.Code);
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Equal("a tab is used for indentation; YAML allows only spaces there", error.Message);
    }

    [Fact]
    public void LoadString_BrokenYaml_IsASyntaxErrorWithItsPlace()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata: {name: x\n");

        Assert.Equal("JS2001", error.Code);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadString_InputThatBreaksYamlDotNet_IsASyntaxError()
    {
        // Found by the mutation property: YamlDotNet's scanner throws InvalidOperationException here.
        var error = LoadingFiles.SingleError("a:\n  - name: [_<config\n    x: 1\n");

        Assert.Equal("JS2001", error.Code);
        Assert.Equal((2, 11), (error.Line, error.Column));
    }

    [Fact]
    public void LoadString_ControlCharacter_IsAnEncodingError()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: a\u0001b\n");

        Assert.Equal("JS2002", error.Code);
        Assert.Equal((4, 10), (error.Line, error.Column));
        Assert.StartsWith("the character U+0001 is not allowed in YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadString_ThousandsOfErrors_StopsAfter1000()
    {
        var yaml = new StringBuilder("apiVersion: batch/v1\nkind: Job\nspec:\n");
        for (var i = 0; i < 5000; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  unknown{i}: 1\n");
        }

        var result = ManifestLoader.LoadString(yaml.ToString(), "noisy.yaml");

        Assert.Equal(1001, result.Errors.Count);
        Assert.Equal("JS2016", result.Errors[^1].Code);
        Assert.All(result.Errors.Take(1000), e => Assert.Equal("JS2010", e.Code));
    }

    [Fact]
    public void LoadString_OneLongValueAliasedManyTimes_StopsAtTheExpandedSizeBound()
    {
        // 9,000 aliases are within the alias bound, but expand to 9 GB of text; the bound is 16 Mi characters.
        var yaml = new StringBuilder("a: &a ").Append('x', 1_000_000).Append("\nb: [");
        yaml.AppendJoin(", ", Enumerable.Repeat("*a", 9000)).Append("]\n");

        var error = LoadingFiles.SingleError(yaml.ToString());

        Assert.Equal("JS2017", error.Code);
        Assert.Equal("aliases expand the values of the input to more than 16777216 characters (an alias bomb?); the rest of the input was not read", error.Message);
        // "a", the value and "b" are 1,000,002 characters; the 16th alias passes 16,777,216.
        Assert.Equal((2, 5 + (15 * 4)), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("UTF-32LE", true)]
    [InlineData("UTF-32BE", true)]
    [InlineData("UTF-32LE", false)]
    [InlineData("UTF-32BE", false)]
    [InlineData("UTF-16LE", true)]
    [InlineData("UTF-16BE", true)]
    [InlineData("UTF-16LE", false)]
    [InlineData("UTF-16BE", false)]
    public void Load_WideEncoding_IsNamed(string encoding, bool withBom)
    {
        var result = ManifestLoader.Load(new MemoryStream(WideBytes(encoding, withBom)), "wide.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal("JS2002", error.Code);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal($"the input is {encoding[..6]}; save it as UTF-8", error.Message);
    }

    [Theory]
    [InlineData("UTF-16LE", true)]
    [InlineData("UTF-16BE", true)]
    [InlineData("UTF-16LE", false)]
    [InlineData("UTF-32LE", true)]
    [InlineData("UTF-32BE", false)]
    public void LoadString_WideEncodingReadAsSingleBytes_IsNamed(string encoding, bool withBom)
    {
        var bytes = WideBytes(encoding, withBom);

        // As a reader with the wrong encoding would give it: Latin-1, or UTF-8 with replacement characters.
        foreach (var text in new[] { Encoding.Latin1.GetString(bytes), Encoding.UTF8.GetString(bytes) })
        {
            var error = LoadingFiles.SingleError(text);

            Assert.Equal("JS2002", error.Code);
            Assert.Equal($"the input is {encoding[..6]}; save it as UTF-8", error.Message);
        }
    }

    [Fact]
    public void LoadString_StrayNul_IsNotMistakenForUtf16()
    {
        var error = LoadingFiles.SingleError("a: b\0c\0d\0e\n");

        Assert.Equal("JS2002", error.Code);
        Assert.StartsWith("the character U+0000 is not allowed in YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metadata:\n  labels:\n    ", 3, 5)]
    [InlineData("metadata:\n  labels:\n    app: x\n    ", 4, 5)]
    [InlineData("spec:\n  template:\n    spec:\n      containers:\n        - ", 5, 11)]
    public void LoadString_KeyLongerThan1024Characters_SaysSo(string before, int line, int column)
    {
        var error = LoadingFiles.SingleError(before + new string('k', 1025) + ": v\n");

        Assert.Equal("JS2001", error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal("this key is 1025 characters long, and YAML allows at most 1024 characters in a key written as key: value; use a shorter key", error.Message);
    }

    [Fact]
    public void LoadString_KeyOf1024Characters_IsFine()
    {
        var result = ManifestLoader.LoadString("metadata:\n  labels:\n    " + new string('k', 1024) + ": v\n", "test.yaml");

        Assert.DoesNotContain(result.Errors, e => e.Code == "JS2001");
    }

    private static byte[] WideBytes(string encoding, bool withBom)
    {
        var bigEndian = encoding.EndsWith("BE", StringComparison.Ordinal);
        Encoding wide = encoding.StartsWith("UTF-32", StringComparison.Ordinal)
            ? new UTF32Encoding(bigEndian, byteOrderMark: true)
            : new UnicodeEncoding(bigEndian, byteOrderMark: true);
        return [.. withBom ? wide.GetPreamble() : [], .. wide.GetBytes("apiVersion: batch/v1\nkind: Job\n")];
    }
}
