using JobSharp.Loading;

namespace JobSharp.Cli;

/// <summary>The name a user most likely meant, for "did you mean" hints: the nearest by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, or null when none is close (a third of its length).</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var allowed = Math.Max(1, typed.Length / 3);
        var best = candidates
            .Select(candidate => (candidate, distance: Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.candidate is not null && best.distance <= allowed && best.distance > 0 ? best.candidate : null;
    }

    // Names on a command line are short; a long typed word is no typo of one.
    private static int Distance(string a, string b) =>
        a.Length > 100 || b.Length > 100 ? int.MaxValue : NameSuggester.Distance(a, b);
}
