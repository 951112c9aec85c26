namespace JobSharp.KubernetesRules;

/// <summary>
/// The parts of a container image reference (<c>[registry/]repository[:tag][@digest]</c>), read the way the
/// kubelet and the API server's defaulting read them. <see cref="Parse"/> never fails: it splits any text, and
/// <see cref="Problem"/> says what makes it an invalid reference. The DSL's <c>ContainerImage</c>, validation's
/// pull-policy default, lint and explain all read images through it.
/// </summary>
/// <param name="Registry">The registry host, such as <c>ghcr.io</c> or <c>localhost:5000</c>, or null (Docker Hub).</param>
/// <param name="Repository">The repository path, such as <c>acme/app</c>.</param>
/// <param name="Tag">The tag after the last <c>:</c> of the last path part, or null.</param>
/// <param name="Digest">The digest after <c>@</c>, such as <c>sha256:0123…</c>, or null.</param>
internal readonly record struct ImageReference(string? Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>True when the image can change under the same reference: no digest, and no tag or <c>latest</c>.</summary>
    public bool IsMutable => Digest is null && (Tag is null || string.Equals(Tag, "latest", StringComparison.Ordinal));

    /// <summary>Splits <paramref name="image"/> into its parts; never throws.</summary>
    public static ImageReference Parse(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var digest = at >= 0 ? image[(at + 1)..] : null;
        var rest = at >= 0 ? image[..at] : image;
        string? registry = null;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && IsRegistry(rest[..slash]))
        {
            registry = rest[..slash];
            rest = rest[(slash + 1)..];
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 && colon > rest.LastIndexOf('/')
            ? new ImageReference(registry, rest[..colon], rest[(colon + 1)..], digest)
            : new ImageReference(registry, rest, null, digest);
    }

    /// <summary>What makes <paramref name="image"/> an invalid reference, or null when it is a valid one.</summary>
    public static string? Problem(string image)
    {
        if (image.Any(char.IsWhiteSpace))
        {
            return "it contains whitespace";
        }

        var parts = Parse(image);
        if (parts.Digest is { } digest && !IsDigest(digest))
        {
            return "a digest is written algorithm:hex, such as sha256:0123...";
        }

        if (parts.Tag is { Length: 0 })
        {
            return "the tag after ':' is empty";
        }

        var repository = parts.Repository;
        return repository.Length == 0 || repository.StartsWith('/') || repository.EndsWith('/') || repository.Contains("//", StringComparison.Ordinal)
            ? "the repository is missing or has an empty path part"
            : null;
    }

    /// <summary>A digest is <c>algorithm:hex</c>, both parts non-empty.</summary>
    private static bool IsDigest(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < digest.Length - 1;
    }

    /// <summary>A first path part names a registry when it has a dot or a port, or is <c>localhost</c>.</summary>
    private static bool IsRegistry(string first) =>
        first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost";
}
