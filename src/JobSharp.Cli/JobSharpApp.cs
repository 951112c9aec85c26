using JobSharp.Cli.Input;
using JobSharp.Environments;
using JobSharp.Linting;
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
    private readonly List<DeploymentEnvironment> _environments = [];
    private readonly CommonMetadata _metadata = new();

    /// <summary>The program's labels and annotations, the parent of each environment's.</summary>
    internal CommonMetadata Metadata => _metadata;

    /// <summary>The manifests added to the program itself (not to an environment) so far, in order.</summary>
    public IReadOnlyList<IManifestSource> Manifests => _manifests;

    /// <summary>The environments added so far, in order.</summary>
    public IReadOnlyList<DeploymentEnvironment> Environments => _environments;

    /// <summary>The labels every object of the program carries, sorted by key.</summary>
    public IReadOnlyDictionary<string, string> CommonLabels => _metadata.Labels;

    /// <summary>The annotations every object of the program carries, sorted by key.</summary>
    public IReadOnlyDictionary<string, string> CommonAnnotations => _metadata.Annotations;

    /// <summary>
    /// Sets a label on every object of the program, in every environment, and on the Jobs and pods its Jobs and
    /// CronJobs make (for example <c>app.kubernetes.io/part-of</c>, a team). An environment's or an object's own
    /// label with the same key wins.
    /// </summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The label value.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key or value is not one the API server accepts.</exception>
    public JobSharpApp WithCommonLabel(string key, string value)
    {
        _metadata.SetLabel(key, value);
        return this;
    }

    /// <summary>
    /// Sets an annotation on every object of the program, in every environment, and on the Jobs and pods its Jobs
    /// and CronJobs make (for example a cost centre). An environment's or an object's own annotation with the same
    /// key wins.
    /// </summary>
    /// <param name="key">The annotation key.</param>
    /// <param name="value">The annotation value.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key is not one the API server accepts.</exception>
    public JobSharpApp WithCommonAnnotation(string key, string value)
    {
        _metadata.SetAnnotation(key, value);
        return this;
    }

    /// <summary>Adds a definition: a Job, a CronJob, or an object around them such as a <see cref="ConfigMap"/>.</summary>
    /// <param name="manifest">The definition.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The program has environments: add the definition to each of them.</exception>
    public JobSharpApp Add(IManifestSource manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (_environments.Count > 0)
        {
            throw new InvalidOperationException(
                $"This program has environments ({string.Join(", ", _environments.Select(e => e.Name))}): add {ManifestRef.Describe(manifest.Kind, manifest.Name, manifest.Namespace)} to each environment it belongs to.");
        }

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
    /// <exception cref="InvalidOperationException">The program has environments: add the object to each of them.</exception>
    public JobSharpApp Add(IKubernetesObject<V1ObjectMeta> model) => Add(ModelSource.Of(model));

    /// <summary>Adds several definitions, in order.</summary>
    /// <param name="manifests">The definitions.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    /// <exception cref="InvalidOperationException">The program has environments: add the definitions to each of them.</exception>
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
    /// Adds an environment and fills it: <c>render -o DIR</c> then writes <c>DIR/NAME/&lt;namespace&gt;/&lt;name&gt;.&lt;kind&gt;.yaml</c>
    /// for it, and <c>--env NAME</c> selects it for any verb. A program either adds its manifests to environments or
    /// to itself, not both.
    /// </summary>
    /// <param name="name">The environment's name, a DNS label such as <c>prod</c>.</param>
    /// <param name="configure">Adds the environment's manifests and settings.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a DNS label, or names an environment already added.</exception>
    /// <exception cref="InvalidOperationException">Manifests were added to the program itself.</exception>
    public JobSharpApp AddEnvironment(string name, Action<DeploymentEnvironment> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var environment = new DeploymentEnvironment(name);
        configure(environment);
        return AddEnvironment(environment);
    }

    /// <summary>Adds an environment built beforehand; the program's common labels and annotations apply to it from now on.</summary>
    /// <param name="environment">The environment.</param>
    /// <returns>This app, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="environment"/> is null.</exception>
    /// <exception cref="ArgumentException">An environment with the same name was added already, or this one belongs to another program.</exception>
    /// <exception cref="InvalidOperationException">Manifests were added to the program itself.</exception>
    public JobSharpApp AddEnvironment(DeploymentEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (_manifests.Count > 0)
        {
            throw new InvalidOperationException(
                $"This program has {_manifests.Count} manifests of its own: add them to the environments instead, so that every environment says what it holds.");
        }

        if (_environments.Any(e => e.Name == environment.Name))
        {
            throw new ArgumentException($"The program has an environment named \"{environment.Name}\" already.", nameof(environment));
        }

        if (environment.Metadata.Parent is { } parent && parent != _metadata)
        {
            throw new ArgumentException($"Environment {environment.Name} belongs to another program.", nameof(environment));
        }

        environment.Metadata.Parent = _metadata;
        _environments.Add(environment);
        return this;
    }

    /// <summary>
    /// Builds the program's own manifests without validating them, with its common labels and annotations applied:
    /// the objects <c>render</c> writes. A program with environments renders each of them instead
    /// (<see cref="DeploymentEnvironment.ToModels"/>).
    /// </summary>
    /// <returns>New model objects, in the order the manifests were added.</returns>
    /// <exception cref="InvalidOperationException">The program has environments.</exception>
    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> ToModels() =>
        _environments.Count > 0
            ? throw new InvalidOperationException($"This program renders per environment ({string.Join(", ", _environments.Select(e => e.Name))}): call ToModels on each of Environments.")
            : [.. _manifests.Select(m => _metadata.ApplyTo(m.ToModel()))];

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
        var root = CommandLine.Create("Render, check and run the Kubernetes Jobs this program defines.", CodeInput.Of(this));
        return CommandLine.RunAsync(root, args, output, error, cancellationToken);
    }
}
