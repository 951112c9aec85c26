using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>metav1.Status bodies shaped like the API server's.</summary>
internal static class FakeStatus
{
    public static JsonObject Failure(int code, string reason, string message, JsonObject? details = null)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
            ["code"] = code,
        };
        if (details is not null)
        {
            status["details"] = details;
        }

        return status;
    }

    public static JsonObject Success(string group, string kind, string name, string? uid) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Success",
        ["details"] = new JsonObject { ["name"] = name, ["group"] = group, ["kind"] = kind, ["uid"] = uid },
    };

    public static JsonObject NotFound(string group, string plural, string name) =>
        Failure(404, "NotFound", $"{plural}{(group.Length > 0 ? "." + group : string.Empty)} \"{name}\" not found",
            new JsonObject { ["name"] = name, ["group"] = group.Length == 0 ? null : group, ["kind"] = plural });

    public static JsonObject Forbidden(string user, string verb, string plural, string group, string ns) =>
        Failure(403, "Forbidden",
            $"{plural}{(group.Length > 0 ? "." + group : string.Empty)} is forbidden: User \"{user}\" cannot {verb} resource \"{plural}\" in API group \"{group}\" in the namespace \"{ns}\"",
            new JsonObject { ["group"] = group, ["kind"] = plural });

    /// <summary>The 422 for a change to immutable fields, one cause per field.</summary>
    public static JsonObject Immutable(string kind, string name, IReadOnlyList<string> fields)
    {
        var causes = new JsonArray();
        foreach (var field in fields)
        {
            causes.Add(new JsonObject
            {
                ["reason"] = "FieldValueInvalid",
                ["message"] = "Invalid value: \"...\": field is immutable",
                ["field"] = field,
            });
        }

        var list = string.Join(", ", fields.Select(f => $"{f}: Invalid value: \"...\": field is immutable"));
        var message = $"{kind}.batch \"{name}\" is invalid: {(fields.Count == 1 ? list : "[" + list + "]")}";
        return Failure(422, "Invalid", message, new JsonObject { ["name"] = name, ["group"] = "batch", ["kind"] = kind, ["causes"] = causes });
    }

    /// <summary>The 409 of a server-side apply that would take fields from another manager.</summary>
    public static JsonObject Conflict(string owner, IReadOnlyList<string> fields)
    {
        var causes = new JsonArray();
        foreach (var field in fields)
        {
            causes.Add(new JsonObject
            {
                ["reason"] = "FieldManagerConflict",
                ["message"] = $"conflict with \"{owner}\" using batch/v1",
                ["field"] = field,
            });
        }

        var noun = fields.Count == 1 ? "conflict" : "conflicts";
        return Failure(409, "Conflict",
            $"Apply failed with {fields.Count} {noun}: conflict with \"{owner}\" using batch/v1: {string.Join(", ", fields)}",
            new JsonObject { ["causes"] = causes });
    }
}
