using System.Text.Json.Nodes;
using JobSharp.Testing.Fakes.Apply;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

/// <summary>Reading, creating, patching (apply, merge, strategic merge, JSON patch) and replacing objects.</summary>
public sealed partial class FakeApiServer
{
    /// <summary>
    /// Marks every field the object sets now as owned by <paramref name="manager"/> through an apply (another client,
    /// such as kubectl), besides the owners it has.
    /// </summary>
    public void SetOwner(string plural, string ns, string name, string manager)
    {
        lock (gate)
        {
            var live = objects[(plural, ns, name)];
            var entries = ManagedFields.Read(live);
            entries.Add(new ManagerEntry(manager, "Apply", live["apiVersion"]?.GetValue<string>() ?? "v1", Now(), FieldTree.Fields(live)));
            ManagedFields.Write(live, entries);
        }
    }

    private string Now() => Rfc3339(Time.GetUtcNow());

    private async Task GetAsync(HttpContext context, FakeTarget target)
    {
        JsonObject? found;
        lock (gate)
        {
            found = Get(target.Plural, target.StoreNs, target.Name!);
        }

        await WriteAsync(context, found is null ? 404 : 200, found ?? NotFound(target));
    }

    private static JsonObject NotFound(FakeTarget target) => FakeStatus.NotFound(target.Resource.Group, target.Plural, target.Name!);

    /// <summary>Reads the body; answers 400 (and returns null) when it is not an object of the target's kind.</summary>
    private static async Task<JsonObject?> ReadObjectAsync(HttpContext context, FakeTarget target, bool typed = true)
    {
        JsonNode? body;
        try
        {
            body = await FakeBody.ReadAsync(context.Request);
        }
        catch (FormatException e)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", e.Message));
            return null;
        }

