using System.Globalization;
using System.Text;
using JobSharp.Internal;

namespace JobSharp.KubernetesRules;

/// <summary>Text the way the API server's Go code writes it into messages.</summary>
internal static class GoText
{
    /// <summary>A name or value from the input, quoted, as a message may show it: see <see cref="EchoText"/>.</summary>
    public static string Echo(string text) => Quote(EchoText.Of(text));

    /// <summary>Go's <c>strconv.Quote</c> for the characters that matter: quotes, backslashes and control characters.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f')
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
