using JobSharp.Internal;
using JobSharp.KubernetesRules;
using k8s.Models;

namespace JobSharp.Explaining;

/// <summary>Computes the facts behind <c>explain</c> from a Job or CronJob model, with the API server's defaults applied.</summary>
public static class ExplainFacts
{
    /// <summary>The facts of a Job written with the DSL.</summary>
    /// <param name="job">The Job.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    public static JobFacts ForJob(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return ForJob(job.ToModel());
    }

    /// <summary>The facts of a Job.</summary>
    /// <param name="job">The Job.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    public static JobFacts ForJob(V1Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Build(job.Metadata?.Name ?? "", job.Metadata?.NamespaceProperty, job.Spec ?? new V1JobSpec(), false);
    }

    /// <summary>The facts of a CronJob and the Job it creates at each run.</summary>
    /// <param name="cronJob">The CronJob.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cronJob"/> is null.</exception>
    public static CronJobFacts ForCronJob(V1CronJob cronJob)
    {
        ArgumentNullException.ThrowIfNull(cronJob);
        var spec = cronJob.Spec ?? new V1CronJobSpec();
        var name = cronJob.Metadata?.Name ?? "";
        var schedule = spec.Schedule ?? "";
        return new CronJobFacts
        {
            Name = name,
            Namespace = cronJob.Metadata?.NamespaceProperty,
            Schedule = schedule,
            ScheduleInWords = CronText.Describe(schedule),
            TimeZone = spec.TimeZone,
            Suspended = spec.Suspend == true,
            ConcurrencyPolicy = spec.ConcurrencyPolicy ?? CronJobDefaults.ConcurrencyPolicy,
            ConcurrencyPolicyIsDefault = spec.ConcurrencyPolicy is null,
            StartingDeadlineSeconds = spec.StartingDeadlineSeconds,
            StartingDeadline = spec.StartingDeadlineSeconds is { } deadline ? DurationText.Words(deadline) : null,
            SuccessfulJobsHistoryLimit = spec.SuccessfulJobsHistoryLimit ?? CronJobDefaults.SuccessfulJobsHistoryLimit,
            FailedJobsHistoryLimit = spec.FailedJobsHistoryLimit ?? CronJobDefaults.FailedJobsHistoryLimit,
            Job = Build(name, cronJob.Metadata?.NamespaceProperty, spec.JobTemplate?.Spec ?? new V1JobSpec(), true),
        };
    }

    private static JobFacts Build(string name, string? @namespace, V1JobSpec spec, bool isCronJobTemplate)
    {
        var completions = JobDefaults.Completions(spec);
        var parallelism = JobDefaults.Parallelism(spec);
        var backoffLimit = JobDefaults.BackoffLimitOf(spec);
        var retries = spec.BackoffLimitPerIndex ?? backoffLimit;
        var delays = Backoff.Delays(retries);
        var pod = spec.Template?.Spec;
        List<EnvFacts> env = [.. JobDefaults.Containers(pod, "").SelectMany(c => Env(c.Container))];
        return new JobFacts
        {
            Name = name,
            Namespace = @namespace,
            IsCronJobTemplate = isCronJobTemplate,
            Containers = [.. JobDefaults.Containers(pod, "").Select(c => Container(c.Container, c.IsInit))],
            IsIndexed = JobDefaults.IsIndexed(spec),
            Completions = completions,
            Parallelism = parallelism,
            PodsAtOnce = completions is { } c ? Math.Min(parallelism, c) : parallelism,
            Suspended = spec.Suspend == true,
            RestartPolicy = JobDefaults.RestartPolicy(spec),
            BackoffLimit = backoffLimit,
            BackoffLimitIsDefault = spec.BackoffLimit is null,
            BackoffLimitPerIndex = spec.BackoffLimitPerIndex,
            MaxFailedIndexes = spec.MaxFailedIndexes,
            RetryDelays = [.. delays.Select(DurationText.Short)],
            MoreRetriesThanListed = retries > delays.Count,
            RetryDelayFirst = DurationText.Words(Backoff.BaseSeconds),
            RetryDelayMax = DurationText.Words(Backoff.CapSeconds),
            RetryDelayMaxShort = DurationText.Short(Backoff.CapSeconds),
            RestartDelayFirst = DurationText.Words(Backoff.RestartBaseSeconds),
            RestartDelayMax = DurationText.Words(Backoff.RestartCapSeconds),
            PodReplacementPolicy = JobDefaults.PodReplacementPolicy(spec),
            ActiveDeadlineSeconds = spec.ActiveDeadlineSeconds,
            ActiveDeadline = spec.ActiveDeadlineSeconds is { } deadline ? DurationText.Words(deadline) : null,
            PodFailureRules = PolicyText.PodFailureRules(spec.PodFailurePolicy),
            SuccessRules = PolicyText.SuccessRules(spec.SuccessPolicy),
            TtlSecondsAfterFinished = spec.TtlSecondsAfterFinished,
            Ttl = spec.TtlSecondsAfterFinished is { } ttl ? DurationText.Words(ttl) : null,
            ManagedBy = spec.ManagedBy is { } managedBy && !string.Equals(managedBy, JobDefaults.BuiltInController, StringComparison.Ordinal)
                ? managedBy
                : null,
            Env = env,
            RequiredConfigMaps = Required(env, "configMap"),
            RequiredSecrets = Required(env, "secret"),
        };
    }

    private static List<string> Required(List<EnvFacts> env, string kind) =>
        [.. env.Where(e => !e.Optional && e.From is not null && e.Source.StartsWith(kind, StringComparison.Ordinal))
            .Select(e => e.From!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static ContainerFacts Container(V1Container container, bool isInit)
    {
        var command = (container.Command ?? []).Concat(container.Args ?? []).ToList();
        var isScript = command.Count == 3 && command[0] is "sh" or "bash" or "/bin/sh" or "/bin/bash" && command[1] == "-c";
        return new ContainerFacts
        {
            Name = container.Name ?? "",
            Image = container.Image ?? "",
            Role = !isInit ? "main" : JobDefaults.IsSidecar(container) ? "sidecar" : "init",
            Script = isScript ? CredentialValues.MaskUrlPasswords(command[2].TrimEnd('\n')) : null,
            Shell = isScript ? command[0] : null,
            Fence = isScript ? Fence(command[2]) : "```",
            CommandLine = isScript || command.Count == 0 ? null : CredentialValues.MaskUrlPasswords(string.Join(' ', command.Select(Quote))),
            ImageIsMutable = ImageReference.Parse(container.Image ?? "").IsMutable,
        };
    }

    private static string Fence(string script)
    {
        var longest = 0;
        var run = 0;
        foreach (var ch in script)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    private static string Quote(string word) =>
        word.Length > 0 && word.All(ch => char.IsAsciiLetterOrDigit(ch) || "-_./=:,@%+".Contains(ch, StringComparison.Ordinal))
            ? word
            : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    private static IEnumerable<EnvFacts> Env(V1Container container)
    {
        var name = container.Name ?? "";
        foreach (var import in container.EnvFrom ?? [])
        {
            var isSecret = import.SecretRef is not null;
            yield return new EnvFacts
            {
                Container = name,
                Source = isSecret ? "secret" : "configMap",
                From = isSecret ? import.SecretRef!.Name : import.ConfigMapRef?.Name,
                Prefix = import.Prefix,
                Optional = (isSecret ? import.SecretRef!.Optional : import.ConfigMapRef?.Optional) == true,
            };
        }

        foreach (var env in container.Env ?? [])
        {
            yield return Var(name, env);
        }
    }

    private static EnvFacts Var(string container, V1EnvVar env)
    {
        var facts = new EnvFacts { Container = container, Name = env.Name, Source = "value" };
        return env.ValueFrom switch
        {
            { ConfigMapKeyRef: { } cm } => facts with { Source = "configMapKey", From = cm.Name, Key = cm.Key, Optional = cm.Optional == true },
            { SecretKeyRef: { } sk } => facts with { Source = "secretKey", From = sk.Name, Key = sk.Key, Optional = sk.Optional == true },
            { FieldRef: { } field } => facts with { Source = "field", From = field.FieldPath },
            { ResourceFieldRef: { } resource } => facts with { Source = "resource", From = resource.Resource },
            _ when CredentialNames.LooksLikeCredential(env.Name ?? "") && !string.IsNullOrEmpty(env.Value) => facts with { Hidden = true },
            _ => facts with { Value = EchoText.Of(env.Value ?? "") },
        };
    }
}
