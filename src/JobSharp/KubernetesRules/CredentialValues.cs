using System.Text;

namespace JobSharp.KubernetesRules;

/// <summary>
/// Recognises credentials inside values: the password of a URL with user information
/// (<c>postgres://app:pw@db/app</c>), masked as <c>postgres://app:****@db/app</c>.
/// </summary>
/// <remarks>
/// A hand-written scan rather than a regular expression: it reads each character a bounded number of times, so a
/// 16 MiB value costs linear time.
/// </remarks>
internal static class CredentialValues
{
    /// <summary>What is printed instead of a credential.</summary>
    public const string Mask = "****";

    private static readonly char[] UserEnd = [':', '@'];

    /// <summary>True when <paramref name="text"/> holds a URL with a non-empty password.</summary>
    public static bool HasUrlPassword(string? text) => !string.IsNullOrEmpty(text) && Passwords(text).Any();

    /// <summary><paramref name="text"/> with the password of every URL in it replaced by <see cref="Mask"/>; the rest is kept.</summary>
    public static string MaskUrlPasswords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? masked = null;
        var copied = 0;
        foreach (var (start, end) in Passwords(text))
        {
            masked ??= new StringBuilder(text.Length);
            masked.Append(text, copied, start - copied).Append(Mask);
            copied = end;
        }

        return masked is null ? text : masked.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// The password of each <c>scheme://user:password@host</c>: after the first colon of the user information, up to
    /// the last <c>@</c> before the host ends (at <c>/</c>, <c>?</c>, <c>#</c> or white space), so a password with an
    /// unescaped <c>@</c> is masked whole.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Passwords(string text)
    {
        for (var mark = text.IndexOf("://", StringComparison.Ordinal); mark >= 0; mark = text.IndexOf("://", mark + 3, StringComparison.Ordinal))
        {
            if (!HasScheme(text, mark))
            {
                continue;
            }

            var authority = mark + 3;
            var end = authority;
            while (end < text.Length && text[end] is not ('/' or '?' or '#') && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var at = text.LastIndexOf('@', end - 1, end - authority);
            var colon = at < 0 ? -1 : text.IndexOfAny(UserEnd, authority, at - authority);
            if (colon >= 0 && text[colon] == ':' && colon + 1 < at)
            {
                yield return (colon + 1, at);
            }
        }
    }

    /// <summary>A scheme (a letter, then letters, digits, <c>+</c>, <c>-</c> or <c>.</c>) ends at <paramref name="mark"/>.</summary>
    private static bool HasScheme(string text, int mark)
    {
        for (var i = mark - 1; i >= 0 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'); i--)
        {
            if (char.IsAsciiLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
