using JobSharp.Internal;

namespace JobSharp;

/// <summary>Checks file modes: Kubernetes accepts 0 to 0777 octal (511).</summary>
internal static class VolumeFileMode
{
    public static int? Check(int? mode, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(mode))] string? name = null) =>
        mode is < 0 or > 511
            ? throw Guard.OutOfRange(mode, "A file mode is between 0 and 511 (0777 octal); write octal as Convert.ToInt32(\"0440\", 8).", name)
            : mode;

    public static int Check(int mode, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(mode))] string? name = null) =>
        Check((int?)mode, name)!.Value;
}
