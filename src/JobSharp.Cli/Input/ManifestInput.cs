using System.CommandLine;
using JobSharp.Cli.Output;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Input;

/// <summary>
/// Where a verb's manifests come from: the Jobs a program defines (<see cref="CodeInput"/>), or YAML files named
/// on the command line. Each verb is written once against this.
/// </summary>
internal abstract class ManifestInput
{
    /// <summary>How a user runs this host's verbs, for hints that quote a command: <c>jobsharp</c> for the tool.</summary>
    public virtual string CommandPrefix => "jobsharp";

    /// <summary>Adds the arguments this input needs (file names, for example) to <paramref name="command"/>.</summary>
    public abstract void Configure(Command command);

    /// <summary>
    /// The environments the command line selects: every one the program defines, or the one <c>--env</c> names.
    /// Empty for programs without environments and for files.
    /// </summary>
    public virtual IReadOnlyList<string> Environments(ParseResult parseResult) => [];

    /// <summary>Every environment the program defines, in order; empty for programs without environments and for files.</summary>
    public virtual IReadOnlyList<string> DefinedEnvironments => [];

    /// <summary>The kube context of the one selected environment, when it names one.</summary>
    public virtual string? KubeContext(ParseResult parseResult) => null;

    /// <summary>
    /// Reads the manifests and checks that no two of them are the same object. Problems that stop the verb are
    /// reported to <paramref name="diagnostics"/> and give null, with <see cref="Diagnostics.LoadFailureExitCode"/> set.
    /// </summary>
    public IReadOnlyList<ManifestEntry>? Load(ParseResult parseResult, Diagnostics diagnostics)
    {
        var entries = LoadEntries(parseResult, diagnostics);
        if (entries is not null && DuplicateObjects.Report(entries, diagnostics) > 0)
        {
            diagnostics.LoadFailureExitCode = ExitCodes.ManifestProblems;
            return null;
        }

        return entries;
    }

    /// <summary>Reads the manifests; problems that stop loading are reported and give null.</summary>
    protected abstract IReadOnlyList<ManifestEntry>? LoadEntries(ParseResult parseResult, Diagnostics diagnostics);

    /// <summary>
    /// Jobs, CronJobs and ConfigMaps are checked as the API server checks them; other kinds only as strictly as they
    /// were read (loading, or the C# that built them).
    /// </summary>
    protected static ValidationResult Check(IKubernetesObject<V1ObjectMeta> model) =>
        ManifestEntry.HasApiRules(model) ? ManifestValidator.Validate(model) : ValidationResult.Valid;
}
