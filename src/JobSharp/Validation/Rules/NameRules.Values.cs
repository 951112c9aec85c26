using System.Text.RegularExpressions;

namespace JobSharp.Validation.Rules;

/// <summary>The value checks of the core API: environment variable names, config keys and port names and numbers.</summary>
internal static partial class NameRules
{
    public const string EnvVarNameMessage =
        "a valid environment variable name must consist only of printable ASCII characters other than '='";

    public const string ConfigKeyMessage =
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    public const string PortRangeMessage = "must be between 1 and 65535, inclusive";

    /// <summary>The relaxed environment variable name rule (GA in 1.34): printable ASCII other than '='.</summary>
    public static List<string> EnvVarName(string value) =>
        value.All(c => c is >= ' ' and <= '~' and not '=') ? [] : [EnvVarNameMessage];

    /// <summary><c>IsConfigMapKey</c>: a file-name-like key of a ConfigMap or Secret.</summary>
    public static List<string> ConfigKey(string value)
    {
        var errors = new List<string>();
        if (value.Length > 253)
        {
            errors.Add("must be no more than 253 characters");
        }

        if (!ConfigKeyRegex().IsMatch(value))
        {
            errors.Add(ConfigKeyMessage);
        }

        if (value == ".")
        {
            errors.Add("must not be '.'");
        }
        else if (value == "..")
        {
            errors.Add("must not be '..'");
        }
        else if (value.StartsWith("..", StringComparison.Ordinal))
        {
            errors.Add("must not start with '..'");
        }

        return errors;
    }

    /// <summary><c>IsValidPortName</c>: an IANA service name.</summary>
    public static List<string> PortName(string value)
    {
        var errors = new List<string>();
        if (value.Length > 15)
        {
            errors.Add("must be no more than 15 characters");
        }

        if (!value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || value.Length == 0)
        {
            errors.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!value.Any(c => c is >= 'a' and <= 'z'))
        {
            errors.Add("must contain at least one letter (a-z)");
        }

        if (value.Contains("--", StringComparison.Ordinal))
        {
            errors.Add("must not contain consecutive hyphens");
        }

        if (value.Length > 0 && (value[0] == '-' || value[^1] == '-'))
        {
            errors.Add("must not begin or end with a hyphen");
        }

        return errors;
    }

    /// <summary>Whether <paramref name="port"/> is a valid port number (1 to 65535).</summary>
    public static bool IsPortNumber(int port) => port is >= 1 and <= 65535;

    [GeneratedRegex(@"^[-._a-zA-Z0-9]+\z")]
    private static partial Regex ConfigKeyRegex();
}
