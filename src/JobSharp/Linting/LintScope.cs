using JobSharp.KubernetesRules;
using k8s.Models;

namespace JobSharp.Linting;

/// <summary>
/// One Job spec being linted: a standalone Job's spec, or a CronJob's job template. Rules report through it.
/// </summary>
internal sealed class LintScope(ManifestRef obj, string specPath, V1JobSpec spec, V1CronJob? cronJob, LintContext context)
{
    public ManifestRef Object { get; } = obj;

    /// <summary><c>spec</c> for a Job, <c>spec.jobTemplate.spec</c> for a CronJob.</summary>
    public string SpecPath { get; } = specPath;

    public V1JobSpec Spec { get; } = spec;

    /// <summary>The CronJob when this is its job template; null for a standalone Job.</summary>
    public V1CronJob? CronJob { get; } = cronJob;

    public LintContext Context { get; } = context;

    public string JobName => Object.Name;

    public string PodPath => $"{SpecPath}.template.spec";

    public V1PodSpec? Pod => Spec.Template?.Spec;

    public IEnumerable<(V1Container Container, string Path, bool IsInit)> Containers =>
        JobDefaults.Containers(Pod, PodPath);

    public List<LintFinding> Findings { get; } = [];

    public void Report(LintRule rule, string path, string message) =>
        Findings.Add(new LintFinding(rule.Id, rule.DefaultSeverity, message, Object, path));
}