        if (body is not JsonObject obj)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", "the body of the request must be an object"));
            return null;
        }

        if (typed && (obj["kind"]?.ToString() != target.Resource.Kind || obj["apiVersion"]?.ToString() != target.Resource.ApiVersion))
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest",
                $"the API version in the data ({obj["apiVersion"]}) does not match the expected API version ({target.Resource.ApiVersion})"));
            return null;
        }

        return obj;
    }

    /// <summary>The 404 for a namespace that does not exist (only creating needs one), or null.</summary>
    private JsonObject? MissingNamespace(FakeTarget target) =>
        target.Resource.Namespaced && !objects.ContainsKey(("namespaces", string.Empty, target.Ns!))
            ? FakeStatus.NotFound(string.Empty, "namespaces", target.Ns!)
            : null;

    /// <summary>The field manager of a request: <c>fieldManager</c>, else the user agent's program name, as the server derives it.</summary>
    private static string ManagerOf(HttpRequest request)
    {
        var manager = request.Query["fieldManager"].ToString();
        if (manager.Length > 0)
        {
            return manager;
        }

        var agent = request.Headers.UserAgent.ToString();
        return agent.Length == 0 ? "unknown" : agent.Split('/')[0];
    }

    private async Task CreateAsync(HttpContext context, FakeTarget target)
    {
        if (await ReadObjectAsync(context, target) is not { } body)
        {
            return;
        }

        var meta = body["metadata"] as JsonObject ?? [];
        body["metadata"] = meta;
        if (meta["namespace"]?.ToString() is { Length: > 0 } bodyNs && target.Resource.Namespaced && bodyNs != target.Ns)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", "the namespace of the provided object does not match the namespace sent on the request"));
            return;
        }

        if (meta["name"] is null && meta["generateName"]?.ToString() is { } prefix)
        {
            meta["name"] = prefix + Guid.NewGuid().ToString("N")[..5];
        }

        var name = meta["name"]?.ToString();
        if (string.IsNullOrEmpty(name))
        {
            await WriteAsync(context, 422, FakeStatus.Invalid(target.Resource.Kind, target.Resource.Group, string.Empty,
                [("metadata.name", "FieldValueRequired", "Required value: name or generateName is required")]));
            return;
        }

        var dryRun = context.Request.Query["dryRun"] == "All";
        var manager = ManagerOf(context.Request);
        int code;
        JsonObject answer;
        lock (gate)
        {
            (code, answer) = Create(target with { Name = name }, body, manager, "Update", dryRun);
        }

        await WriteAsync(context, code, answer);
    }

    /// <summary>Creates an object (from a POST, or an apply of a new object); <paramref name="operation"/> is how its manager got its fields.</summary>
    private (int Code, JsonObject Body) Create(FakeTarget target, JsonObject body, string manager, string operation, bool dryRun)
    {
        var key = (target.Plural, target.StoreNs, target.Name!);
        if (MissingNamespace(target) is { } missing)
        {
            return (404, missing);
        }

        if (objects.ContainsKey(key))
        {
            return (409, FakeStatus.Failure(409, "AlreadyExists", $"{target.Resource.Qualified} \"{target.Name}\" already exists",
                new JsonObject { ["name"] = target.Name, ["group"] = target.Resource.Group, ["kind"] = target.Plural }));
        }

        var created = (JsonObject)body.DeepClone();
        created.Remove("status");
        var meta = created["metadata"]!.AsObject();
        if (target.Resource.Namespaced)
        {
            meta["namespace"] = target.Ns;
        }

        meta["uid"] = NewUid();
        meta["creationTimestamp"] = Now();
        meta["generation"] = 1;
        if (operation == "Update")
        {
            FakeDefaults.Apply(target.Plural, created);
            ManagedFields.Update(null, created, manager, target.Resource.ApiVersion, Now());
        }
        else
        {
            var (applied, _) = ManagedFields.Apply(null, created, manager, force: true, target.Resource.ApiVersion, Now());
            created = applied!;
            FakeDefaults.Apply(target.Plural, created);
        }

        if (LegacyPodLabels && target.Plural == "jobs")
        {
            UseLegacyLabels(created);
        }

        if (FakeValidation.Create(target, created) is { } invalid)
        {
            return (422, invalid);
        }

        if (dryRun)
        {
            meta = created["metadata"]!.AsObject();
            meta.Remove("uid");
            meta["resourceVersion"] = string.Empty;
            return (201, created);
        }

        Store(key, created, "ADDED");
        OnCreated(target, key);
        return (201, (JsonObject)objects[key].DeepClone());
    }

    private async Task PatchAsync(HttpContext context, FakeTarget target)
    {
        var request = context.Request;
        var type = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        if (type is not ("application/apply-patch+yaml" or "application/merge-patch+json" or "application/strategic-merge-patch+json" or "application/json-patch+json"))
        {
            await WriteAsync(context, 415, FakeStatus.Failure(415, "UnsupportedMediaType",
                "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json"));
            return;
        }

        var apply = type == "application/apply-patch+yaml";
        var manager = request.Query["fieldManager"].ToString();
        if (apply && manager.Length == 0)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"));
            return;
        }

        JsonNode? patch;
        try
        {
            patch = await FakeBody.ReadAsync(request);
        }
        catch (FormatException e)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", e.Message));
            return;
        }

        if (apply && (patch is not JsonObject body || body["kind"]?.ToString() != target.Resource.Kind || body["apiVersion"]?.ToString() != target.Resource.ApiVersion))
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", $"Object 'Kind' is missing or wrong in '{patch?.ToJsonString()}'"));
            return;
        }

        if (apply && patch!["metadata"]?["name"]?.ToString() != target.Name)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", "the name of the object does not match the name on the URL"));
            return;
        }

        var dryRun = request.Query["dryRun"] == "All";
        var force = QueryBool(request, "force");
        manager = manager.Length > 0 ? manager : ManagerOf(request);
        int code;
        JsonObject answer;
        lock (gate)
        {
            (code, answer) = apply
                ? Apply(target, (JsonObject)patch!, manager, force, dryRun)
                : Patch(target, patch, type, manager, dryRun);
        }

        await WriteAsync(context, code, answer);
    }

    private (int Code, JsonObject Body) Apply(FakeTarget target, JsonObject config, string manager, bool force, bool dryRun)
    {
        var key = (target.Plural, target.StoreNs, target.Name!);
        if (!objects.TryGetValue(key, out var live))
        {
            return Create(target, config, manager, "Apply", dryRun);
        }

        var (merged, conflicts) = ManagedFields.Apply(live, config, manager, force, target.Resource.ApiVersion, Now());
        if (merged is null)
        {
            return (409, FakeStatus.Conflict(ManagedFields.Message(conflicts), conflicts.Select(c => (c.Owner.Printed, c.Path.ToString()))));
        }

        return Commit(target, live, merged, dryRun);
    }

    private (int Code, JsonObject Body) Patch(FakeTarget target, JsonNode? patch, string type, string manager, bool dryRun)
    {
        var key = (target.Plural, target.StoreNs, target.Name!);
        if (!objects.TryGetValue(key, out var live))
        {
            return (404, NotFound(target));
        }

        JsonNode? patched;
        try
        {
            patched = type switch
            {
                "application/merge-patch+json" => FakePatch.Merge(live.DeepClone(), patch),
                "application/strategic-merge-patch+json" => FakePatch.Strategic(live.DeepClone(), patch),
                _ => FakePatch.Json(live.DeepClone(), patch),
            };
        }
        catch (FormatException e)
        {
            return (422, FakeStatus.Failure(422, "Invalid", e.Message));
        }

        if (patched is not JsonObject updated)
        {
            return (422, FakeStatus.Failure(422, "Invalid", "the patch did not leave an object"));
        }

        ManagedFields.Update(live, updated, manager, target.Resource.ApiVersion, Now());
        return Commit(target, live, updated, dryRun);
    }

    private async Task UpdateAsync(HttpContext context, FakeTarget target)
    {
        if (await ReadObjectAsync(context, target) is not { } body)
        {
            return;
        }

        var dryRun = context.Request.Query["dryRun"] == "All";
        var manager = ManagerOf(context.Request);
        int code;
        JsonObject answer;
        lock (gate)
        {
            var key = (target.Plural, target.StoreNs, target.Name!);
            if (!objects.TryGetValue(key, out var live))
            {
                (code, answer) = (404, NotFound(target));
            }
            else if (body["metadata"]?["resourceVersion"]?.ToString() is { Length: > 0 } rv && rv != live["metadata"]!["resourceVersion"]!.ToString())
            {
                (code, answer) = (409, FakeStatus.Failure(409, "Conflict",
                    $"Operation cannot be fulfilled on {target.Resource.Qualified} \"{target.Name}\": the object has been modified; please apply your changes to the latest version and try again",
                    new JsonObject { ["name"] = target.Name, ["group"] = target.Resource.Group, ["kind"] = target.Plural }));
            }
            else
            {
                ManagedFields.Update(live, body, manager, target.Resource.ApiVersion, Now());
                (code, answer) = Commit(target, live, body, dryRun);
            }
        }

        await WriteAsync(context, code, answer);
    }

    /// <summary>
    /// Stores <paramref name="updated"/> in place of <paramref name="live"/>: server-owned metadata and the status kept,
    /// defaults applied, immutable fields checked, the generation moved when the spec changed; unchanged, it stays as it is.
    /// </summary>
    private (int Code, JsonObject Body) Commit(FakeTarget target, JsonObject live, JsonObject updated, bool dryRun)
    {
        var meta = updated["metadata"] as JsonObject ?? [];
        updated["metadata"] = meta;
        var liveMeta = live["metadata"]!.AsObject();
        foreach (var field in (string[])["name", "namespace", "uid", "creationTimestamp", "generation", "resourceVersion", "deletionTimestamp"])
        {
            meta[field] = liveMeta[field]?.DeepClone();
        }

        if (live["status"] is { } status)
        {
            updated["status"] = status.DeepClone();
        }

        FakeDefaults.Apply(target.Plural, updated);
        if (FakeValidation.Update(target, live, updated) is { } invalid)
        {
            return (422, invalid);
        }

        RemoveNulls(updated);
        if (JsonNode.DeepEquals(Normalized(live), Normalized(updated)))
        {
            return (200, (JsonObject)live.DeepClone());
        }

        if (!JsonNode.DeepEquals(live["spec"], updated["spec"]))
        {
            meta["generation"] = (liveMeta["generation"]?.GetValue<long>() ?? 1) + 1;
        }

        if (dryRun)
        {
            return (200, updated);
        }

        Store((target.Plural, target.StoreNs, target.Name!), updated, "MODIFIED");
        return (200, (JsonObject)objects[(target.Plural, target.StoreNs, target.Name!)].DeepClone());
    }

    /// <summary>The object without the times in its managed fields, which change on every request.</summary>
    private static JsonObject Normalized(JsonObject obj)
    {
        var copy = JsonNode.Parse(obj.ToJsonString())!.AsObject();
        foreach (var entry in (copy["metadata"]?["managedFields"] as JsonArray ?? []).OfType<JsonObject>())
        {
            entry.Remove("time");
        }

        return copy;
    }

    private static void RemoveNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, value) in o)
                {
                    RemoveNulls(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    RemoveNulls(item);
                }

                break;
        }
    }
}
