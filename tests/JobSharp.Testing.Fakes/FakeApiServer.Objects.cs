using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private static readonly string[] ImmutableJobFields = ["spec.template", "spec.selector", "spec.completionMode", "spec.completions"];
    private readonly Dictionary<(string Plural, string Ns, string Name), JsonObject> objects = [];
    private readonly Dictionary<(string Plural, string Ns, string Name), string> owners = [];
    private long resourceVersion = 100;
    private int uid;

    /// <summary>The stored object, or null.</summary>
    public JsonObject? Get(string plural, string ns, string name)
    {
        lock (gate)
        {
            return objects.TryGetValue((plural, ns, name), out var o) ? (JsonObject)o.DeepClone() : null;
        }
    }

    /// <summary>Marks the object's fields as owned by <paramref name="manager"/> (another client, such as kubectl).</summary>
    public void SetOwner(string plural, string ns, string name, string manager)
    {
        lock (gate)
        {
            owners[(plural, ns, name)] = manager;
        }
    }

    private async Task GetAsync(HttpContext context, string plural, string ns, string name)
    {
        JsonObject? found;
        lock (gate)
        {
            CollectGarbage();
            found = Get(plural, ns, name);
        }

        await WriteAsync(context, found is null ? 404 : 200, found ?? FakeStatus.NotFound("batch", plural, name));
    }

    private async Task ListAsync(HttpContext context, string plural, string ns)
    {
        var list = new JsonArray();
        string rv;
        lock (gate)
        {
            foreach (var ((p, n, _), o) in objects.OrderBy(e => e.Key.Name, StringComparer.Ordinal))
            {
                if (p == plural && n == ns)
                {
                    list.Add(o.DeepClone());
                }
            }

            rv = resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await WriteAsync(context, 200, new JsonObject
        {
            ["kind"] = plural == "jobs" ? "JobList" : "CronJobList",
            ["apiVersion"] = "batch/v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = rv },
            ["items"] = list,
        });
    }

    private async Task ApplyAsync(HttpContext context, string plural, string ns, string name)
    {
        var request = context.Request;
        if (request.ContentType?.StartsWith("application/apply-patch+yaml", StringComparison.Ordinal) != true)
        {
            await WriteAsync(context, 415, FakeStatus.Failure(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"));
            return;
        }

        var manager = request.Query["fieldManager"].ToString();
        if (manager.Length == 0)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"));
            return;
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        var force = request.Query["force"] == "true";
        var dryRun = request.Query["dryRun"] == "All";
        var kind = plural == "jobs" ? "Job" : "CronJob";
        if (body["kind"]?.GetValue<string>() != kind || body["apiVersion"]?.GetValue<string>() != "batch/v1")
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", $"Object 'Kind' is missing or wrong in '{body.ToJsonString()}'"));
            return;
        }

        if (body["metadata"]?["name"]?.GetValue<string>() != name)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", "the name of the object does not match the name on the URL"));
            return;
        }

        int code;
        JsonObject answer;
        lock (gate)
        {
            (code, answer) = Apply(plural, kind, ns, name, body, manager, force, dryRun);
        }

        await WriteAsync(context, code, answer);
    }

    private (int Code, JsonObject Body) Apply(string plural, string kind, string ns, string name, JsonObject body, string manager, bool force, bool dryRun)
    {
        var key = (plural, ns, name);
        if (!objects.TryGetValue(key, out var live))
        {
            var created = (JsonObject)body.DeepClone();
            var meta = created["metadata"]!.AsObject();
            meta["namespace"] = ns;
            meta["uid"] = $"00000000-0000-0000-0000-{++uid:D12}";
            meta["creationTimestamp"] = Rfc3339(Time.GetUtcNow());
            meta["generation"] = 1;
            meta["managedFields"] = new JsonArray(new JsonObject { ["manager"] = manager, ["operation"] = "Apply", ["apiVersion"] = "batch/v1" });
            if (plural == "jobs")
            {
                FakeDefaults.Job(created);
            }

            if (!dryRun)
            {
                Store(key, created, "ADDED");
                owners[key] = manager;
            }
            else
            {
                meta["resourceVersion"] = string.Empty;
            }

            return (201, (JsonObject)created.DeepClone());
        }

        var merged = (JsonObject)FakeMerge.Overlay(live.DeepClone(), body)!;
        if (plural == "jobs")
        {
            var changed = ImmutableJobFields.Where(f => !JsonNode.DeepEquals(FakeMerge.At(live, f), FakeMerge.At(merged, f))).ToList();
            if (changed.Count > 0)
            {
                return (422, FakeStatus.Immutable(kind, name, changed));
            }
        }

        if (JsonNode.DeepEquals(live, merged))
        {
            return (200, (JsonObject)live.DeepClone());
        }

        if (!force && owners.TryGetValue(key, out var owner) && owner != manager)
        {
            var fields = FakeMerge.ChangedLeaves(live, merged, string.Empty).Select(f => "." + f).ToList();
            return (409, FakeStatus.Conflict(owner, fields));
        }

        if (!JsonNode.DeepEquals(live["spec"], merged["spec"]))
        {
            merged["metadata"]!["generation"] = (live["metadata"]!["generation"]?.GetValue<int>() ?? 1) + 1;
        }

        if (dryRun)
        {
            return (200, merged);
        }

        Store(key, merged, "MODIFIED");
        owners[key] = manager;
        return (200, (JsonObject)merged.DeepClone());
    }
}
