namespace JobSharp;

/// <summary>The status a pod condition must have for a <see cref="PodFailureRule"/> to match.</summary>
public enum PodConditionStatus
{
    /// <summary>The condition holds (the usual case, and the server's default).</summary>
    True,

    /// <summary>The condition does not hold.</summary>
    False,

    /// <summary>The condition's state is unknown.</summary>
    Unknown,
}
