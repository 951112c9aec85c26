using System.Reflection;

namespace JobSharp.Testing.Internal;

/// <summary>One source path mapping of a CI build: source files under <paramref name="Real"/> were compiled as <paramref name="Mapped"/>.</summary>
/// <param name="Mapped">The prefix the compiler wrote, such as <c>/_/</c>.</param>
/// <param name="Real">The folder it stands for, such as <c>/home/runner/work/repo/</c>.</param>
internal sealed record SourceRoot(string Mapped, string Real)
{
    /// <summary>The metadata key build/JobSharp.Testing.targets records each mapping under.</summary>
    public const string MetadataKey = "JobSharp.Testing.SourceRoot";

    /// <summary>The mappings recorded in every loaded assembly.</summary>
    /// <returns>The mappings, possibly none.</returns>
    public static IReadOnlyList<SourceRoot> FromLoadedAssemblies() =>
        [.. AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .SelectMany(a => a.GetCustomAttributes<AssemblyMetadataAttribute>())
            .Where(a => a.Key == MetadataKey && a.Value is not null)
            .Select(a => Parse(a.Value!))
            .OfType<SourceRoot>()
            .Distinct()];

    /// <summary>Reads a recorded mapping, <c>MAPPED|REAL</c>.</summary>
    /// <param name="value">The recorded text.</param>
    /// <returns>The mapping, or null when the text is not one.</returns>
    public static SourceRoot? Parse(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar <= 0 || bar == value.Length - 1 ? null : new SourceRoot(value[..bar], value[(bar + 1)..]);
    }
}
