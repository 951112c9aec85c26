using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using JobSharp.Explaining;
using k8s.Models;
using JobSharp.Cli.Templates;
using Scriban;
using Scriban.Runtime;

namespace JobSharp.Cli.Explain;

/// <summary>
/// Renders the facts behind <c>explain</c> as Markdown through the Scriban templates in <c>templates/explain</c>,
/// which are embedded in this assembly as <c>explain/*.sbn</c>.
/// </summary>
internal static class ExplainRenderer
{
    private static readonly EmbeddedTemplates Templates = new("explain");
    private static readonly Lazy<Template> JobTemplate = new(() => Templates.Parse("job.sbn"));
    private static readonly Lazy<Template> CronJobTemplate = new(() => Templates.Parse("cronjob.sbn"));

    /// <summary>Markdown for every Job and CronJob of <paramref name="manifests"/>, in order; other objects are skipped.</summary>
    public static string Render(IEnumerable<object> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var parts = manifests.Select(m => m switch
        {
            V1Job job => Render(ExplainFacts.ForJob(job)),
            V1CronJob cron => Render(ExplainFacts.ForCronJob(cron)),
            _ => null,
        }).OfType<string>();
        return string.Join("\n", parts);
    }

    /// <summary>Markdown for one Job.</summary>
    public static string Render(JobFacts job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Render(JobTemplate.Value, "job", job);
    }

    /// <summary>Markdown for one CronJob.</summary>
    public static string Render(CronJobFacts cronJob)
    {
        ArgumentNullException.ThrowIfNull(cronJob);
        return Render(CronJobTemplate.Value, "cron", cronJob);
    }

    // Scriban reads the facts' properties by reflection: keep them in a trimmed or Native AOT build.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(JobFacts))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(CronJobFacts))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ContainerFacts))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(EnvFacts))]
    private static string Render(Template template, string name, object facts)
    {
        var globals = new ScriptObject { [name] = facts };
        var context = new TemplateContext
        {
            TemplateLoader = Templates,
            StrictVariables = true,
            NewLine = "\n",
            // Scriban stops a loop after 1,000 iterations by default, a guard for untrusted templates. These templates
            // are ours and only walk the facts' lists once each, whose lengths the input bounds: the API sets no count
            // of containers or variables (only the object's size), and the loader reads at most 250,000 nodes. So a
            // valid Job of any size explains.
            LoopLimit = int.MaxValue,
            // Scriban also cuts any text over 1 Mi characters, and the whole output at that size, with "..." and no
            // error. A long Job's explanation must never end halfway: the input bounds the output instead.
            LimitToString = 0,
            OutputLimit = 0,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        return Tidy(template.Render(context));
    }

    /// <summary>
    /// Markdown hygiene independent of template whitespace: no trailing spaces, at most one blank line, one final
    /// newline. Fenced code blocks (scripts) are left exactly as they are.
    /// </summary>
    private static string Tidy(string markdown)
    {
        var result = new StringBuilder();
        var blank = 0;
        string? fence = null;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (fence is not null)
            {
                result.Append(raw).Append('\n');
                fence = raw.TrimEnd() == fence ? null : fence;
                continue;
            }

            var line = raw.TrimEnd(' ', '\t');
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0 && blank > 0)
            {
                result.Append('\n');
            }

            blank = 0;
            result.Append(line).Append('\n');
            fence = line.StartsWith("```", StringComparison.Ordinal) ? new string('`', line.TakeWhile(c => c == '`').Count()) : null;
        }

        return result.ToString();
    }
}
