using System.Globalization;

namespace JobSharp.Linting;

/// <summary>A Kubernetes minor version, such as 1.30: the cluster a lint run targets.</summary>
/// <param name="Major">The major version (1).</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct KubeVersion(int Major, int Minor) : IComparable<KubeVersion>
{
    /// <summary>The newest version whose Job API the models describe: 1.35.</summary>
    public static KubeVersion Newest { get; } = new(1, 35);

    /// <summary>Reads <c>1.30</c>, <c>v1.30</c> or <c>1.30.2</c> (the patch is ignored).</summary>
    /// <param name="text">The version text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not such a version.</exception>
    public static KubeVersion Parse(string text) =>
        TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a Kubernetes version such as 1.30.");

    /// <summary>Reads <c>1.30</c>, <c>v1.30</c> or <c>1.30.2</c> (the patch is ignored).</summary>
    /// <param name="text">The version text.</param>
    /// <param name="version">The version, when the text is one.</param>
    /// <returns>True when the text is a version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out KubeVersion version)
    {
        ArgumentNullException.ThrowIfNull(text);
        version = default;
        var trimmed = text.Trim();
        if (trimmed.StartsWith('v') || trimmed.StartsWith('V'))
        {
            trimmed = trimmed[1..];
        }

        var parts = trimmed.Split('.');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new KubeVersion(major, minor);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(KubeVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>True when <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(KubeVersion left, KubeVersion right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(KubeVersion left, KubeVersion right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is older than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(KubeVersion left, KubeVersion right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is newer than or the same as <paramref name="right"/>.</summary>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(KubeVersion left, KubeVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The version as <c>1.30</c>.</summary>
    /// <returns>The version text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
