using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace JobSharp.Cli.Templates;

/// <summary>
/// The Scriban templates of one folder under <c>templates/</c> (explain, import), embedded in this assembly as
/// <c>FOLDER/*.sbn</c>: parsed once by their renderer, and the loader their <c>include</c>s go through.
/// </summary>
internal sealed class EmbeddedTemplates(string folder) : ITemplateLoader
{
    /// <summary>Parses one template; a broken embedded template is a bug in JobSharp, not a user mistake.</summary>
    public Template Parse(string file)
    {
        var template = Template.Parse(Read(file), file);
        return template.HasErrors
            ? throw new InvalidOperationException($"The embedded template {folder}/{file} is invalid: {string.Join("; ", template.Messages)}")
            : template;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Read(templatePath));

    private string Read(string file)
    {
        var assembly = typeof(EmbeddedTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream($"{folder}/{file}")
            ?? throw new InvalidOperationException($"The template {folder}/{file} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
