namespace JobSharp;

/// <summary>The effect of a node taint that a <see cref="Toleration"/> tolerates.</summary>
public enum TaintEffect
{
    /// <summary>New pods are not scheduled onto the node.</summary>
    NoSchedule,

    /// <summary>The scheduler tries to avoid the node.</summary>
    PreferNoSchedule,

    /// <summary>Pods are not scheduled, and running pods that do not tolerate the taint are evicted.</summary>
    NoExecute,
}
