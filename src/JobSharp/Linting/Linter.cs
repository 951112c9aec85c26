using k8s.Models;

namespace JobSharp.Linting;

/// <summary>
/// Finds what the API server does not catch: practice problems in Jobs and CronJobs that are valid and still
/// wrong. Works on the models, so a Job written in C# and one loaded from YAML get the same findings.
/// </summary>
/// <example><code>
/// var report = Linter.Lint([migration.ToModel(), configMap], new LintOptions { TargetVersion = KubeVersion.Parse("1.30") });
/// foreach (var finding in report.Findings) Console.WriteLine(finding);
/// </code></example>
public static class Linter
{
    /// <summary>Lints every Job and CronJob in <paramref name="manifests"/>.</summary>
    /// <param name="manifests">
    /// The manifests: <see cref="V1Job"/> and <see cref="V1CronJob"/> objects, and Jobs and CronJobs written with the
    /// DSL (any <see cref="IManifestSource"/>), are linted; <see cref="V1ConfigMap"/>
    /// and <see cref="V1Secret"/> objects supply the keys env references are checked against; others are ignored.
    /// </param>
    /// <param name="options">The target version and known ConfigMaps and Secrets; <see cref="LintOptions.Default"/> when null.</param>
    /// <returns>The findings, objects in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static LintReport Lint(IEnumerable<object> manifests, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var list = manifests.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(manifests), "No manifest may be null.");
        }

        list = [.. list.Select(m => m is IManifestSource source ? source.ToModel() : m)];

        var context = new LintContext(options ?? LintOptions.Default, list);
        var findings = new List<LintFinding>();
        var suppressed = new List<SuppressedFinding>();
        foreach (var manifest in list)
        {
            var (scope, annotations) = manifest switch
            {
                V1Job job => (ForJob(job, context), job.Metadata?.Annotations),
                V1CronJob cron => (ForCronJob(cron, context), Merge(cron.Metadata?.Annotations, cron.Spec?.JobTemplate?.Metadata?.Annotations)),
                _ => (null, null),
            };
            if (scope is null)
            {
                continue;
            }

            Run(scope);
            var own = scope.Findings
                .OrderBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            Suppressions.Apply(scope.Object, annotations, own, findings, suppressed);
        }

        return new LintReport(findings, suppressed);
    }

    /// <summary>Lints one Job or CronJob written with the DSL.</summary>
    /// <param name="manifest">The Job or CronJob.</param>
    /// <param name="options">The target version and known ConfigMaps and Secrets; <see cref="LintOptions.Default"/> when null.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static LintReport Lint(IManifestSource manifest, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return Lint([manifest.ToModel()], options);
    }

    private static LintScope ForJob(V1Job job, LintContext context) =>
        new(Ref("Job", job.Metadata), "spec", job.Spec ?? new V1JobSpec(), null, context);

    private static LintScope ForCronJob(V1CronJob cron, LintContext context) =>
        new(Ref("CronJob", cron.Metadata), "spec.jobTemplate.spec", cron.Spec?.JobTemplate?.Spec ?? new V1JobSpec(), cron, context);

    private static ManifestRef Ref(string kind, V1ObjectMeta? metadata) =>
        new(kind, metadata?.Name ?? "", metadata?.NamespaceProperty);

    private static void Run(LintScope scope)
    {
        JobSpecRules.Check(scope);
        ContainerRules.Check(scope);
        SecurityRules.Check(scope);
        MigrationRules.Check(scope);
        CronJobRules.Check(scope);
        VersionRules.Check(scope);
    }

    private static Dictionary<string, string>? Merge(IDictionary<string, string>? first, IDictionary<string, string>? second)
    {
        if (first is null && second is null)
        {
            return null;
        }

        var merged = new Dictionary<string, string>(second ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in first ?? new Dictionary<string, string>())
        {
            // A CronJob made from a Job carries the same annotation on both levels: count it once.
            merged[key] = merged.TryGetValue(key, out var other) && other != value ? $"{value}, {other}" : value;
        }

        return merged;
    }
}
