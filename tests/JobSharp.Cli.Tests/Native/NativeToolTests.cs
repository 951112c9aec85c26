using System.Diagnostics;
using JobSharp.Cli.Tests.Support;
using JobSharp.Cli.Tests.Tool;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Native;

/// <summary>
/// The jobsharp tool built with Native AOT (<c>dotnet publish src/JobSharp.Tool -r linux-x64 -p:Native=true</c>),
/// run as a process: every verb must behave exactly as the JIT-compiled tool does, including the cluster verbs'
/// kubeconfig loading and API traffic against the fake API server. <c>.ci/run</c> publishes the native tool and
/// points <c>JOBSHARP_NATIVE_TOOL</c> at it; without that variable these tests are skipped, and say so.
/// </summary>
public sealed class NativeToolTests : IAsyncLifetime
{
    private static readonly string? Tool = Environment.GetEnvironmentVariable("JOBSHARP_NATIVE_TOOL");
    private static readonly string[] Seed = ["Seed/hello-job.yaml", "Seed/db-migration.yaml", "Seed/batch-processor.yaml"];

    private readonly TempFolder _folder = new();
    private FakeApiServer? _server;

    public static TheoryData<string[]> OfflineRuns => new()
    {
        { ["render", .. Seed] },
        { ["render", "--format", "json", .. Seed] },
        { ["validate", .. Seed] },
        { ["validate", "Native/load-errors.yaml"] },
        { ["validate", "Native/invalid-values.yaml"] },
        { ["lint", "Native/invalid-values.yaml"] },
        { ["lint", .. Seed] },
        { ["lint", "--format", "sarif", .. Seed] },
        { ["explain", .. Seed] },
        { ["import", .. Seed] },
        { ["import", "--allow-invalid", "--class", "Broken", "Native/invalid-values.yaml"] },
        { ["render", "missing.yaml"] },
        { ["render", "--no-such-flag", .. Seed] },
        { ["render", Seed[0], "-o"] },
        { ["render", Seed[0], "-o", ""] },
        { ["render", Seed[0], "--fromat", "json"] },
        { ["render", Seed[0], "--format", "xml"] },
        { ["lint", Seed[0], "--kube-version"] },
        { ["logs", Seed[0], "--tail", "abc"] },
        { ["apply", Seed[0], "--timeout"] },
        { ["rendr", Seed[0]] },
        { [] },
        { ["render", "Seed"] },
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Theory]
    [MemberData(nameof(OfflineRuns))]
    public async Task Offline_verbs_match_the_jit_tool(string[] args)
    {
        var native = await RunNative(args);
        var jit = await ToolRunner.RunAsync(args);

        Assert.Equal(jit, native);
    }

    [Fact]
    public async Task Cluster_verbs_load_the_kubeconfig_and_talk_to_the_api_server()
    {
        _server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["myspace"] });
        var kubeconfig = _server.WriteKubeconfig(_folder.Path, "fake", "myspace");
        _server.Script("myspace", "hello-job", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "Job ran").Succeed(pod).Complete();
        });

        var apply = await RunNative("apply", Seed[0], "--wait", "--timeout", "30s", "--logs", "--kubeconfig", kubeconfig);
        var status = await RunNative("status", Seed[0], "--kubeconfig", kubeconfig);
        var diff = await RunNative("diff", Seed[0], "--kubeconfig", kubeconfig);
        var delete = await RunNative("delete", Seed[0], "--kubeconfig", kubeconfig);

        Assert.True(apply.ExitCode == 0, $"exit code {apply.ExitCode}\n{apply.StdOut}{apply.StdErr}");
        Assert.Contains("job.batch/hello-job created", apply.StdOut, StringComparison.Ordinal);
        Assert.Contains("] Job ran\n", apply.StdOut, StringComparison.Ordinal);
        Assert.Contains("job/hello-job succeeded", apply.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("hello-job", status.StdOut, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (diff.ExitCode, diff.StdOut));
        Assert.Equal(0, delete.ExitCode);
        Assert.Contains("job.batch/hello-job deleted", delete.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exec_credential_plugin_signs_the_requests()
    {
        _server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["myspace"], Https = true });
        var kubeconfig = Path.Combine(_folder.Path, "kubeconfig-exec");
        var plugin = ExecPlugin.Write(_folder.Path, "from-exec");
        await File.WriteAllTextAsync(kubeconfig, $$$"""
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "{{{_server.Address}}}", certificate-authority-data: "{{{_server.CertificateAuthorityData}}}"}}]
            users:
              - name: u
                user:
                  exec:
                    apiVersion: client.authentication.k8s.io/v1
                    command: {{{plugin}}}
            contexts: [{name: x, context: {cluster: c, user: u, namespace: myspace}}]
            current-context: x
            """, TestContext.Current.CancellationToken);

        var apply = await RunNative("apply", Seed[0], "--kubeconfig", kubeconfig);

        Assert.True(apply.ExitCode == 0, $"exit code {apply.ExitCode}\n{apply.StdOut}{apply.StdErr}");
        Assert.Contains("job.batch/hello-job created", apply.StdOut, StringComparison.Ordinal);
        Assert.Equal(["Bearer from-exec"], _server.Authorizations);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("en_US.ISO-8859-1")]
    public async Task Output_is_utf8_whatever_the_locale(string locale)
    {
        string[] args = ["render", "Hostile/Corpus/commandline/em-dash.yaml"];
        var native = await RunNative(new Dictionary<string, string> { ["LC_ALL"] = locale, ["LANG"] = locale }, args);
        var jit = await ToolRunner.RunAsync(args);

        Assert.Equal(jit, native);
        Assert.Contains("before — after, naïve café", native.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_standard_output_is_an_io_error_not_a_crash()
    {
        var result = await RunNative(new Dictionary<string, string>(), ["render", Seed[0]], closeOutput: true);

        Assert.Equal(new CliResult(2, string.Empty, "error: cannot write to standard output: it is closed\n"), result);
    }

    private static Task<CliResult> RunNative(params string[] args) => RunNative(new Dictionary<string, string>(), args);

    private static async Task<CliResult> RunNative(IReadOnlyDictionary<string, string> environment, string[] args, bool closeOutput = false)
    {
        if (string.IsNullOrEmpty(Tool))
        {
            Assert.Skip("JOBSHARP_NATIVE_TOOL is not set: no Native AOT build of the tool to run (.ci/run publishes one).");
        }

        // A shell closes standard output (>&-) before starting the tool.
        var start = new ProcessStartInfo(closeOutput ? "/bin/sh" : Tool)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in closeOutput ? ["-c", "exec \"$0\" \"$@\" >&-", Tool, .. args] : args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
