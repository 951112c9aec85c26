using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// Turns one <see cref="V1Job"/> into the DSL calls a careful person would write, then compares what those calls
/// build with the input and adds a <c>Customize</c>, on the container or the Job, for each field that still
/// differs, so the imported code renders exactly the input.
/// </summary>
internal sealed partial class JobImporter
{
    private readonly ImportFields _fields;
    private readonly string _owner;
    private readonly V1Job _input;
    private readonly Recipe<Job> _recipe;
    private readonly List<(Recipe<Container> Recipe, ImportCall Call, bool Init, int Index)> _containers = [];

    private JobImporter(ImportFields fields, string owner, V1Job input)
    {
        _fields = fields;
        _owner = owner;
        _input = input;
        var name = input.Metadata?.Name ?? string.Empty;
        _recipe = new Recipe<Job>(() => Job.Create(name));
        Root = $"Job.Create({CSharpText.String(name)})";
    }

    /// <summary>The expression that starts the chain: <c>Job.Create("name")</c>.</summary>
    public string Root { get; }

    /// <summary>The recipe, complete with its <c>Customize</c> calls.</summary>
    public Recipe<Job> Recipe => _recipe;

    /// <summary>Imports <paramref name="job"/>; <paramref name="owner"/> names the property, for volume fields that clash.</summary>
    public static JobImporter Import(V1Job job, ImportFields fields, string owner)
    {
        var importer = new JobImporter(fields, owner, job);
        importer.Metadata(job.Metadata);
        var spec = job.Spec ?? new V1JobSpec();
        importer.Spec(spec);
        importer.Pod(spec.Template ?? new V1PodTemplateSpec());
        importer.FixDifferences();
        return importer;
    }

    private void Call(string method, string arguments, string? field, Func<Job, Job> apply, ImportLambda? lambda = null) =>
        _recipe.Add(new ImportCall { Method = method, Arguments = arguments, Field = field, Lambda = lambda }, apply);

    private void Metadata(V1ObjectMeta? metadata)
    {
        if (metadata?.NamespaceProperty is { } ns)
        {
            Call("InNamespace", CSharpText.String(ns), "metadata.namespace", j => j.InNamespace(ns));
        }

        foreach (var (key, value) in Sorted(metadata?.Labels))
        {
            Call("WithLabel", CSharpText.Join(CSharpText.String(key), CSharpText.String(value)), "metadata.labels", j => j.WithLabel(key, value));
        }

        foreach (var (key, value) in Sorted(metadata?.Annotations))
        {
            Call("WithAnnotation", CSharpText.Join(CSharpText.String(key), CSharpText.String(value)), "metadata.annotations", j => j.WithAnnotation(key, value));
        }
    }

    private void Spec(V1JobSpec spec)
    {
        var indexed = spec.CompletionMode == "Indexed" && spec.Completions is not null;
        if (indexed)
        {
            Indexed(spec);
        }
        else if (spec.Completions is { } completions)
        {
            Call("WithCompletions", CSharpText.Number(completions), "spec.completions", j => j.WithCompletions(completions));
        }

        if (spec.Parallelism is { } parallelism)
        {
            Call("WithParallelism", CSharpText.Number(parallelism), "spec.parallelism", j => j.WithParallelism(parallelism));
        }

        if (spec.CompletionMode == "NonIndexed")
        {
            Call("NonIndexed", string.Empty, "spec.completionMode", j => j.NonIndexed());
        }

        Retry(spec, indexed);
        Deadlines(spec);
    }

    private void Deadlines(V1JobSpec spec)
    {
        if (spec.ActiveDeadlineSeconds is { } deadline)
        {
            Call("WithActiveDeadline", CSharpText.Duration(deadline), "spec.activeDeadlineSeconds", j => j.WithActiveDeadline(TimeSpan.FromSeconds(deadline)));
        }

        if (spec.TtlSecondsAfterFinished is { } ttl)
        {
            Call("WithTtlAfterFinished", CSharpText.Duration(ttl), "spec.ttlSecondsAfterFinished", j => j.WithTtlAfterFinished(TimeSpan.FromSeconds(ttl)));
        }

        if (spec.Suspend is { } suspend)
        {
            Call("WithSuspend", suspend ? string.Empty : "false", "spec.suspend", j => j.WithSuspend(suspend));
        }

        if (spec.PodReplacementPolicy is { } replacement && Enum.TryParse<PodReplacementPolicy>(replacement, out var policy) && policy.ToString() == replacement)
        {
            Call("WithPodReplacementPolicy", $"{nameof(PodReplacementPolicy)}.{policy}", "spec.podReplacementPolicy", j => j.WithPodReplacementPolicy(policy));
        }

        if (spec.ManagedBy is { } managedBy)
        {
            Call("WithManagedBy", CSharpText.String(managedBy), "spec.managedBy", j => j.WithManagedBy(managedBy));
        }

        if (spec.ManualSelector == true && SchedulingCode.Selector(spec.Selector) is { } selector)
        {
            Call("WithManualSelector", selector.Code, "spec.selector", j => j.WithManualSelector(selector.Value));
        }
    }

    /// <summary>Adds a <c>Customize</c> for every field the DSL calls did not reproduce: on the containers first, then on the Job.</summary>
    private void FixDifferences()
    {
        var built = _recipe.Build().ToModel();
        foreach (var (recipe, call, init, index) in _containers)
        {
            var list = init ? "initContainers" : "containers";
            var wanted = init ? _input.Spec?.Template?.Spec?.InitContainers : _input.Spec?.Template?.Spec?.Containers;
            var got = init ? built.Spec.Template.Spec.InitContainers : built.Spec.Template.Spec.Containers;
            if (wanted is not null && got is not null && wanted.Count == got.Count)
            {
                foreach (var fix in ModelDiff.Between(wanted[index], got[index], "m", $"spec.template.spec.{list}[{index}]"))
                {
                    recipe.AddUnchecked(Customize("m", fix), c => c.Customize(m => fix.Apply(m)));
                }
            }

            call.Lambda = recipe.IsEmpty ? null : new ImportLambda { Parameter = "c", Calls = recipe.Calls };
        }

        foreach (var fix in ModelDiff.Between(_input, _recipe.Build().ToModel(), "j", string.Empty))
        {
            _recipe.AddUnchecked(Customize("j", fix), j => j.Customize(m => fix.Apply(m)));
        }
    }

    /// <summary>A <c>Customize</c> call for one field, with a comment naming it.</summary>
    internal static ImportCall Customize(string parameter, ModelFix fix)
    {
        var call = new ImportCall { Method = "Customize", Arguments = $"{parameter} => {fix.Statement}", Field = fix.Field };
        call.Comments.Add($"{fix.Field}: no DSL method for this value");
        return call;
    }

    private static IEnumerable<(string Key, string Value)> Sorted(IDictionary<string, string>? map) =>
        (map ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value ?? string.Empty));
}
