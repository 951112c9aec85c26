using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using JobSharp.Testing.Fakes.Selectors;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private async Task ListAsync(HttpContext context, FakeTarget target)
    {
        var query = context.Request.Query;
        if (await SelectorsAsync(context, target) is not { } selectors)
        {
            return;
        }

        var (labels, fields) = selectors;
        var items = new JsonArray();
        string rv;
        string? next = null;
        lock (gate)
        {
            var requested = query["resourceVersion"].ToString();
            if (requested.Length > 0 && requested != "0" && long.TryParse(requested, CultureInfo.InvariantCulture, out var wanted) && wanted > resourceVersion)
            {
                rv = string.Empty;
                items = null;
            }
            else
            {
                var start = DecodeContinue(query["continue"].ToString());
                var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) && l > 0 ? l : int.MaxValue;
                foreach (var (key, item) in LiveOf(target.Plural, target.Resource.Namespaced ? target.Ns : null))
                {
                    if (string.CompareOrdinal($"{key.Ns}/{key.Name}", start) <= 0 || !labels.Matches(LabelsOf(item)) || !fields.Matches(item))
                    {
                        continue;
                    }

                    if (items.Count == limit)
                    {
                        next = EncodeContinue(((JsonObject)items[^1]!)["metadata"]!);
                        break;
                    }

                    items.Add(ListItem(item));
                }

                rv = CurrentResourceVersion;
            }
        }

        if (items is null)
        {
            await WriteAsync(context, 504, FakeStatus.Failure(504, "Timeout", $"Too large resource version: {query["resourceVersion"]}, current: {rv}",
                new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["reason"] = "ResourceVersionTooLarge", ["message"] = "Too large resource version" }), ["retryAfterSeconds"] = 1 }));
            return;
        }

        var metadata = new JsonObject { ["resourceVersion"] = rv };
        if (next is not null)
        {
            metadata["continue"] = next;
        }

        await WriteAsync(context, 200, new JsonObject
        {
            ["kind"] = target.Resource.Kind + "List",
            ["apiVersion"] = target.Resource.ApiVersion,
            ["metadata"] = metadata,
            ["items"] = items,
        });
    }

    /// <summary>Parses the request's label and field selectors; answers 400 (and returns null) when one is invalid.</summary>
    private static async Task<(LabelSelector Labels, FieldSelector Fields)?> SelectorsAsync(HttpContext context, FakeTarget target)
    {
        try
        {
            return (LabelSelector.Parse(context.Request.Query["labelSelector"]), FieldSelector.Parse(context.Request.Query["fieldSelector"], target.Plural));
        }
        catch (FormatException e)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", e.Message));
            return null;
        }
    }

    internal static JsonObject? LabelsOf(JsonObject item) => item["metadata"]?["labels"] as JsonObject;

    /// <summary>A list's item: as stored, without <c>kind</c> and <c>apiVersion</c> (the list carries them).</summary>
    private static JsonObject ListItem(JsonObject item)
    {
        var copy = (JsonObject)item.DeepClone();
        copy.Remove("kind");
        copy.Remove("apiVersion");
        return copy;
    }

    private static string EncodeContinue(JsonNode metadata) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{metadata["namespace"]?.GetValue<string>() ?? string.Empty}/{metadata["name"]!.GetValue<string>()}"));

    private static string DecodeContinue(string token)
    {
        if (token.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}
