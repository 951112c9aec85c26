using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using JobSharp.Cli.Templates;
using Scriban;
using Scriban.Runtime;

namespace JobSharp.Cli.Import;

/// <summary>
/// Writes an <see cref="ImportedFile"/> as C# through the Scriban templates in <c>templates/import</c>, embedded in
/// this assembly as <c>import/*.sbn</c>: the importer decides what the code says, the templates how it is laid out.
/// </summary>
internal static class ImportRenderer
{
    private static readonly EmbeddedTemplates Templates = new("import");
    private static readonly Lazy<Template> FileTemplate = new(() => Templates.Parse("file.sbn"));

    /// <summary>The C# text: <c>\n</c> line endings, no trailing spaces, one final newline.</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ImportedFile))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ImportedManifest))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ImportCall))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ImportLambda))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ImportField))]
    public static string Render(ImportedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var context = new TemplateContext
        {
            TemplateLoader = Templates,
            StrictVariables = true,
            NewLine = "\n",
            // The templates are ours and walk lists whose lengths the input bounds; see ExplainRenderer.
            LoopLimit = int.MaxValue,
            LimitToString = 0,
            OutputLimit = 0,
            RecursiveLimit = 1000,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(new ScriptObject { ["file"] = file });
        return Tidy(Align(FileTemplate.Value.Render(context)));
    }

    /// <summary>
    /// Indents the lines of multi-line raw string literals (marked with <see cref="CSharpText.AlignMark"/>) to the
    /// column of their opening quotes, wherever the template put them.
    /// </summary>
    private static string Align(string text)
    {
        var result = new StringBuilder(text.Length);
        var column = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0 && line[0] == CSharpText.AlignMark)
            {
                result.Append(' ', column).Append(line.AsSpan(1)).Append('\n');
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith("\"\"\"", StringComparison.Ordinal))
            {
                var start = trimmed.Length;
                while (start > 0 && trimmed[start - 1] == '"')
                {
                    start--;
                }

                column = start;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString(0, result.Length - 1);
    }

    private static string Tidy(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd(' ', '\t')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines) + "\n";
    }
}
