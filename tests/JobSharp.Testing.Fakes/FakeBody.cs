using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JobSharp.Testing.Fakes;

/// <summary>Reads a request body as the API server does: JSON, or YAML (which JSON is a subset of).</summary>
internal static class FakeBody
{
    /// <summary>Reads the request's body (JSON, YAML or Kubernetes protobuf); throws <see cref="FormatException"/> when it cannot.</summary>
    public static async Task<JsonNode?> ReadAsync(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        if (request.ContentType?.StartsWith("application/vnd.kubernetes.protobuf", StringComparison.Ordinal) == true)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return Protobuf.ProtoReader.Read(buffer.ToArray());
        }

        return Parse(await new StreamReader(request.Body).ReadToEndAsync());
    }

    /// <summary>The body as a JSON node; throws <see cref="FormatException"/> when it is neither JSON nor YAML.</summary>
    public static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON: YAML, below.
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : JsonNode.Parse(Convert(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");
        }
        catch (YamlException e)
        {
            throw new FormatException($"error converting YAML to JSON: yaml: line {e.Start.Line}: {e.Message}", e);
        }
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? string.Empty, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && text.Any(char.IsDigit) => JsonValue.Create(d),
            _ => JsonValue.Create(text),
        };
    }
}
