using JobSharp.KubernetesRules;

namespace JobSharp.Linting;

/// <summary>
/// What JobSharp treats as a credential, for code that shows manifests to people (as explain, lint messages and the
/// cluster diff do): the value of an env var whose name looks like a credential (<c>DB_PASSWORD</c>,
/// <c>PGPASSWORD</c>, <c>apiKey</c>; the rules of lint rule JS4006 in docs/lint.md), and the password of a URL
/// (<c>postgres://app:pw@db/app</c>).
/// </summary>
public static class CredentialMasking
{
    /// <summary>What is shown instead of a credential: <c>****</c>.</summary>
    public const string Mask = CredentialValues.Mask;

    /// <summary>True when <paramref name="name"/> looks like the name of a credential, such as <c>DB_PASSWORD</c>.</summary>
    /// <param name="name">An env var name, label key or similar; null or empty is not a credential.</param>
    /// <returns>Whether a value under this name must not be shown.</returns>
    public static bool IsCredentialName(string? name) => CredentialNames.LooksLikeCredential(name);

    /// <summary>The text with the password of every URL in it replaced by <see cref="Mask"/>; the rest is kept.</summary>
    /// <param name="text">Any text, such as an env value or a command line.</param>
    /// <returns><c>postgres://app:****@db/app</c> for <c>postgres://app:pw@db/app</c>; the text itself when it has no such URL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string MaskUrlPasswords(string text) => CredentialValues.MaskUrlPasswords(text);
}
