using System.Text;

namespace JobSharp.Linting;

/// <summary>Recognises environment variable names that hold credentials: <c>DB_PASSWORD</c>, <c>apiKey</c>, <c>GITHUB_TOKEN</c>.</summary>
internal static class CredentialNames
{
    private static readonly string[] Words =
        ["password", "passwd", "pwd", "passphrase", "token", "secret", "credential", "credentials", "apikey", "privatekey", "accesskey", "secretkey", "auth"];

    private static readonly (string, string)[] Pairs =
        [("api", "key"), ("private", "key"), ("access", "key"), ("secret", "key"), ("client", "secret"), ("signing", "key"), ("encryption", "key")];

    /// <summary>Names that point at a credential rather than hold one: <c>PASSWORD_FILE</c>, <c>TOKEN_PATH</c>, <c>SECRET_NAME</c>.</summary>
    private static readonly string[] Pointers = ["file", "path", "dir", "name", "ref", "id", "url", "uri", "endpoint", "length", "len", "ttl", "expiry", "enabled", "type", "header"];

    public static bool LooksLikeCredential(string name)
    {
        var words = Split(name);
        // A lone PWD is the shell's working directory, not a password.
        if (words.Count == 0 || Pointers.Contains(words[^1], StringComparer.Ordinal) || words is ["pwd"])
        {
            return false;
        }

        if (words.Any(w => Words.Contains(w, StringComparer.Ordinal)))
        {
            return true;
        }

        return words.Zip(words.Skip(1)).Any(p => Pairs.Contains((p.First, p.Second)));
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
