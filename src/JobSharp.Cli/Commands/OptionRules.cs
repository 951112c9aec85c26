using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace JobSharp.Cli.Commands;

/// <summary>
/// Checks of option values that fail as one usage line in the user's terms, naming the option as it was typed:
/// <c>--format: "xml" is not one of yaml, json</c>, <c>-o out.yaml: is a file, not a folder</c>.
/// </summary>
internal static class OptionRules
{
    /// <summary>Accepts only one of <paramref name="values"/>; a wrong one names them all and the nearest.</summary>
    public static void AcceptOnly(Option option, params string[] values)
    {
        option.HelpName = string.Join('|', values);
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(t => t.Value).Where(v => !values.Contains(v, StringComparer.Ordinal)))
            {
                var message = $"{Name(result)}: \"{value}\" is not one of {string.Join(", ", values)}";
                result.AddError(Suggestions.Nearest(value, values) is { } near ? $"{message}; did you mean {near}?" : message);
            }
        });
    }

    /// <summary>Parses a folder to write into: not empty, not a file, not under a file.</summary>
    public static DirectoryInfo? Folder(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var name = Name(result.Parent);
        if (value.Length == 0)
        {
            result.AddError($"{name} needs a folder name, not an empty string");
            return null;
        }

        try
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(value));
            for (var path = full; path is not null; path = Path.GetDirectoryName(path))
            {
                if (File.Exists(path))
                {
                    var what = path == full ? string.Empty : $"{path} ";
                    result.AddError($"{name} {value}: {what}is a file, not a folder");
                    return null;
                }

                if (Directory.Exists(path))
                {
                    break;
                }
            }

            return new DirectoryInfo(value);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException)
        {
            result.AddError($"{name}: \"{value}\" is not a valid folder name");
            return null;
        }
    }

    /// <summary>Parses a whole number that is zero or more.</summary>
    public static int? Count(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        result.AddError($"{Name(result.Parent)}: \"{value}\" is not a whole number");
        return null;
    }

    /// <summary>The option as it was typed (<c>-o</c> or <c>--output</c>).</summary>
    public static string Name(SymbolResult? result) => result switch
    {
        OptionResult option => option.IdentifierToken?.Value ?? option.Option.Name,
        _ => "the value",
    };
}
