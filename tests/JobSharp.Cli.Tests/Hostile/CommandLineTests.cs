using System.Text;
using JobSharp.Cli.Tests.Support;
using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue 11, cases 2, 3, 10 and 11: standard input is read as strictly as a file, bytes do not depend on the
/// locale, and every mistake on the command line is a one-line usage error (exit 2), never a stack trace or a raw
/// .NET message.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Seed", "hello-job.yaml");
    private readonly TempFolder _folder = new();

    public static TheoryData<string[], string> UsageMistakes => new()
    {
        { ["render", Seed, "-o"], "error: -o needs a value\nRun with render --help for usage.\n" },
        { ["render", Seed, "-o", ""], "error: -o needs a folder name, not an empty string\nRun with render --help for usage.\n" },
        { ["render", Seed, "-o", "--check"], "error: -o needs a value; --check is an option\nRun with render --help for usage.\n" },
        { ["lint", Seed, "--kube-version"], "error: --kube-version needs a value\nRun with lint --help for usage.\n" },
        { ["apply", Seed, "--timeout"], "error: --timeout needs a value\nRun with apply --help for usage.\n" },
        { ["apply", Seed, "--timeout", "5x"], "error: --timeout: \"5x\" is not a duration (try 90s, 5m or 1h30m).\nRun with apply --help for usage.\n" },
        { ["apply", Seed, "--name"], "error: --name needs a value\nRun with apply --help for usage.\n" },
        { ["render", Seed, "--format", "xml"], "error: --format: \"xml\" is not one of yaml, json\nRun with render --help for usage.\n" },
        { ["lint", Seed, "--format", "jsn"], "error: --format: \"jsn\" is not one of text, json, sarif; did you mean json?\nRun with lint --help for usage.\n" },
        { ["delete", Seed, "--cascade", "all"], "error: --cascade: \"all\" is not one of background, foreground, orphan\nRun with delete --help for usage.\n" },
        { ["logs", Seed, "--tail", "abc"], "error: --tail: \"abc\" is not a whole number\nRun with logs --help for usage.\n" },
        { ["status", Seed, "--kubeconfig", "/"], "error: --kubeconfig /: is a folder, not a kubeconfig file\nRun with status --help for usage.\n" },
        { ["render", "--frob", Seed], "error: unknown option --frob\nRun with render --help for usage.\n" },
        { ["render", Seed, "--fromat", "json"], "error: unknown option --fromat; did you mean --format?\nRun with render --help for usage.\n" },
        { ["frobnicate"], "error: unknown command frobnicate\nRun with --help for usage.\n" },
        { ["rendr", Seed], "error: unknown command rendr; did you mean render?\nRun with --help for usage.\n" },
        { ["--frob"], "error: unknown option --frob\nRun with --help for usage.\n" },
        { [], "error: missing command: one of render, validate, lint, explain, apply, status, logs, delete, diff, run, trigger, suspend, resume, import\nRun with --help for usage.\n" },
        { ["validate"], "error: validate needs <files>: YAML files with Jobs and CronJobs (batch/v1) and the objects around them; - reads standard input.\nRun with validate --help for usage.\n" },
        { ["render", ""], "error: <files>: an empty string is not a file name\nRun with render --help for usage.\n" },
    };

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(UsageMistakes))]
    public async Task A_mistake_on_the_command_line_is_a_one_line_usage_error(string[] args, string expected)
    {
        var result = await ToolRunner.RunAsync(args);

        Assert.Equal((2, string.Empty, expected), (result.ExitCode, result.StdOut, result.StdErr));
    }

    [Fact]
    public async Task A_file_named_like_an_option_is_read_after_a_double_dash()
    {
        var result = await ToolRunner.RunAsync("render", "--", "-x");

        Assert.Equal((2, "-x: error JS2900: cannot read the file: no such file\n"), (result.ExitCode, result.StdErr));
    }

    [Fact]
    public async Task A_program_reports_unknown_options_and_stray_words_in_the_same_terms()
    {
        var result = await CliRunner.RunAsync(new JobSharpApp(), "render", "--frob", "extra");

        Assert.Equal(
            (2, "error: unknown option --frob\nerror: unexpected argument extra\nRun with render --help for usage.\n"),
            (result.ExitCode, result.StdErr));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("lint")]
    [InlineData("apply")]
    public async Task Help_on_a_verb_is_not_a_usage_error(string verb)
    {
        var result = await ToolRunner.RunAsync(verb, "--help");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.StdErr));
        Assert.Contains($"{verb} <files>... [options]\n", result.StdOut, StringComparison.Ordinal);
        // Stray words are usage errors, so the usage line must not offer "[[--] <additional arguments>...]]".
        Assert.DoesNotContain("additional arguments", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_at_sign_names_a_file_not_a_response_file()
    {
        var result = await ToolRunner.RunAsync("render", "@missing.yaml");

        Assert.Equal((2, "@missing.yaml: error JS2900: cannot read the file: no such file\n"), (result.ExitCode, result.StdErr));
    }

    [Fact]
    public async Task A_folder_given_as_input_is_named_as_a_folder()
    {
        var result = await ToolRunner.RunAsync("render", _folder.Path);

        Assert.Equal((2, string.Empty), (result.ExitCode, result.StdOut));
        Assert.Equal($"{_folder.Path}: error JS2900: cannot read the file: it is a directory\n", result.StdErr);
    }

    [Fact]
    public async Task An_output_folder_that_is_a_file_is_a_usage_error_and_the_file_is_untouched()
    {
        var target = _folder.File("out.yaml");
        File.WriteAllText(target, "keep me\n");

        var result = await ToolRunner.RunAsync("render", Seed, "-o", target);

        Assert.Equal((2, string.Empty), (result.ExitCode, result.StdOut));
        Assert.Equal($"error: -o {target}: is a file, not a folder\nRun with render --help for usage.\n", result.StdErr);
        Assert.Equal("keep me\n", File.ReadAllText(target));
    }

    [Fact]
    public async Task Invalid_utf8_on_standard_input_is_rejected_like_the_same_file()
    {
        var file = Corpus("invalid-utf8.yaml");

        var fromFile = await ToolRunner.RunAsync("render", file);
        var fromStdin = await ToolRunner.RunWithBytesAsync(File.ReadAllBytes(file), "render", "-");

        Assert.Equal(1, fromFile.ExitCode);
        Assert.Contains("error JS2002", fromFile.StdErr, StringComparison.Ordinal);
        Assert.Equal((1, string.Empty), (fromStdin.ExitCode, fromStdin.StdOut));
        Assert.Equal(fromFile.StdErr.Replace(file, "<stdin>", StringComparison.Ordinal), fromStdin.StdErr);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("C.UTF-8")]
    [InlineData("en_US.ISO-8859-1")]
    public async Task Bytes_on_standard_output_and_in_files_do_not_depend_on_the_locale(string locale)
    {
        var input = File.ReadAllBytes(Corpus("em-dash.yaml"));
        var environment = new Dictionary<string, string> { ["LC_ALL"] = locale, ["LANG"] = locale };

        var fromFile = await ToolProcess.RunAsync(environment, [], "render", Corpus("em-dash.yaml"));
        var fromStdin = await ToolProcess.RunAsync(environment, input, "render", "-");
        var toFolder = await ToolProcess.RunAsync(environment, input, "render", "-", "-o", _folder.File("out"));

        Assert.Equal((0, string.Empty), (fromFile.ExitCode, fromFile.StdErr));
        Assert.Equal(Encoding.UTF8.GetString(input), Encoding.UTF8.GetString(fromFile.StdOut));
        Assert.Equal(input, fromFile.StdOut);
        Assert.Equal(input, fromStdin.StdOut);
        Assert.Equal((0, string.Empty), (toFolder.ExitCode, toFolder.StdErr));
        Assert.Equal(input, File.ReadAllBytes(_folder.File("out", "locale", "em-dash.job.yaml")));
    }

    [Fact]
    public async Task A_closed_standard_output_is_an_io_error_not_a_crash()
    {
        var result = await ToolProcess.RunWithClosedOutputAsync("render", Seed);

        Assert.Equal((2, "error: cannot write to standard output: it is closed\n"), (result.ExitCode, result.StdErr));
    }

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "commandline", name);
}
