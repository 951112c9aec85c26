using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

public sealed partial class Job
{
    private sealed record State
    {
        public required string Name { get; init; }

        public string? Namespace { get; init; }

        public ImmutableSortedDictionary<string, string> Labels { get; init; } = Maps.Empty;

        public ImmutableSortedDictionary<string, string> Annotations { get; init; } = Maps.Empty;

        public int? Completions { get; init; }

        public int? Parallelism { get; init; }

        public long? ActiveDeadlineSeconds { get; init; }

        public int? TtlSecondsAfterFinished { get; init; }

        public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

        public CompletionMode? CompletionMode { get; init; }

        public IndexedCompletion Indexed { get; init; } = IndexedCompletion.Default;

        public LabelSelector? Selector { get; init; }

        public bool? Suspend { get; init; }

        public PodReplacementPolicy? PodReplacementPolicy { get; init; }

        public string? ManagedBy { get; init; }

        public ImmutableSortedDictionary<string, string> PodLabels { get; init; } = Maps.Empty;

        public ImmutableSortedDictionary<string, string> PodAnnotations { get; init; } = Maps.Empty;

        public ImmutableList<Volume> Volumes { get; init; } = [];

        public ImmutableList<Container> InitContainers { get; init; } = [];

        public ImmutableList<Container> Containers { get; init; } = [];

        public long? TerminationGracePeriodSeconds { get; init; }

        public ImmutableSortedDictionary<string, string> NodeSelector { get; init; } = Maps.Empty;

        public string? ServiceAccountName { get; init; }

        public bool? AutomountServiceAccountToken { get; init; }

        public PodSecurityContext? PodSecurity { get; init; }

        public bool HardenContainers { get; init; }

        public ImmutableList<string> ImagePullSecrets { get; init; } = [];

        public NodeAffinity? NodeAffinity { get; init; }

        public ImmutableList<Toleration> Tolerations { get; init; } = [];

        public string? PriorityClassName { get; init; }

        public ImmutableList<Action<V1Job>> Customizations { get; init; } = [];
    }
}
