namespace JobSharp.Explaining;

/// <summary>One container of a Job's pod, as explain describes it.</summary>
public sealed record ContainerFacts
{
    /// <summary>The container's name.</summary>
    public required string Name { get; init; }

    /// <summary>The image reference.</summary>
    public required string Image { get; init; }

    /// <summary><c>init</c> (runs to completion before the others), <c>sidecar</c> (an init container with restartPolicy Always) or <c>main</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The script when the command is <c>sh -c SCRIPT</c> (or bash), without a trailing newline; null otherwise.</summary>
    public string? Script { get; init; }

    /// <summary>The Markdown fence for <see cref="Script"/>: three backticks, or more when the script contains a run of them.</summary>
    public string Fence { get; init; } = "```";

    /// <summary>The shell that runs <see cref="Script"/>, such as <c>sh</c>; null when there is no script.</summary>
    public string? Shell { get; init; }

    /// <summary>Command and args as one line, each word quoted where needed; null when neither is set (the image's entrypoint runs).</summary>
    public string? CommandLine { get; init; }

    /// <summary>True when the image has no digest and no tag or <c>latest</c>, so it can change between pods.</summary>
    public bool ImageIsMutable { get; init; }
}
