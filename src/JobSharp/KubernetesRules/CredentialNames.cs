using System.Text;

namespace JobSharp.KubernetesRules;

/// <summary>
/// The one list of names that hold credentials (<c>DB_PASSWORD</c>, <c>PGPASSWORD</c>, <c>apiKey</c>,
/// <c>GITHUB_TOKEN</c>), used by lint, explain, load and validation messages and diff; its values are never printed.
/// The rules are documented in docs/lint.md (JS4006); <see cref="CredentialValues"/> covers values.
/// </summary>
internal static class CredentialNames
{
    private static readonly string[] Words =
        ["password", "passwd", "pwd", "passphrase", "token", "secret", "credential", "credentials", "apikey", "privatekey", "accesskey", "secretkey", "auth"];

    /// <summary>Words that also count at the end of a longer word: <c>PGPASSWORD</c>, <c>MYSQLPWD</c>, <c>GHTOKEN</c>.</summary>
    private static readonly string[] Endings =
        ["password", "passwd", "pwd", "passphrase", "token", "secret", "credentials", "apikey", "privatekey", "accesskey", "secretkey"];

    /// <summary>The shell's working directories, set by every shell: not passwords.</summary>
    private static readonly string[] ShellNames = ["pwd", "oldpwd"];

    private static readonly (string, string)[] Pairs =
        [("api", "key"), ("private", "key"), ("access", "key"), ("secret", "key"), ("client", "secret"), ("signing", "key"), ("encryption", "key")];

    /// <summary>Names that point at a credential rather than hold one: <c>PASSWORD_FILE</c>, <c>TOKEN_PATH</c>, <c>SECRET_NAME</c>.</summary>
    private static readonly string[] Pointers = ["file", "path", "dir", "name", "ref", "id", "url", "uri", "endpoint", "length", "len", "ttl", "expiry", "enabled", "type", "header"];

    /// <summary>True when <paramref name="name"/> looks like the name of a credential.</summary>
    public static bool LooksLikeCredential(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = Split(name);
        // A lone PWD or OLDPWD is the shell's working directory, not a password.
        if (words.Count == 0 || Pointers.Contains(words[^1], StringComparer.Ordinal)
            || (words.Count == 1 && ShellNames.Contains(words[0], StringComparer.Ordinal)))
        {
            return false;
        }

        if (words.Any(w => Words.Contains(w, StringComparer.Ordinal) || Endings.Any(e => w.EndsWith(e, StringComparison.Ordinal))))
        {
            return true;
        }

        // The first word of a pair may end a longer word too: PGAPI_KEY, AwsApiKey.
        return words.Zip(words.Skip(1)).Any(p => Pairs.Any(pair => p.First.EndsWith(pair.Item1, StringComparison.Ordinal) && p.Second == pair.Item2));
    }

    /// <summary>Splits <c>DB_PASSWORD</c>, <c>db-password</c> and <c>dbPassword</c> into lower-case words.</summary>
    internal static List<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsAsciiLetterUpper(c) && current.Length > 0
                && (char.IsAsciiLetterLower(name[i - 1]) || (i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]) && char.IsAsciiLetterUpper(name[i - 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
