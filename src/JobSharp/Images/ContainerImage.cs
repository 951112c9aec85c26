using JobSharp.Internal;
using JobSharp.KubernetesRules;

namespace JobSharp;

/// <summary>
/// A container image reference, parsed into its parts: <c>[registry/]repository[:tag][@digest]</c>. It renders
/// exactly as written. A string converts implicitly, so <c>AddContainer("app", "busybox:1.36", ...)</c> works.
/// </summary>
/// <example><code>
/// var image = ContainerImage.Parse("ghcr.io/acme/backup:2.1@sha256:0123...");
/// bool pinned = image.Digest is not null;
/// </code></example>
public sealed record ContainerImage
{
    private ContainerImage(string reference, string? registry, string repository, string? tag, string? digest)
    {
        Reference = reference;
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>The reference as written, such as <c>ghcr.io/acme/app:1.2</c>.</summary>
    public string Reference { get; }

    /// <summary>The registry host (<c>ghcr.io</c>, <c>localhost:5000</c>), or null for the default registry.</summary>
    public string? Registry { get; }

    /// <summary>The repository path, such as <c>acme/app</c> or <c>busybox</c>; empty only for an empty reference.</summary>
    public string Repository { get; }

    /// <summary>The tag, such as <c>1.2</c>, or null when none is written (the runtime then uses <c>latest</c>).</summary>
    public string? Tag { get; }

    /// <summary>The digest, such as <c>sha256:0123...</c>, or null when the image is not pinned.</summary>
    public string? Digest { get; }

    /// <summary>True when the image names a version: a tag other than <c>latest</c>, or a digest.</summary>
    public bool IsPinned => Digest is not null || (Tag is not null && Tag != "latest");

    /// <summary>
    /// Parses an image reference. An empty reference is kept as it is, with an empty repository, so that
    /// validation reports the missing image (<c>containers[i].image: Required value</c>) together with every other
    /// problem of the Job.
    /// </summary>
    /// <param name="reference">The reference, such as <c>busybox</c>, <c>busybox:1.36</c> or <c>ghcr.io/acme/app@sha256:...</c>.</param>
    /// <returns>The parsed image.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> has whitespace, or a part is malformed.</exception>
    public static ContainerImage Parse(string reference)
    {
        Guard.NotNull(reference);
        if (reference.Length == 0)
        {
            return new ContainerImage(reference, null, string.Empty, null, null);
        }

        if (ImageReference.Problem(reference) is { } problem)
        {
            throw Bad(reference, problem);
        }

        var parts = ImageReference.Parse(reference);
        return new ContainerImage(reference, parts.Registry, parts.Repository, parts.Tag, parts.Digest);
    }

    /// <summary>Parses an image reference without throwing, for images read from YAML (lint, explain).</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="image">The parsed image, when the reference is one.</param>
    /// <returns>True when <paramref name="reference"/> is a well-formed, non-empty image reference.</returns>
    public static bool TryParse(string? reference, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ContainerImage? image)
    {
        image = null;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        try
        {
            image = Parse(reference);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The same repository with another tag (any digest is dropped).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>A new image.</returns>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is null or empty.</exception>
    public ContainerImage WithTag(string tag) => Parse($"{Prefix()}:{Guard.NotEmpty(tag)}");

    /// <summary>The same repository and tag, pinned to a digest.</summary>
    /// <param name="digest">The digest, such as <c>sha256:0123...</c>.</param>
    /// <returns>A new image.</returns>
    /// <exception cref="ArgumentException"><paramref name="digest"/> is null, empty or malformed.</exception>
    public ContainerImage WithDigest(string digest) =>
        Parse(Tag is null ? $"{Prefix()}@{Guard.NotEmpty(digest)}" : $"{Prefix()}:{Tag}@{Guard.NotEmpty(digest)}");

    /// <summary>Parses an image reference; see <see cref="Parse"/>.</summary>
    /// <param name="reference">The reference.</param>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not an image reference.</exception>
    public static implicit operator ContainerImage(string reference) => Parse(reference);

    /// <inheritdoc />
    public override string ToString() => Reference;

    private string Prefix() => Registry is null ? Repository : $"{Registry}/{Repository}";

    private static ArgumentException Bad(string reference, string why) =>
        Guard.Invalid($"'{reference}' is not an image reference: {why}.", nameof(reference));
}
