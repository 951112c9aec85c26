namespace JobSharp.Explaining;

/// <summary>The parts of an image reference that matter for pinning: its tag and digest.</summary>
internal readonly record struct ImageReference(string Repository, string? Tag, string? Digest)
{
    /// <summary>True when the image can change under the same reference: no digest, and no tag or <c>latest</c>.</summary>
    public bool IsMutable => Digest is null && (Tag is null || string.Equals(Tag, "latest", StringComparison.Ordinal));

    public static ImageReference Parse(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var digest = at >= 0 ? image[(at + 1)..] : null;
        var name = at >= 0 ? image[..at] : image;
        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        return colon > slash
            ? new ImageReference(name[..colon], name[(colon + 1)..], digest)
            : new ImageReference(name, null, digest);
    }
}
