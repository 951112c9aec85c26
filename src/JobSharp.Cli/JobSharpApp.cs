using JobSharp.Cli.Input;
using k8s;
using k8s.Models;

namespace JobSharp.Cli;

/// <summary>
/// The host a program calls so that <c>dotnet run -- render</c> (and the other verbs) work on the Jobs it
/// defines. Add the Jobs, then hand over the command line.
/// </summary>
/// <example><code>
/// return await new JobSharpApp()
///     .Add(helloJob)
///     .Add(migrationJob)
///     .RunAsync(args);
/// </code></example>
public sealed class JobSharpApp
{
    private readonly List<IManifestSource> _manifests = [];

    /// <summary>The manifests added so far, in order.</summary>
    public IReadOnlyList<IManifestSource> Manifests => _manifests;

    /// <summary>Adds a definition: a Job, a CronJob, or an object around them such as a <see cref="ConfigMap"/>.</summary>
    /// <param name="manifest">The definition.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public JobSharpApp Add(IManifestSource manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        _manifests.Add(manifest);
        return this;
    }

    /// <summary>
    /// Adds a <c>k8s.Models</c> object as it is, such as the <c>V1ServiceAccount</c>, <c>V1Role</c> and
    /// <c>V1RoleBinding</c> a Job runs with. It is rendered with the same rules as the Jobs (key order, quoting,
    /// <c>NAME.KIND.yaml</c> files, <c>--check</c>, <c>--prune</c>); lint reads ConfigMaps and Secrets among them, and
    /// the cluster verbs act on Jobs and CronJobs only. The object is copied now: later changes to it are not seen.
    /// </summary>
    /// <param name="model">The object, with its <c>apiVersion</c> and <c>kind</c> set.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="model"/> has no <c>apiVersion</c> or <c>kind</c>.</exception>
    public JobSharpApp Add(IKubernetesObject<V1ObjectMeta> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.IsNullOrEmpty(model.ApiVersion) || string.IsNullOrEmpty(model.Kind))
        {
            throw new ArgumentException($"Set apiVersion and kind on the {model.GetType().Name} (for example ApiVersion = \"v1\", Kind = \"ServiceAccount\").", nameof(model));
        }

        return Add(new ModelSource(model));
    }

    /// <summary>Adds several definitions, in order.</summary>
    /// <param name="manifests">The definitions.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public JobSharpApp AddRange(IEnumerable<IManifestSource> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        foreach (var manifest in manifests)
        {
            Add(manifest);
        }

        return this;
    }

    /// <summary>
    /// Runs the verb named in <paramref name="args"/> on the added manifests, writing to the console as UTF-8
    /// (whatever the locale's charset) with <c>\n</c> line ends.
    /// </summary>
    /// <param name="args">The command line, such as <c>["render", "-o", "deploy"]</c>.</param>
    /// <param name="cancellationToken">Cancels a running verb (Ctrl+C does so too).</param>
    /// <returns>The exit code: 0 success, 1 manifest problems or a failed Job, 2 usage, I/O or cluster errors, 3 timed out, 130 cancelled (Ctrl+C or SIGTERM).</returns>
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        using var output = StandardStreams.Output();
        using var error = StandardStreams.Error();
        return await RunAsync(args, output, error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the verb named in <paramref name="args"/>, writing data to <paramref name="output"/> and diagnostics to <paramref name="error"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Receives the verb's data (YAML, tables).</param>
    /// <param name="error">Receives diagnostics and progress.</param>
    /// <param name="cancellationToken">Cancels a running verb.</param>
    /// <returns>The exit code, as for <see cref="RunAsync(string[], CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = CommandLine.Create("Render, check and run the Kubernetes Jobs this program defines.", new CodeInput([.. _manifests]));
        return CommandLine.RunAsync(root, args, output, error, cancellationToken);
    }
}
