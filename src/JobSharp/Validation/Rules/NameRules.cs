using System.Text;
using System.Text.RegularExpressions;

namespace JobSharp.Validation.Rules;

/// <summary>
/// The apimachinery name checks (<c>IsDNS1123Label</c>, <c>IsDNS1123Subdomain</c>, <c>IsLabelKey</c>,
/// <c>IsValidLabelValue</c>, ...): each returns the API server's messages, empty when the value is valid.
/// </summary>
internal static partial class NameRules
{
    public const string Dns1123LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    public const string Dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    public const string NamePartMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    public const string LabelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    public const string EnvVarNameMessage =
        "a valid environment variable name must consist only of printable ASCII characters other than '='";

    public const string ConfigKeyMessage =
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    public const string PortRangeMessage = "must be between 1 and 65535, inclusive";

    /// <summary><c>IsDNS1123Label</c>: at most 63 characters, lower-case alphanumerics and '-'.</summary>
    public static List<string> Dns1123Label(string value)
    {
        var errors = new List<string>();
        if (value.Length > 63)
        {
            errors.Add("must be no more than 63 characters");
        }

        if (!LabelRegex().IsMatch(value))
        {
            errors.Add(SubdomainRegex().IsMatch(value) ? "must not contain dots" : Dns1123LabelMessage);
        }

        return errors;
    }

    /// <summary><c>IsDNS1123Subdomain</c>: at most 253 characters, dot-separated DNS labels.</summary>
    public static List<string> Dns1123Subdomain(string value)
    {
        var errors = new List<string>();
        if (value.Length > 253)
        {
            errors.Add("must be no more than 253 characters");
        }

        if (!SubdomainRegex().IsMatch(value))
        {
            errors.Add(Dns1123SubdomainMessage);
        }

        return errors;
    }

    /// <summary>
    /// A DNS subdomain used as a name prefix (<c>generateName</c>): a trailing '-' is allowed because a random
    /// suffix follows it.
    /// </summary>
    public static List<string> Dns1123SubdomainPrefix(string value) =>
        Dns1123Subdomain(value.Length > 1 && value[^1] == '-' ? value[..^1] + "a" : value);

    /// <summary>The 1.35 <c>IsLabelKey</c>/<c>IsQualifiedName</c>: an optional DNS-subdomain prefix and '/', then a name part.</summary>
    public static List<string> QualifiedName(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                name = parts[1];
                if (parts[0].Length == 0)
                {
                    errors.Add("prefix part must be non-empty");
                }
                else
                {
                    if (Bytes(parts[0]) > 253)
                    {
                        errors.Add("prefix part must be no more than 253 bytes");
                    }

                    if (!SubdomainRegex().IsMatch(parts[0]))
                    {
                        errors.Add("prefix part " + Dns1123SubdomainMessage);
                    }
                }

                break;
            default:
                errors.Add("a valid label key " + NamePartMessage + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errors;
        }

        if (name.Length == 0)
        {
            errors.Add("name part must be non-empty");
        }
        else if (Bytes(name) > 63)
        {
            errors.Add("name part must be no more than 63 bytes");
        }

        if (!NamePartRegex().IsMatch(name))
        {
            errors.Add("name part " + NamePartMessage);
        }

        return errors;
    }

    /// <summary><c>IsValidLabelValue</c>: empty, or at most 63 bytes of alphanumerics, '-', '_' and '.'.</summary>
    public static List<string> LabelValue(string value)
    {
        var errors = new List<string>();
        if (Bytes(value) > 63)
        {
            errors.Add("must be no more than 63 bytes");
        }

        if (!LabelValueRegex().IsMatch(value))
        {
            errors.Add(LabelValueMessage);
        }

        return errors;
    }

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

    public static int Bytes(string value) => Encoding.UTF8.GetByteCount(value);

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex SubdomainRegex();

    [GeneratedRegex(@"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z")]
    private static partial Regex NamePartRegex();

    [GeneratedRegex(@"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?\z")]
    private static partial Regex LabelValueRegex();

    [GeneratedRegex(@"^[-._a-zA-Z0-9]+\z")]
    private static partial Regex ConfigKeyRegex();
}
