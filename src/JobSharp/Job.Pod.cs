using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>Sets a label on the Job's pods (<c>spec.template.metadata.labels</c>), replacing any value the key had.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The label value.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Job WithPodLabel(string key, string value) =>
        new(_state with { PodLabels = _state.PodLabels.SetItem(Guard.NotNull(key), Guard.NotNull(value)) });

    /// <summary>Removes a label from the Job's pods, if it is set.</summary>
    /// <param name="key">The label key.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Job WithoutPodLabel(string key) => new(_state with { PodLabels = _state.PodLabels.Remove(Guard.NotNull(key)) });

    /// <summary>Sets an annotation on the Job's pods (<c>spec.template.metadata.annotations</c>).</summary>
    /// <param name="key">The annotation key.</param>
    /// <param name="value">The annotation value.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Job WithPodAnnotation(string key, string value) =>
        new(_state with { PodAnnotations = _state.PodAnnotations.SetItem(Guard.NotNull(key), Guard.NotNull(value)) });

    /// <summary>Removes an annotation from the Job's pods, if it is set.</summary>
    /// <param name="key">The annotation key.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Job WithoutPodAnnotation(string key) =>
        new(_state with { PodAnnotations = _state.PodAnnotations.Remove(Guard.NotNull(key)) });

    /// <summary>Runs the pods as a service account (<c>serviceAccountName</c>); the namespace's <c>default</c> when unset.</summary>
    /// <param name="name">The service account's name.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public Job WithServiceAccount(string name) => new(_state with { ServiceAccountName = Guard.NotEmpty(name) });

    /// <summary>Whether the service-account token is mounted into the pods (<c>automountServiceAccountToken</c>).</summary>
    /// <param name="automount">False for Jobs that never call the Kubernetes API.</param>
    /// <returns>A new Job.</returns>
    public Job WithAutomountServiceAccountToken(bool automount) => new(_state with { AutomountServiceAccountToken = automount });

    /// <summary>Runs the pods only on nodes with the label <paramref name="key"/>=<paramref name="value"/> (<c>nodeSelector</c>).</summary>
    /// <param name="key">The node label key, such as <c>kubernetes.io/arch</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Job WithNodeSelector(string key, string value) =>
        new(_state with { NodeSelector = _state.NodeSelector.SetItem(Guard.NotNull(key), Guard.NotNull(value)) });

    /// <summary>Removes the node selector entry <paramref name="key"/>, if it is set.</summary>
    /// <param name="key">The node label key.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Job WithoutNodeSelector(string key) =>
        new(_state with { NodeSelector = _state.NodeSelector.Remove(Guard.NotNull(key)) });

    /// <summary>Lets the pods run on nodes with a matching taint (<c>tolerations</c>).</summary>
    /// <param name="toleration">The toleration.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="toleration"/> is null.</exception>
    public Job AddToleration(Toleration toleration) =>
        new(_state with { Tolerations = _state.Tolerations.Add(Guard.NotNull(toleration)) });

    /// <summary>Removes every toleration equal to <paramref name="toleration"/>, if there is one.</summary>
    /// <param name="toleration">The toleration, such as the value passed to <see cref="AddToleration"/>.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="toleration"/> is null.</exception>
    public Job WithoutToleration(Toleration toleration)
    {
        Guard.NotNull(toleration);
        return new(_state with { Tolerations = _state.Tolerations.RemoveAll(t => t == toleration) });
    }

    /// <summary>Which nodes the pods may or should run on (<c>affinity.nodeAffinity</c>), replacing any set before.</summary>
    /// <param name="affinity">The node affinity.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="affinity"/> is null.</exception>
    public Job WithNodeAffinity(NodeAffinity affinity) => new(_state with { NodeAffinity = Guard.NotNull(affinity) });

    /// <summary>The pods' priority class (<c>priorityClassName</c>), which decides who is preempted first.</summary>
    /// <param name="name">The PriorityClass's name.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public Job WithPriorityClass(string name) => new(_state with { PriorityClassName = Guard.NotEmpty(name) });

    /// <summary>
    /// Adds a registry credential for pulling the images (<c>imagePullSecrets</c>). Adding a Secret that is already
    /// listed changes nothing, so a shared base and a specialisation may both add it.
    /// </summary>
    /// <param name="secret">A Secret of type <c>kubernetes.io/dockerconfigjson</c>.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public Job AddImagePullSecret(SecretRef secret)
    {
        var name = Guard.NotNull(secret).Name;
        return _state.ImagePullSecrets.Contains(name) ? this : new(_state with { ImagePullSecrets = _state.ImagePullSecrets.Add(name) });
    }

    /// <summary>Removes a registry credential (<c>imagePullSecrets</c>), if it is listed.</summary>
    /// <param name="secret">The Secret.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public Job WithoutImagePullSecret(SecretRef secret) =>
        new(_state with { ImagePullSecrets = _state.ImagePullSecrets.Remove(Guard.NotNull(secret).Name) });

    /// <summary>Sets the pod-level security settings (<c>spec.template.spec.securityContext</c>).</summary>
    /// <param name="securityContext">The settings, such as <see cref="PodSecurityContext.Hardened"/>.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="securityContext"/> is null.</exception>
    public Job WithPodSecurityContext(PodSecurityContext securityContext) =>
        new(_state with { PodSecurity = Guard.NotNull(securityContext) });

    /// <summary>
    /// The hardened preset for the whole pod: <see cref="PodSecurityContext.Hardened"/> on the pod, and
    /// <see cref="ContainerSecurityContext.Hardened"/> on every container, init container and sidecar that does not
    /// set its own security context, including those added later.
    /// </summary>
    /// <returns>A new Job.</returns>
    public Job WithHardenedSecurity() =>
        new(_state with { PodSecurity = _state.PodSecurity ?? PodSecurityContext.Hardened, HardenContainers = true });

    /// <summary>
    /// How long the pods get to shut down after SIGTERM before they are killed
    /// (<c>terminationGracePeriodSeconds</c>; the server's default is 30 seconds).
    /// </summary>
    /// <param name="period">Whole seconds, 0 or more.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative or not whole seconds.</exception>
    public Job WithTerminationGracePeriod(TimeSpan period) =>
        new(_state with { TerminationGracePeriodSeconds = Guard.WholeSeconds(period) });
}
