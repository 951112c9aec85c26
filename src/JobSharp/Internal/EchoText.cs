using System.Globalization;
using JobSharp.KubernetesRules;

namespace JobSharp.Internal;

/// <summary>
/// The one way messages echo a name or value from the input: URL passwords masked, long texts cut to their first
/// <see cref="Kept"/> characters and their length (<c>aaaa... (1048576 characters)</c>), so a 1 MB name gives a
/// short line, not 1 MB of standard error.
/// </summary>
internal static class EchoText
{
    /// <summary>Texts up to this length are echoed whole.</summary>
    public const int MaxWhole = 80;

    /// <summary>How many characters of a longer text are echoed.</summary>
    public const int Kept = 60;

    /// <summary><paramref name="text"/> as a message may show it.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = CredentialValues.MaskUrlPasswords(text);
        if (masked.Length <= MaxWhole)
        {
            return masked;
        }

        // Never cut a surrogate pair in two: half a character is not text.
        var kept = char.IsHighSurrogate(masked[Kept - 1]) ? Kept - 1 : Kept;
        return string.Concat(masked.AsSpan(0, kept), "... (", masked.Length.ToString(CultureInfo.InvariantCulture), " characters)");
    }

    /// <summary><paramref name="text"/> as a message may show it, or <see cref="CredentialValues.Mask"/> when it is a credential.</summary>
    public static string Of(string text, bool isCredential) => isCredential ? CredentialValues.Mask : Of(text);
}
