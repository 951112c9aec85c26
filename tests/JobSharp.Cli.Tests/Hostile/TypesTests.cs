using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue 11, case 5: what the user wrote keeps its type on the way through. A quoted <c>"8080"</c> is a port name
/// (and the server rejects it), <c>8080</c> is a number, and <c>value: ""</c> stays in the output.
/// </summary>
public sealed class TypesTests
{
    private const string PortNameMessage =
        "spec.template.spec.containers[0].readinessProbe.httpGet.port: Invalid value: \"8080\": must contain at least one letter (a-z)";

    [Fact]
    public async Task Validate_QuotedNumericPort_IsRejectedWithTheServerMessageAndPlace()
    {
        var file = Corpus("quoted-port.yaml");

        var result = await ToolRunner.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:16:15: error JS1349: {PortNameMessage}", result.StdErr.Split('\n'));
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public async Task Render_QuotedNumericPort_IsRefusedInsteadOfBecomingANumber(string format)
    {
        var file = Corpus("quoted-port.yaml");

        var result = await ToolRunner.RunAsync("render", file, "-f", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:16:15: error JS1349: {PortNameMessage}", result.StdErr.Split('\n'));
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public async Task Render_NumberAndNamePorts_KeepTheirTypesInYamlAndJson()
    {
        var file = Corpus("integer-port.yaml");

        var yaml = await ToolRunner.RunAsync("render", file);
        var json = await ToolRunner.RunAsync("render", file, "-f", "json");

        Assert.Equal((0, 0), (yaml.ExitCode, json.ExitCode));
        Assert.Contains("              port: 8080\n", yaml.StdOut, StringComparison.Ordinal);
        Assert.Contains("              port: metrics\n", yaml.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"port\": 8080\n", json.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"port\": \"metrics\"\n", json.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_EmptyEnvValueFromYaml_IsKept()
    {
        var result = await ToolRunner.RunAsync("render", Corpus("empty-env-value.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: empty-env-value
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox:1.36
                      env:
                        - name: HTTP_PROXY
                          value: ""
                        - name: MODE
                          value: fast

            """,
            result.StdOut);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public async Task Render_EmptyEnvValueAsJson_IsKept()
    {
        var result = await ToolRunner.RunAsync("render", Corpus("empty-env-value.yaml"), "-f", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"name\": \"HTTP_PROXY\",\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"\"\n", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ItsOwnOutputWithAnEmptyValue_GivesTheSameBytes()
    {
        var first = await ToolRunner.RunAsync("render", Corpus("empty-env-value.yaml"));

        var second = await ToolRunner.RunWithInputAsync(first.StdOut, "render", "-");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.StdOut, second.StdOut);
    }

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "types", name);
}
