using JobSharp.Cli.Tests.Tool;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue 11, case 9: no verb prints a credential (the value of a credential-named env var, the password of a URL),
/// lint flags them, and no message echoes a long value whole. <c>render</c> is exempt: printing the manifest is its job.
/// </summary>
public sealed class SecretsTests
{
    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "secrets", name);

    [Fact]
    public async Task Explain_PgPasswordAndDatabaseUrl_PrintsNeitherPassword()
    {
        var result = await ToolRunner.RunAsync("explain", Corpus("pg-credentials.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("s3cr3t", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.Contains("- `PGPASSWORD` (container `report`): a literal value, not shown because the name looks like a credential", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("- `DATABASE_URL` (container `report`): the literal `postgres://app:****@db/app`", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("psql postgres://app:****@db/app -c 'select 1'", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("- `PGHOST` (container `report`): the literal `db`", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_PgPasswordAndDatabaseUrl_FlaggedAsLiteralCredentials_WithoutTheirValues()
    {
        var result = await ToolRunner.RunAsync("lint", Corpus("pg-credentials.yaml"));

        Assert.Equal(1, result.ExitCode);
        var findings = result.StdOut.Split('\n').Where(l => l.Contains("JS4006", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains("env[0].value", findings[0], StringComparison.Ordinal);
        Assert.Contains("env var PGPASSWORD looks like a credential but has a literal value", findings[0], StringComparison.Ordinal);
        Assert.Contains("env[1].value", findings[1], StringComparison.Ordinal);
        Assert.Contains("env var DATABASE_URL has a literal URL with a password", findings[1], StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_IsExempt_PrintsTheManifestAsWritten()
    {
        var result = await ToolRunner.RunAsync("render", Corpus("pg-credentials.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("value: s3cr3t-pg-pw", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("integer-password.yaml", "84736251", ":14:22: error JS2012: spec.template.spec.containers[0].env[0].value: expected a string, found an integer (the API server rejects it: cannot unmarshal number into a string); write it in quotes (the value is not shown: its name looks like a credential)\n")]
    [InlineData("integer-annotation-token.yaml", "5550123987", ":7:16: error JS2012: metadata.annotations[api-token]: expected a string, found an integer (the API server rejects it: cannot unmarshal number into a string); write it in quotes (the value is not shown: its name looks like a credential)\n")]
    public async Task Validate_NumberAsCredentialValue_LoadErrorDoesNotEchoIt(string file, string secret, string message)
    {
        var path = Corpus(file);

        var result = await ToolRunner.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(path + message, result.StdErr);
        Assert.DoesNotContain(secret, result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OneMegabyteName_StandardErrorStaysShort()
    {
        using var folder = new TempFolder();
        var name = new string('a', 1 << 20);
        var path = folder.File("huge-name.yaml");
        await File.WriteAllTextAsync(path, $"""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: {name}
            spec:
              completionMode: Indexed
              completions: 2
              parallelism: 2
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox:1.36

            """, TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.InRange(result.StdErr.Length, 1, 4096);
        Assert.Contains($"\"{new string('a', 60)}... (1048576 characters)\"", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OneMegabyteUnknownField_StandardErrorStaysShort()
    {
        using var folder = new TempFolder();
        var path = folder.File("huge-key.yaml");
        await File.WriteAllTextAsync(path, $"apiVersion: batch/v1\nkind: Job\nmetadata:\n  {new string('k', 1 << 20)}: 1\n", TestContext.Current.CancellationToken);

        var result = await ToolRunner.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.InRange(result.StdErr.Length, 1, 4096);
    }

    [Fact]
    public async Task Diff_CredentialEnvAndUrlPassword_AreMasked_AndAChangeIsMarked()
    {
        using var folder = new TempFolder();
        await using var server = await FakeApiServer.StartAsync();
        var kubeconfig = server.WriteKubeconfig(folder.Path, "fake", "default");
        var before = folder.File("before.yaml");
        var after = folder.File("after.yaml");
        await File.WriteAllTextAsync(before, Job("old-pg-pw", "old-url-pw"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(after, Job("new-pg-pw", "new-url-pw"), TestContext.Current.CancellationToken);

        var applied = await ToolRunner.RunAsync("apply", before, "--kubeconfig", kubeconfig);
        var diff = await ToolRunner.RunAsync("diff", after, "--kubeconfig", kubeconfig);

        Assert.Equal(0, applied.ExitCode);
        var all = diff.StdOut + diff.StdErr;
        Assert.DoesNotContain("pg-pw", all, StringComparison.Ordinal);
        Assert.DoesNotContain("url-pw", all, StringComparison.Ordinal);
        Assert.Contains("**** (changed)", diff.StdOut, StringComparison.Ordinal);
        Assert.Contains("postgres://app:****@db/app (changed)", diff.StdOut, StringComparison.Ordinal);
    }

    private static string Job(string password, string urlPassword) => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: pg-report
          namespace: default
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: report
                  image: postgres:16.4
                  env:
                    - name: PGPASSWORD
                      value: {password}
                    - name: DATABASE_URL
                      value: postgres://app:{urlPassword}@db/app

        """;
}
