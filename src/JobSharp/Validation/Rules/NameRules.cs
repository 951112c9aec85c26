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

    public static int Bytes(string value) => Encoding.UTF8.GetByteCount(value);

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex SubdomainRegex();

    [GeneratedRegex(@"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z")]
    private static partial Regex NamePartRegex();

    [GeneratedRegex(@"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?\z")]
    private static partial Regex LabelValueRegex();
}
