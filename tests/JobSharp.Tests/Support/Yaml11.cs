using System.Text.RegularExpressions;

namespace JobSharp.Tests.Support;

/// <summary>
/// An independent statement of the YAML 1.1 type repository's implicit resolution (bool, null, int, float,
/// timestamp, merge, value), as kubectl's go-yaml v2 applies it, used to check that no plain scalar in
/// rendered output would be read back as anything but a string.
/// </summary>
public static partial class Yaml11
{
    public static bool ResolvesToNonString(string plain) =>
        Bool().IsMatch(plain) || Null().IsMatch(plain) || Int().IsMatch(plain) || Float().IsMatch(plain)
        || Timestamp().IsMatch(plain) || plain is "<<" or "=" || GoStyleNumber().IsMatch(plain);

    [GeneratedRegex("^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex Null();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")]
    private static partial Regex Timestamp();

    // go-yaml v2 also hands anything strconv.ParseInt(s, 0, 64) or its float pattern accepts to the number parsers.
    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO][0-7_]+|[-+]?0[bB][01_]+)$")]
    private static partial Regex GoStyleNumber();
}
