using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A field of the pod itself, read through the downward API (<c>valueFrom.fieldRef</c>): its name, namespace, IP,
/// a label or annotation, or the completion index of an Indexed Job.
/// </summary>
/// <example><code>
/// c.WithEnv("POD_NAME", PodField.Name).WithEnv("SHARD", PodField.CompletionIndex)
/// </code></example>
public sealed record PodField : EnvSource
{
    private PodField(string fieldPath) => FieldPath = fieldPath;

    /// <summary>The field path, such as <c>metadata.name</c>.</summary>
    public string FieldPath { get; }

    /// <summary>The pod's name (<c>metadata.name</c>).</summary>
    public static PodField Name { get; } = new("metadata.name");

    /// <summary>The pod's namespace (<c>metadata.namespace</c>).</summary>
    public static PodField Namespace { get; } = new("metadata.namespace");

    /// <summary>The pod's UID (<c>metadata.uid</c>).</summary>
    public static PodField Uid { get; } = new("metadata.uid");

    /// <summary>The node the pod runs on (<c>spec.nodeName</c>).</summary>
    public static PodField NodeName { get; } = new("spec.nodeName");

    /// <summary>The pod's service account (<c>spec.serviceAccountName</c>).</summary>
    public static PodField ServiceAccountName { get; } = new("spec.serviceAccountName");

    /// <summary>The node's primary IP (<c>status.hostIP</c>).</summary>
    public static PodField HostIP { get; } = new("status.hostIP");

    /// <summary>The pod's primary IP (<c>status.podIP</c>).</summary>
    public static PodField PodIP { get; } = new("status.podIP");

    /// <summary>
    /// The completion index of a pod of an Indexed Job, from its
    /// <c>batch.kubernetes.io/job-completion-index</c> annotation. The Job controller also sets
    /// <c>JOB_COMPLETION_INDEX</c> itself; this source lets the index appear under any name, or in a
    /// container the controller does not cover.
    /// </summary>
    public static PodField CompletionIndex { get; } = Annotation("batch.kubernetes.io/job-completion-index");

    /// <summary>One of the pod's labels (<c>metadata.labels['key']</c>).</summary>
    /// <param name="key">The label key.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static PodField Label(string key) => new($"metadata.labels['{Guard.NotEmpty(key)}']");

    /// <summary>One of the pod's annotations (<c>metadata.annotations['key']</c>).</summary>
    /// <param name="key">The annotation key.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static PodField Annotation(string key) => new($"metadata.annotations['{Guard.NotEmpty(key)}']");

    /// <inheritdoc />
    public override V1EnvVarSource ToModel() => new() { FieldRef = new V1ObjectFieldSelector { FieldPath = FieldPath } };
}
