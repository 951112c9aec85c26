using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using JobSharp.Internal;
using JobSharp.KubernetesRules;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Loading;

/// <summary>
/// Converts a resolved scalar into a field's type, as the API server would accept it from kubectl's JSON:
/// a number or boolean in a string field is a wrong type (quote it), a quoted number in an int field is a wrong
/// type, integers keep their range, quantities keep their spelling.
/// </summary>
internal static partial class ScalarBinder
{
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFFFK"];

    /// <summary>The value of <paramref name="reading"/> as <paramref name="target"/>; with <paramref name="isCredential"/>, errors do not echo it.</summary>
    public static object? Convert(LoadContext context, ScalarReading reading, ValueShape target, SourceLocation at, string path, bool isCredential = false)
    {
        switch (target.Kind, reading.Kind)
        {
            case (ValueKind.String, ScalarKind.String):
                return reading.Text;
            case (ValueKind.String, _):
                context.Report(
                    LoadErrorCode.WrongType, at, path,
                    $"expected a string, found {reading.Describe(isCredential)} (the API server rejects it: cannot unmarshal {GoKind(reading)} into a string); write it in quotes"
                    + (isCredential ? " (the value is not shown: its name looks like a credential)" : $": \"{ScalarReading.Shorten(reading.Text)}\""));
                return null;
            case (ValueKind.Boolean, ScalarKind.Boolean):
                return reading.Boolean;
            case (ValueKind.Int32, ScalarKind.Integer):
                return InRange(context, reading, at, path, int.MinValue, int.MaxValue, "int32", isCredential) is { } i32 ? (int)i32 : null;
            case (ValueKind.Int64, ScalarKind.Integer):
                return InRange(context, reading, at, path, long.MinValue, long.MaxValue, "int64", isCredential) is { } i64 ? (long)i64 : null;
            case (ValueKind.IntOrString, ScalarKind.Integer):
                return InRange(context, reading, at, path, int.MinValue, int.MaxValue, "int32", isCredential) is { } port
                    ? (IntOrString)Yaml11.Decimal(port)
                    : null;
            case (ValueKind.IntOrString, ScalarKind.String):
                return IntOrStringForm.String(reading.Text);
            case (ValueKind.Double, ScalarKind.Integer or ScalarKind.Float):
                return Double(context, reading, at, path, isCredential);
            case (ValueKind.DateTime, ScalarKind.String):
                return Timestamp(context, reading, at, path, isCredential);
            case (ValueKind.Quantity, ScalarKind.String or ScalarKind.Integer or ScalarKind.Float):
                return Quantity(context, reading, at, path, isCredential);
            case (ValueKind.Bytes, ScalarKind.String):
                return Bytes(context, reading, at, path, isCredential);
            default:
                var hint = reading.Kind == ScalarKind.String && Yaml11.Resolve(reading.Text).Kind != ScalarKind.String
                    ? "; remove the quotes"
                    : string.Empty;
                context.Report(LoadErrorCode.WrongType, at, path, $"expected {Article(target)}, found {reading.Describe(isCredential)}{hint}");
                return null;
        }
    }

    private static BigInteger? InRange(LoadContext context, ScalarReading reading, SourceLocation at, string path, BigInteger min, BigInteger max, string type, bool isCredential)
    {
        if (reading.Integer is { } value && value >= min && value <= max)
        {
            return value;
        }

        context.Report(
            LoadErrorCode.OutOfRange, at, path,
            $"{EchoText.Of(reading.Text, isCredential)} is out of range for {type} ({min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)})");
        return null;
    }

    private static object? Double(LoadContext context, ScalarReading reading, SourceLocation at, string path, bool isCredential)
    {
        var text = reading.Text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (reading.Integer is { } integer)
        {
            return (double)integer;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        context.Report(LoadErrorCode.InvalidValue, at, path, $"{EchoText.Of(reading.Text, isCredential)} is not a finite number");
        return null;
    }

    private static DateTime? Timestamp(LoadContext context, ScalarReading reading, SourceLocation at, string path, bool isCredential)
    {
        if (DateTimeOffset.TryParseExact(reading.Text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value.UtcDateTime;
        }

        context.Report(
            LoadErrorCode.InvalidValue, at, path,
            $"\"{EchoText.Of(reading.Text, isCredential)}\" is not an RFC 3339 timestamp (such as 2024-05-01T12:00:00Z)");
        return null;
    }

    private static SpelledQuantity? Quantity(LoadContext context, ScalarReading reading, SourceLocation at, string path, bool isCredential)
    {
        var text = reading.Kind == ScalarKind.Integer && reading.Integer is { } n && !DecimalInteger().IsMatch(reading.Text)
            ? Yaml11.Decimal(n)
            : reading.Text;
        if (QuantitySyntax.IsQuantity(text))
        {
            try
            {
                return new SpelledQuantity(text);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                // Reported below with the same words as a text that does not match the pattern.
            }
        }

        context.Report(
            LoadErrorCode.InvalidValue, at, path,
            $"\"{EchoText.Of(reading.Text, isCredential)}\" is not a quantity (such as 500m, 128Mi, 1.5Gi or 129e6)");
        return null;
    }

    /// <summary>
    /// Base64 as the API server reads <c>[]byte</c> from JSON (Go's standard encoding, padding required, line breaks
    /// ignored). The bytes are kept; rendering writes them back in the canonical spelling.
    /// </summary>
    private static byte[]? Bytes(LoadContext context, ScalarReading reading, SourceLocation at, string path, bool isCredential)
    {
        var text = reading.Text;
        if (!text.Contains(' ', StringComparison.Ordinal) && !text.Contains('\t', StringComparison.Ordinal))
        {
            var compact = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
            var buffer = new byte[compact.Length / 4 * 3 + 3];
            if (compact.Length % 4 == 0 && System.Convert.TryFromBase64String(compact, buffer, out var written))
            {
                return buffer[..written];
            }
        }

        var shown = isCredential ? "the value (not shown: it is a Secret's or a credential's)" : $"\"{EchoText.Of(text)}\"";
        context.Report(
            LoadErrorCode.InvalidValue, at, path,
            $"{shown} is not base64 (the API server rejects it: illegal base64 data); encode it"
            + (path.StartsWith("data[", StringComparison.Ordinal) ? ", or write the text under stringData" : string.Empty));
        return null;
    }

    private static string GoKind(ScalarReading reading) => reading.Kind == ScalarKind.Boolean ? "bool" : "number";

    private static string Article(ValueShape target) => target.Kind switch
    {
        ValueKind.Boolean => "a boolean (true or false)",
        ValueKind.Int32 => "an integer (int32)",
        ValueKind.Int64 => "an integer (int64)",
        ValueKind.IntOrString => "an integer or a string",
        ValueKind.Double => "a number",
        ValueKind.DateTime => "an RFC 3339 timestamp",
        ValueKind.Quantity => "a quantity (such as 500m or 1.5Gi)",
        _ => target.Name,
    };

    [GeneratedRegex("^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();
}
