using System.CommandLine;
using JobSharp.Cli.Commands;
using JobSharp.Cli.Input;

namespace JobSharp.Cli;

/// <summary>
/// Builds the command tree and runs it. Both hosts (a program's <see cref="JobSharpApp"/> and the
/// <c>jobsharp</c> tool) share this, differing only in where manifests come from.
/// </summary>
internal static class CommandLine
{
    public static RootCommand Create(string description, ManifestInput input, IEnumerable<Func<ManifestInput, Command>>? extraVerbs = null)
    {
        var root = new RootCommand(description)
        {
            new RenderCommand(input),
            new ValidateCommand(input),
            new LintCommand(input),
            new ExplainCommand(input),
            new ApplyCommand(input),
            new StatusCommand(input),
            new LogsCommand(input),
            new DeleteCommand(input),
            new DiffCommand(input),
            new RunCommand(input),
            new TriggerCommand(input),
            SuspendCommand.Suspend(input),
            SuspendCommand.Resume(input),
        };
        foreach (var verb in extraVerbs ?? [])
        {
            root.Subcommands.Add(verb(input));
        }

        VersionAction.Attach(root);

        // Stray words are reported by UsageErrors, in the user's terms.
        foreach (var verb in root.Subcommands)
        {
            verb.TreatUnmatchedTokensAsErrors = false;
        }

        return root;
    }

    /// <summary>
    /// Parses and runs. Usage errors are one line each (see <see cref="UsageErrors"/>) and a pointer to <c>--help</c>,
    /// and exit 2; <c>@file</c> is a file name like any other, not a response file;
    /// an unexpected exception is one line on standard error (the stack trace only with
    /// <c>JOBSHARP_DEBUG=1</c>), exit 2.
    /// </summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var usageErrors = UsageErrors.Find(root, parseResult);
        if (usageErrors.Count > 0)
        {
            foreach (var message in usageErrors)
            {
                error.Write($"error: {message}\n");
            }

            var verb = parseResult.CommandResult.Command == root ? string.Empty : " " + parseResult.CommandResult.Command.Name;
            error.Write($"Run with{verb} --help for usage.\n");
            return ExitCodes.UsageOrIoError;
        }

        // The usage line of --help is written from the same tree: with unmatched tokens allowed it would offer
        // "[[--] <additional arguments>...]]", which no verb takes (they were reported above as usage errors).
        foreach (var verb in root.Subcommands)
        {
            verb.TreatUnmatchedTokensAsErrors = true;
        }

        // Signals are handled here, not by System.CommandLine, so that every way of stopping ends the same way.
        var configuration = new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        using var interruption = new Interruption(error, cancellationToken);
        try
        {
            var exit = await parseResult.InvokeAsync(configuration, interruption.Token).ConfigureAwait(false);
            return interruption.Signalled ? Cancelled(interruption, error) : exit;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            return Cancelled(interruption, error);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.Write($"error: {e.Message}\n");
            if (Environment.GetEnvironmentVariable("JOBSHARP_DEBUG") == "1")
            {
                error.Write($"{e}\n");
            }

            return ExitCodes.UsageOrIoError;
        }
    }

    private static int Cancelled(Interruption interruption, TextWriter error)
    {
        if (interruption.Complete())
        {
            error.Write("cancelled\n");
        }

        return ExitCodes.Cancelled;
    }
}
