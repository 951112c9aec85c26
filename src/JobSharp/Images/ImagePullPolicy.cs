namespace JobSharp;

/// <summary>When the kubelet pulls a container's image (<c>imagePullPolicy</c>).</summary>
public enum ImagePullPolicy
{
    /// <summary>Pull every time a container starts; the server's default for <c>latest</c> or untagged images.</summary>
    Always,

    /// <summary>Pull only when the node does not have the image; the server's default for tagged images.</summary>
    IfNotPresent,

    /// <summary>Never pull; the image must already be on the node.</summary>
    Never,
}
