using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace JobSharp.Cli;

/// <summary>
/// Turns a parse into the usage errors a user reads: one line each, in the user's terms (<c>unknown option --frob;
/// did you mean --format?</c>, <c>-o needs a value</c>), never the parser's wording about types and arities. A
/// command's file argument does not take words that start with <c>-</c> (other than <c>-</c> itself) unless they
/// come after <c>--</c>: they are unknown options.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Find(RootCommand root, ParseResult parseResult)
    {
        var command = parseResult.CommandResult;
        if (parseResult.Action is HelpAction)
        {
            return [];
        }

        return command.Command == root ? ForRoot(root, parseResult) : ForVerb(root, command, parseResult);
    }

    private static List<string> ForRoot(RootCommand root, ParseResult parseResult)
    {
        if (parseResult.UnmatchedTokens is [var first, ..])
        {
            return [IsOptionLike(first) ? UnknownOption(first, OptionNames(root, root)) : UnknownCommand(first, root)];
        }

        return parseResult.Errors.Count == 0
            ? []
            : [$"missing command: one of {string.Join(", ", root.Subcommands.Select(c => c.Name))}"];
    }

    private static List<string> ForVerb(RootCommand root, CommandResult command, ParseResult parseResult)
    {
        var messages = new List<string>();
        var replaced = new HashSet<SymbolResult>();
        var options = OptionNames(command.Command, root);
        var doubleDash = IndexOf(parseResult.Tokens, t => t.Type == TokenType.DoubleDash);
        foreach (var child in command.Children)
        {
            if (child is OptionResult option && MissingValue(option, options) is { } missing)
            {
                messages.Add(missing);
                replaced.Add(option);
            }
            else if (child is ArgumentResult argument)
            {
                var beforeDoubleDash = argument.Tokens.Where(t => doubleDash < 0 || IndexOf(parseResult.Tokens, u => ReferenceEquals(u, t)) < doubleDash);
                messages.AddRange(beforeDoubleDash.Where(t => IsOptionLike(t.Value)).Select(t => UnknownOption(t.Value, options)));
                if (argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues && parseResult.Errors.Any(e => e.SymbolResult == argument))
                {
                    messages.Add($"{command.Command.Name} needs <{argument.Argument.Name}>: {argument.Argument.Description}");
                    replaced.Add(argument);
                }
            }
        }

        messages.AddRange(parseResult.UnmatchedTokens.Select(t => IsOptionLike(t) ? UnknownOption(t, options) : $"unexpected argument {t}"));
        messages.AddRange(parseResult.Errors.Where(e => e.SymbolResult is null || !replaced.Contains(e.SymbolResult)).Select(e => e.Message));
        return [.. messages.Distinct(StringComparer.Ordinal)];
    }

    /// <summary><c>-o</c> at the end of the line, or <c>-o --check</c>: the option took no value, or took another option as one.</summary>
    private static string? MissingValue(OptionResult option, IReadOnlyCollection<string> options)
    {
        var name = option.IdentifierToken?.Value ?? option.Option.Name;
        if (option.Implicit || option.Option.Arity.MinimumNumberOfValues == 0)
        {
            return null;
        }

        if (option.Tokens.Count == 0)
        {
            return $"{name} needs a value";
        }

        return option.Tokens.FirstOrDefault(t => options.Contains(t.Value)) is { } taken ? $"{name} needs a value; {taken.Value} is an option" : null;
    }

    private static string UnknownOption(string token, IEnumerable<string> options) =>
        Suggestions.Nearest(token, options) is { } near ? $"unknown option {token}; did you mean {near}?" : $"unknown option {token}";

    private static string UnknownCommand(string token, RootCommand root) =>
        Suggestions.Nearest(token, root.Subcommands.Select(c => c.Name)) is { } near
            ? $"unknown command {token}; did you mean {near}?"
            : $"unknown command {token}";

    private static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>Every name and alias of the options <paramref name="command"/> takes, its own and the root's recursive ones.</summary>
    private static HashSet<string> OptionNames(Command command, RootCommand root) =>
    [
        .. command.Options.Concat(root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)),
    ];

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The usage error of a verb that works on one environment given several: the program's environments are listed
    /// and the user picks one with <c>--env</c>. Returns the exit code.
    /// </summary>
    public static int OneEnvironment(TextWriter error, string verb, IReadOnlyList<string> environments, string alternative)
    {
        error.Write($"error: {verb} works on one environment, and this program defines {environments.Count} ({string.Join(", ", environments)}): "
            + $"name one with --env {environments[0]}{(alternative.Length > 0 ? ", " + alternative : string.Empty)}.\n");
        error.Write($"Run with {verb} --help for usage.\n");
        return ExitCodes.UsageOrIoError;
    }
}
