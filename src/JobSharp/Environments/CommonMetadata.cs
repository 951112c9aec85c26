using JobSharp.Validation.Rules;
using k8s;
using k8s.Models;

namespace JobSharp.Environments;

/// <summary>
/// Labels and annotations given to every object of a program or an environment, and to the Jobs and pods those
/// objects make. The most specific value wins: an object's own, then its environment's, then the program's.
/// </summary>
internal sealed class CommonMetadata
{
    private readonly SortedDictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _annotations = new(StringComparer.Ordinal);

    /// <summary>The program's metadata, under an environment's; null for the program itself.</summary>
    public CommonMetadata? Parent { get; set; }

    public IReadOnlyDictionary<string, string> Labels => _labels;

    public IReadOnlyDictionary<string, string> Annotations => _annotations;

    /// <summary>Sets a label, checked now as the API server would check it on each object.</summary>
    public void SetLabel(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        Reject(key, "label key", NameRules.QualifiedName(key));
        Reject(value, "label value", NameRules.LabelValue(value));
        _labels[key] = value;
    }

    /// <summary>Sets an annotation, its key checked now as the API server would check it on each object.</summary>
    public void SetAnnotation(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        Reject(key, "annotation key", NameRules.QualifiedName(key.ToLowerInvariant()));
        _annotations[key] = value;
    }

    /// <summary>
    /// Gives <paramref name="model"/> every label and annotation it does not set itself: on its metadata, and for a
    /// Job or CronJob also on the templates of the Jobs and pods it makes (so <c>kubectl get pods -l</c> finds them).
    /// </summary>
    public T ApplyTo<T>(T model)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var labels = Effective(m => m._labels);
        var annotations = Effective(m => m._annotations);
        if (labels.Count + annotations.Count == 0)
        {
            return model;
        }

        model.Metadata ??= new V1ObjectMeta();
        Fill(model.Metadata, labels, annotations);
        switch (model)
        {
            case V1Job { Spec.Template: { } pod }:
                Fill(pod.Metadata ??= new V1ObjectMeta(), labels, annotations);
                break;
            case V1CronJob { Spec.JobTemplate: { } job }:
                Fill(job.Metadata ??= new V1ObjectMeta(), labels, annotations);
                if (job.Spec?.Template is { } template)
                {
                    Fill(template.Metadata ??= new V1ObjectMeta(), labels, annotations);
                }

                break;
        }

        return model;
    }

    private static void Fill(V1ObjectMeta metadata, SortedDictionary<string, string> labels, SortedDictionary<string, string> annotations)
    {
        metadata.Labels = Fill(metadata.Labels, labels);
        metadata.Annotations = Fill(metadata.Annotations, annotations);
    }

    private static IDictionary<string, string>? Fill(IDictionary<string, string>? own, SortedDictionary<string, string> common)
    {
        if (common.Count == 0)
        {
            return own;
        }

        var merged = own is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(own, StringComparer.Ordinal);
        foreach (var (key, value) in common)
        {
            merged.TryAdd(key, value);
        }

        return merged;
    }

    // The program's entries overridden by the environment's.
    private SortedDictionary<string, string> Effective(Func<CommonMetadata, SortedDictionary<string, string>> map)
    {
        var merged = Parent is null ? new SortedDictionary<string, string>(StringComparer.Ordinal) : Parent.Effective(map);
        foreach (var (key, value) in map(this))
        {
            merged[key] = value;
        }

        return merged;
    }

    private static void Reject(string value, string what, List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"\"{Internal.EchoText.Of(value)}\" is not a valid {what}: {string.Join("; ", problems)}.", what.EndsWith("value", StringComparison.Ordinal) ? "value" : "key");
        }
    }
}
