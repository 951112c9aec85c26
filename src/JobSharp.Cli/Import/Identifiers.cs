using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace JobSharp.Cli.Import;

/// <summary>C# names for Kubernetes names: <c>db-migration</c> is <c>DbMigration</c>, each given out once per file.</summary>
internal sealed class Identifiers
{
    private static readonly FrozenSet<string> Reserved = new[]
    {
        "All", "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Reserves <paramref name="name"/> (the class's own name, for example).</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>
    /// The first free name of <paramref name="candidates"/> (each PascalCased), or the last one with 2, 3, ... appended.
    /// The same input in the same order always gives the same names.
    /// </summary>
    public string Allocate(params IEnumerable<string> candidates)
    {
        var names = candidates.Select(Pascal).ToList();
        foreach (var name in names)
        {
            if (_used.Add(name))
            {
                return name;
            }
        }

        for (var i = 2; ; i++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{names[^1]}{i}");
            if (_used.Add(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary><c>db-migration.v2</c> → <c>DbMigrationV2</c>; a name that starts with a digit gets a leading underscore.</summary>
    public static string Pascal(string text)
    {
        var result = new StringBuilder(text.Length);
        var upper = true;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        var name = result.Length == 0 ? "Manifest" : result.ToString();
        return char.IsAsciiDigit(name[0]) || Reserved.Contains(name) ? "_" + name : name;
    }

    /// <summary>True when <paramref name="name"/> is a C# identifier (ASCII letters, digits and underscores, not a keyword).</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !(Reserved.Contains(name) && name != "All");
}
