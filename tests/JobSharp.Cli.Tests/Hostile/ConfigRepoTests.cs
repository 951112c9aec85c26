using JobSharp.Cli.Tests.Tool;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, item 4: the tool on real config-repository files, which hold Deployments, Services, ConfigMaps,
/// Secrets, RBAC objects and <c>kind: List</c> beside the Jobs. render formats every object; validate, lint, explain
/// and the cluster verbs work on the Jobs and CronJobs and say what they passed over; no verb but render prints a
/// Secret's values.
/// </summary>
public sealed class ConfigRepoTests
{
    private static string PassedOver(string verb) =>
        $"passed over 7 other objects (ConfigMap, Deployment, Role, RoleBinding, Secret, Service, ServiceAccount); {verb} works on Jobs and CronJobs only\n";

    private static readonly string[] SecretValues = ["aHVudGVyMi1iYXNlNjQ=", "hunter2-base64", "s3cr3t-string-token"];

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "configrepo", name);

    [Fact]
    public async Task Render_ConfigRepoFile_FormatsEveryObject_ListItemsAsDocuments()
    {
        var result = await ToolRunner.RunAsync("render", Corpus("migration.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdErr);
        var documents = result.StdOut.Split("---\n");
        Assert.Equal(
            ["ConfigMap", "Secret", "Deployment", "ServiceAccount", "Role", "RoleBinding", "Service", "Job"],
            documents.Select(d => d.Split('\n')[1]["kind: ".Length..]));
        Assert.Equal(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db-config\n  namespace: data\ndata:\n  DB_HOST: db.internal\n  PORT: \"5432\"\n",
            documents[0]);

        // render prints the user's own manifest faithfully, as kubectl create --dry-run -o yaml does.
        Assert.Equal(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-secret\n  namespace: data\ndata:\n  password: aHVudGVyMi1iYXNlNjQ=\n"
            + "stringData:\n  token: s3cr3t-string-token\ntype: Opaque\n",
            documents[1]);
        Assert.Equal(
            "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: migrate\n  namespace: data\nrules:\n"
            + "  - apiGroups:\n      - \"\"\n    resources:\n      - configmaps\n    verbs:\n      - get\n",
            documents[4]);
    }

    [Fact]
    public async Task Render_ItsOwnOutput_IsAFixedPoint()
    {
        var first = await ToolRunner.RunAsync("render", Corpus("migration.yaml"));

        var second = await ToolRunner.RunWithInputAsync(first.StdOut, "render", "-");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.StdOut, second.StdOut);
    }

    [Fact]
    public async Task RenderToFolder_OneFilePerObject_CheckAndPruneWorkForEveryKind()
    {
        using var folder = new TempFolder();
        var input = folder.File("in.yaml");
        File.Copy(Corpus("migration.yaml"), input);
        var output = folder.File("deploy");

        var written = await ToolRunner.RunAsync("render", input, "-o", output);
        var check = await ToolRunner.RunAsync("render", input, "-o", output, "--check");

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(
            ["data/db-config.configmap.yaml", "data/db-secret.secret.yaml", "data/migrate.job.yaml", "data/migrate.role.yaml",
             "data/migrate.rolebinding.yaml", "data/migrate.serviceaccount.yaml", "data/web.deployment.yaml", "data/web.service.yaml"],
            Directory.GetFiles(output, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("8 files match the code.\n", check.StdErr);

        // The Deployment leaves the input: --check calls its file stale, --prune deletes it.
        var text = await File.ReadAllTextAsync(input, TestContext.Current.CancellationToken);
        var start = text.IndexOf("---\napiVersion: apps/v1", StringComparison.Ordinal);
        var end = text.IndexOf("---\napiVersion: v1\nkind: List", StringComparison.Ordinal);
        await File.WriteAllTextAsync(input, text[..start] + text[end..], TestContext.Current.CancellationToken);
        var stale = await ToolRunner.RunAsync("render", input, "-o", output, "--check");
        var pruned = await ToolRunner.RunAsync("render", input, "-o", output, "--prune");

        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("web.deployment.yaml: error JS2904: stale", stale.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, pruned.ExitCode);
        Assert.Contains("deleted ", pruned.StdOut, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "data", "web.deployment.yaml")));
    }

    [Fact]
    public async Task RenderToFolder_NameThatCannotBeAFileName_IsRefused_NothingWritten()
    {
        using var folder = new TempFolder();
        var output = folder.File("a", "b", "deploy");
        var path = Corpus("path-names.yaml");

        var result = await ToolRunner.RunAsync("render", path, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}:5:3: error JS2910: serviceaccount/../../escaped: render -o names files after objects, and \"../../escaped\" cannot be a file name (lower-case letters, digits, '-' and '.'); render it to standard output instead\n"
            + $"{path}:10:3: error JS2910: clusterrole/system:reader: render -o names files after objects, and \"system:reader\" cannot be a file name (lower-case letters, digits, '-' and '.'); render it to standard output instead\n",
            result.StdErr);
        Assert.Empty(folder.AllFiles());
        Assert.Equal(0, (await ToolRunner.RunAsync("render", path)).ExitCode);
    }

    [Fact]
    public async Task Render_ConfigMapNamedLikeAPath_IsInvalidAsTheApiServerSays()
    {
        using var folder = new TempFolder();
        var path = folder.File("escape.yaml");
        await File.WriteAllTextAsync(path, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ../../escaped\ndata: {a: \"1\"}\n", TestContext.Current.CancellationToken);

        var toFolder = await ToolRunner.RunAsync("render", path, "-o", folder.File("deploy"));
        var toStdout = await ToolRunner.RunAsync("render", path);

        Assert.Equal(1, toFolder.ExitCode);
        Assert.StartsWith($"{path}:4:3: error JS1004: metadata.name: Invalid value: \"../../escaped\": ", toFolder.StdErr, StringComparison.Ordinal);
        Assert.Equal(toFolder.StdErr, toStdout.StdErr);
        Assert.Equal(string.Empty, toStdout.StdOut);
        Assert.Equal(["escape.yaml"], folder.AllFiles());
    }

    [Fact]
    public async Task RenderCheck_ChangedSecret_IsNamedWithoutPrintingItsValues()
    {
        using var folder = new TempFolder();
        var output = folder.File("deploy");
        await ToolRunner.RunAsync("render", Corpus("migration.yaml"), "-o", output);
        var file = Path.Combine(output, "data", "db-secret.secret.yaml");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))
            .Replace("aHVudGVyMi1iYXNlNjQ=", "b2xkLXBhc3N3b3Jk", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var check = await ToolRunner.RunAsync("render", Corpus("migration.yaml"), "-o", output, "--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(
            "db-secret.secret.yaml: error JS2903: changed: the file differs from what the code renders (a Secret: the diff is not shown, as it would print its values)\n",
            check.StdErr, StringComparison.Ordinal);
        AssertNoSecretValue(check.StdOut + check.StdErr);
        Assert.DoesNotContain("b2xkLXBhc3N3b3Jk", check.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "2 manifests valid.\n")]
    [InlineData("explain", null)]
    public async Task CheckingVerbs_PassOverTheOtherObjects_InOneLine(string verb, string? stdout)
    {
        var result = await ToolRunner.RunAsync(verb, Corpus("migration.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            verb == "validate"
                ? "passed over 6 other objects (Deployment, Role, RoleBinding, Secret, Service, ServiceAccount); validate checks Jobs, CronJobs and ConfigMaps only\n"
                : PassedOver(verb),
            result.StdErr);
        if (stdout is not null)
        {
            Assert.Equal(stdout, result.StdOut);
        }
        else
        {
            Assert.StartsWith("# Job migrate in namespace data\n", result.StdOut, StringComparison.Ordinal);
        }

        AssertNoSecretValue(result.StdOut + result.StdErr);
    }

    [Fact]
    public async Task Lint_EnvRefsAreCheckedAgainstTheConfigMapsAndSecretsOfTheFiles()
    {
        var path = Corpus("migration.yaml");

        var result = await ToolRunner.RunAsync("lint", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(PassedOver("lint"), result.StdErr);
        Assert.Equal(
            $"{path}:111:52: error JS4018: spec.template.spec.containers[0].env[1].valueFrom.configMapKeyRef.key: container \"migrate\" env var DB_USER needs key \"DB_USER\" of ConfigMap db-config, which has only \"DB_HOST\" and \"PORT\"\n"
            + $"{path}:114:49: error JS4018: spec.template.spec.containers[0].env[2].valueFrom.secretKeyRef.key: container \"migrate\" env var DB_PASSWORD needs key \"pass\" of Secret db-secret, which has only \"password\" and \"token\"\n"
            + "2 findings: 2 errors, 0 warnings, 0 info; 0 suppressed.\n",
            result.StdOut);
        AssertNoSecretValue(result.StdOut + result.StdErr);
    }

    [Fact]
    public async Task Lint_ConfigMapInAnotherFile_AlsoCounts()
    {
        using var folder = new TempFolder();
        var config = folder.File("config.yaml");
        await File.WriteAllTextAsync(config, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db-config\n  namespace: data\ndata:\n  DB_HOST: h\n  DB_USER: u\n", TestContext.Current.CancellationToken);
        var job = folder.File("job.yaml");
        var text = await File.ReadAllTextAsync(Corpus("migration.yaml"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(job, text[text.LastIndexOf("apiVersion: batch/v1", StringComparison.Ordinal)..], TestContext.Current.CancellationToken);

        var alone = await ToolRunner.RunAsync("lint", job);
        var together = await ToolRunner.RunAsync("lint", config, job);

        Assert.Equal(0, alone.ExitCode);
        Assert.DoesNotContain("JS4018", alone.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, together.ExitCode);
        Assert.DoesNotContain("JS4018", together.StdOut, StringComparison.Ordinal);
        Assert.Equal("passed over 1 other object (ConfigMap); lint works on Jobs and CronJobs only\n", together.StdErr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("lint")]
    [InlineData("explain")]
    [InlineData("render")]
    public async Task Verbs_SecretWithBrokenValues_LoadErrorsNameTheKeysNotTheValues(string verb)
    {
        var path = Corpus("bad-secret.yaml");

        var result = await ToolRunner.RunAsync(verb, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.Equal(
            $"{path}:6:13: error JS2014: data[password]: the value (not shown: it is a Secret's or a credential's) is not base64 (the API server rejects it: illegal base64 data); encode it, or write the text under stringData\n"
            + $"{path}:7:8: error JS2012: data[pin]: expected base64 bytes, found an integer\n"
            + $"{path}:9:11: error JS2012: stringData[config]: expected a string, found an integer (the API server rejects it: cannot unmarshal number into a string); write it in quotes (the value is not shown: its name looks like a credential)\n",
            result.StdErr);
        Assert.DoesNotContain("s3cr3t", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("8675309", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("4242424242", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CustomResource_IsAClearError()
    {
        var path = Corpus("custom-resource.yaml");

        var result = await ToolRunner.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{path}:2:7: error JS2007: kind: unknown kind \"Widget\" (apiVersion \"example.com/v1\"): JobSharp reads the built-in Kubernetes kinds; "
            + "a custom resource has no schema here to check it against, so it is not read (keep it in a file JobSharp is not given)\n",
            result.StdErr);
    }

    [Fact]
    public async Task Render_SameConfigMapInADocumentAndAListItem_IsADuplicate()
    {
        var path = Corpus("duplicate-in-list.yaml");

        var result = await ToolRunner.RunAsync("render", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.StartsWith($"{path}:13:7: error JS2905: configmap/settings is defined twice ({path}:4:3 and {path}:13:7)", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAndDiff_ActOnTheJobOnly_AndSaySo()
    {
        using var folder = new TempFolder();
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["data"] });
        var kubeconfig = server.WriteKubeconfig(folder.Path, "fake", "default");

        var applied = await ToolRunner.RunAsync("apply", Corpus("migration.yaml"), "--kubeconfig", kubeconfig);
        var diff = await ToolRunner.RunAsync("diff", Corpus("migration.yaml"), "--kubeconfig", kubeconfig);

        Assert.Equal(0, applied.ExitCode);
        Assert.Equal(PassedOver("apply"), applied.StdErr);
        Assert.Single(applied.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("migrate", applied.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, diff.ExitCode);
        Assert.Equal(PassedOver("diff"), diff.StdErr);
        AssertNoSecretValue(applied.StdOut + diff.StdOut + diff.StdErr);
    }

    private static void AssertNoSecretValue(string text)
    {
        foreach (var value in SecretValues)
        {
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        }
    }
}
