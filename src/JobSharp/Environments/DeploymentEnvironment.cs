using JobSharp.Environments;
using JobSharp.Internal;
using JobSharp.Validation.Rules;
using k8s;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// One place the same definitions are deployed to, such as <c>dev</c>, <c>staging</c> or <c>prod</c>: its own
/// manifests (usually the program's definitions specialised for it), the kube context it deploys to, and labels and
/// annotations every one of its objects carries. <c>render -o DIR</c> writes each environment to
/// <c>DIR/&lt;environment&gt;/&lt;namespace&gt;/&lt;name&gt;.&lt;kind&gt;.yaml</c>, and <c>--env NAME</c> selects one for any verb.
/// The same object in two environments is normal; twice in one environment is an error.
/// </summary>
/// <example><code>
/// new JobSharpApp()
///     .WithCommonLabel("app.kubernetes.io/part-of", "billing")
///     .AddEnvironment("prod", prod => prod
///         .WithKubeContext("prod-eu")
///         .WithCommonLabel("environment", "prod")
///         .AddRange(Billing.Define(Settings.Prod)));
/// </code></example>
public sealed class DeploymentEnvironment
{
    private readonly List<IManifestSource> _manifests = [];

    /// <summary>Creates an empty environment.</summary>
    /// <param name="name">The environment's name: a DNS label (lower-case letters, digits and '-'), as it names a folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a DNS label.</exception>
    public DeploymentEnvironment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (NameRules.Dns1123Label(name) is { Count: > 0 } problems)
        {
            throw new ArgumentException($"\"{EchoText.Of(name)}\" cannot name an environment: {string.Join("; ", problems)}.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The environment's name, which names its folder under <c>render -o DIR</c> and is what <c>--env</c> selects.</summary>
    public string Name { get; }

    /// <summary>The kubeconfig context the cluster verbs use for this environment; null for the current context.</summary>
    public string? KubeContext { get; private set; }

    /// <summary>The labels every object of this environment carries, sorted by key (the program's are added when rendered).</summary>
    public IReadOnlyDictionary<string, string> CommonLabels => Metadata.Labels;

    /// <summary>The annotations every object of this environment carries, sorted by key (the program's are added when rendered).</summary>
    public IReadOnlyDictionary<string, string> CommonAnnotations => Metadata.Annotations;

    /// <summary>The manifests added so far, in order, as they were added (without the common labels and annotations).</summary>
    public IReadOnlyList<IManifestSource> Manifests => _manifests;

    /// <summary>The environment's labels and annotations, with the program's as the parent once it is added to one.</summary>
    internal CommonMetadata Metadata { get; } = new();

    /// <summary>Sets the kubeconfig context that apply, diff, status, logs and delete use; <c>--context</c> still overrides it.</summary>
    /// <param name="context">The context's name in the kubeconfig.</param>
    /// <returns>This environment, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
    public DeploymentEnvironment WithKubeContext(string context)
    {
        KubeContext = Guard.NotEmpty(context);
        return this;
    }

    /// <summary>
    /// Sets a label on every object of this environment, and on the Jobs and pods its Jobs and CronJobs make. An
    /// object's own label with the same key wins; this one wins over the program's.
    /// </summary>
    /// <param name="key">The label key, such as <c>environment</c>.</param>
    /// <param name="value">The label value.</param>
    /// <returns>This environment, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key or value is not one the API server accepts.</exception>
    public DeploymentEnvironment WithCommonLabel(string key, string value)
    {
        Metadata.SetLabel(key, value);
        return this;
    }

    /// <summary>
    /// Sets an annotation on every object of this environment, and on the Jobs and pods its Jobs and CronJobs make.
    /// An object's own annotation with the same key wins; this one wins over the program's.
    /// </summary>
    /// <param name="key">The annotation key, such as <c>example.com/cost-centre</c>.</param>
    /// <param name="value">The annotation value.</param>
    /// <returns>This environment, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key is not one the API server accepts.</exception>
    public DeploymentEnvironment WithCommonAnnotation(string key, string value)
    {
        Metadata.SetAnnotation(key, value);
        return this;
    }

    /// <summary>Adds a definition: a Job, a CronJob, a <see cref="ConfigMap"/>.</summary>
    /// <param name="manifest">The definition.</param>
    /// <returns>This environment, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public DeploymentEnvironment Add(IManifestSource manifest)
    {
        _manifests.Add(Guard.NotNull(manifest));
        return this;
    }

    /// <summary>
    /// Adds a <c>k8s.Models</c> object as it is, such as the <c>V1ServiceAccount</c>, <c>V1Role</c> and
    /// <c>V1RoleBinding</c> a Job runs with. The object is copied now: later changes to it are not seen.
    /// </summary>
    /// <param name="model">The object, with its <c>apiVersion</c> and <c>kind</c> set.</param>
    /// <returns>This environment, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="model"/> has no <c>apiVersion</c> or <c>kind</c>.</exception>
    public DeploymentEnvironment Add(IKubernetesObject<V1ObjectMeta> model) => Add(ModelSource.Of(model));

    /// <summary>Adds several definitions, in order.</summary>
    /// <param name="manifests">The definitions.</param>
    /// <returns>This environment, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public DeploymentEnvironment AddRange(IEnumerable<IManifestSource> manifests)
    {
        foreach (var manifest in Guard.NotNull(manifests))
        {
            Add(manifest);
        }

        return this;
    }

    /// <summary>
    /// Builds every manifest without validating it, with the environment's (and the program's) common labels and
    /// annotations applied: the objects <c>render --env</c> writes.
    /// </summary>
    /// <returns>New model objects, in the order the manifests were added.</returns>
    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> ToModels() => [.. _manifests.Select(m => Metadata.ApplyTo(m.ToModel()))];

    /// <inheritdoc />
    public override string ToString() => $"environment {Name}";
}
