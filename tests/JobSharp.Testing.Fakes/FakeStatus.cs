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

    /// <summary>
    /// A 422 <c>Invalid</c> as the server words it: <c>Job.batch "NAME" is invalid: FIELD: DETAIL</c> for one error,
    /// <c>[...]</c> around several; identical errors appear once in the message and each in the causes.
    /// </summary>
    public static JsonObject Invalid(string kind, string group, string name, IReadOnlyList<(string Field, string Reason, string Message)> errors)
    {
        var causes = new JsonArray();
        foreach (var (field, reason, detail) in errors)
        {
            causes.Add(new JsonObject { ["reason"] = reason, ["message"] = detail, ["field"] = field });
        }

        var rendered = errors.Select(e => $"{e.Field}: {e.Message}").Distinct(StringComparer.Ordinal).ToList();
        var qualified = group.Length == 0 ? kind : $"{kind}.{group}";
        var message = $"{qualified} \"{name}\" is invalid: {(rendered.Count == 1 ? rendered[0] : "[" + string.Join(", ", rendered) + "]")}";
        return Failure(422, "Invalid", message, new JsonObject { ["name"] = name, ["group"] = group, ["kind"] = kind, ["causes"] = causes });
    }

    /// <summary>The 409 of a server-side apply that would take fields from other managers.</summary>
    public static JsonObject Conflict(string message, IEnumerable<(string Manager, string Field)> conflicts)
    {
        var causes = new JsonArray();
        foreach (var (manager, field) in conflicts)
        {
            causes.Add(new JsonObject
            {
                ["reason"] = "FieldManagerConflict",
                ["message"] = $"conflict with {manager}",
                ["field"] = field,
            });
        }

        return Failure(409, "Conflict", message, new JsonObject { ["causes"] = causes });
    }
}
