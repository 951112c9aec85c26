using System.Text;
using JobSharp.Cli.Tests.Support;
using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Hostile input for the loader, through the whole tool: each ends in one load error naming the place, exit 1,
/// and nothing on standard output.
/// </summary>
public sealed class LoadingTests
{
    private const string AmplificationMessage =
        "error JS2017: aliases expand the values of the input to more than 16777216 characters (an alias bomb?); the rest of the input was not read";

    [Theory]
    [InlineData("render")]
    [InlineData("lint")]
    [InlineData("explain")]
    [InlineData("validate")]
    public async Task Verb_MegabyteScalarAliased9000Times_IsALoadError(string verb)
    {
        using var folder = new TempFolder();
        var file = WriteAmplified(folder, aliases: 9000);

        var result = await ToolRunner.RunAsync(verb, file);

        AssertSingleLoadError(result, $"{file}:15:108: {AmplificationMessage}");
    }

    [Fact]
    public async Task Render_AliasesJustOverTheExpandedSizeBound_IsALoadError()
    {
        using var folder = new TempFolder();
        var file = WriteAmplified(folder, aliases: 17);

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:15:108: {AmplificationMessage}");
    }

    [Fact]
    public async Task Render_AliasBomb_StopsAtTheAliasBound()
    {
        var file = Corpus("alias-bomb.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:4:45: error JS2006: aliases expand to more than 10000 nodes (an alias bomb?); the rest of the input was not read");
    }

    [Fact]
    public async Task Render_DeepNesting_StopsAtDepth100()
    {
        var file = Corpus("deep-nesting.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:1:103: error JS2004: mappings and lists are nested more than 100 levels deep; the rest of the input was not read");
    }

    [Fact]
    public async Task Render_FileOver16MiB_IsRejected()
    {
        using var folder = new TempFolder();
        var file = folder.File("huge.yaml");
        File.WriteAllText(file, new string('#', (16 * 1024 * 1024) + 1));

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:1:1: error JS2003: the input is larger than 16 MiB; nothing was read");
    }

    [Fact]
    public async Task Render_InvalidUtf8_NamesTheByteOffset()
    {
        var file = Corpus("invalid-utf8.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:2:9: error JS2002: invalid UTF-8 at byte offset 29 (byte 0xFF); save the file as UTF-8");
    }

    [Fact]
    public async Task Render_Nul_IsNotAllowed()
    {
        var file = Corpus("nul.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:4:12: error JS2002: the character U+0000 is not allowed in YAML; write it as an escape in a double-quoted string");
    }

    [Fact]
    public async Task Render_DuplicateKey_IsAnError()
    {
        var file = Corpus("duplicate-key.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:7:5: error JS2011: metadata.labels[app]: duplicate key \"app\" (first written at line 6, column 5)");
    }

    [Fact]
    public async Task Render_UnsupportedTag_IsAnError()
    {
        var file = Corpus("unsupported-tag.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:4:9: error JS2015: metadata.name: the tag !secret is not supported here");
    }

    [Theory]
    [InlineData("utf32le-bom.yaml", "UTF-32")]
    [InlineData("utf32be-bom.yaml", "UTF-32")]
    [InlineData("utf32le-no-bom.yaml", "UTF-32")]
    [InlineData("utf16be-no-bom.yaml", "UTF-16")]
    public async Task Render_WideEncoding_IsNamed(string name, string encoding)
    {
        var file = Corpus(name);

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(result, $"{file}:1:1: error JS2002: the input is {encoding}; save it as UTF-8");
    }

    [Fact]
    public async Task Render_Utf16OnStandardInput_IsNamed()
    {
        // UTF-16 bytes read as single-byte text: every other character is NUL.
        var text = Encoding.Latin1.GetString(Encoding.Unicode.GetBytes("apiVersion: batch/v1\nkind: Job\n"));

        var result = await ToolRunner.RunWithInputAsync(text, "render", "-");

        AssertSingleLoadError(result, "<stdin>:1:1: error JS2002: the input is UTF-16; save it as UTF-8");
    }

    [Fact]
    public async Task Render_KeyLongerThan1024Characters_SaysSo()
    {
        var file = Corpus("long-key.yaml");

        var result = await ToolRunner.RunAsync("render", file);

        AssertSingleLoadError(
            result,
            $"{file}:7:5: error JS2001: this key is 1112 characters long, and YAML allows at most 1024 characters in a key written as key: value; use a shorter key");
    }

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "loading", name);

    private static void AssertSingleLoadError(CliResult result, string line)
    {
        Assert.Equal(string.Empty, result.StdOut);
        Assert.Equal(line + "\n", result.StdErr);
        Assert.Equal(1, result.ExitCode);
    }

    /// <summary>A valid Job whose one 1,000,000-character value is aliased <paramref name="aliases"/> times in its args (line 15).</summary>
    private static string WriteAmplified(TempFolder folder, int aliases)
    {
        var yaml = new StringBuilder("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: amplified
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox:1.36
                      env:
                        - name: BIG
                          value: &big
            """);
        yaml.Append(' ').Append('x', 1_000_000).Append("\n          args: [");
        yaml.AppendJoin(", ", Enumerable.Repeat("*big", aliases)).Append("]\n");
        var file = folder.File("amplified.yaml");
        File.WriteAllText(file, yaml.ToString());
        return file;
    }
}
