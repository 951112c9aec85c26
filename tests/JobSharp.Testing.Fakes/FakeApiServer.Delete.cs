using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// Deletion as the API server and its garbage collector do it: <c>Orphan</c> (the default for batch/v1 Jobs, with
/// the server's warning) leaves the pods without their owner; <c>Background</c> removes the object, then its pods;
/// <c>Foreground</c> marks the object (<c>deletionTimestamp</c>, finalizer <c>foregroundDeletion</c>), and the
/// collector removes the pods and then the object by itself, a moment later, each with a DELETED event.
/// </summary>
public sealed partial class FakeApiServer
{
    private const string OrphanWarning =
        "299 - \"child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning\"";

    private readonly List<(string Plural, string Name, string? Policy)> deletes = [];

    /// <summary>How long the garbage collector takes to finish a foreground deletion.</summary>
    public TimeSpan GarbageCollectionDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Every delete seen: the resource, the name and the propagation policy (null when none was sent).</summary>
    public IReadOnlyList<(string Plural, string Name, string? Policy)> Deletes
    {
        get
        {
            lock (gate)
            {
                return [.. deletes];
            }
        }
    }

    private async Task DeleteAsync(HttpContext context, FakeTarget target)
    {
        string? policy = context.Request.Query["propagationPolicy"].ToString();
        var dryRun = context.Request.Query["dryRun"] == "All";
        JsonNode? body;
        try
        {
            body = context.Request.ContentLength is 0 ? null : await FakeBody.ReadAsync(context.Request);
        }
        catch (FormatException)
        {
            body = null;
        }

        if (body is JsonObject options)
        {
            policy = options["propagationPolicy"]?.GetValue<string>() ?? policy;
            dryRun |= options["dryRun"] is JsonArray { Count: > 0 };
        }

        policy = string.IsNullOrEmpty(policy) ? null : policy;
        if (policy is not (null or "Orphan" or "Background" or "Foreground"))
        {
            await WriteAsync(context, 422, FakeStatus.Failure(422, "Invalid", $"DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"{policy}\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\""));
            return;
        }

        if (policy is null && target.Plural == "jobs")
        {
            context.Response.Headers["Warning"] = OrphanWarning;
        }

        int code;
        JsonObject answer;
        lock (gate)
        {
            deletes.Add((target.Plural, target.Name!, policy));
            (code, answer) = Delete(target, policy ?? (target.Plural == "jobs" ? "Orphan" : "Background"), dryRun);
        }

        await WriteAsync(context, code, answer);
    }

    private (int Code, JsonObject Body) Delete(FakeTarget target, string policy, bool dryRun)
    {
        var key = (target.Plural, target.StoreNs, target.Name!);
        if (!objects.TryGetValue(key, out var live))
        {
            return (404, NotFound(target));
        }

        var liveUid = live["metadata"]!["uid"]!.GetValue<string>();
        var success = FakeStatus.Success(target.Resource.Group, target.Plural, target.Name!, liveUid);
        if (dryRun)
        {
            return (200, success);
        }

        if (policy == "Foreground" || target.Plural == "namespaces")
        {
            if (live["metadata"]!["deletionTimestamp"] is null)
            {
                var deleting = (JsonObject)live.DeepClone();
                deleting["metadata"]!["deletionTimestamp"] = Now();
                deleting["metadata"]!["deletionGracePeriodSeconds"] = 0;
                if (target.Plural == "namespaces")
                {
                    deleting["status"] = new JsonObject { ["phase"] = "Terminating" };
                }
                else
                {
                    deleting["metadata"]!["finalizers"] = new JsonArray("foregroundDeletion");
                }

                Store(key, deleting, "MODIFIED");
                _ = CollectLaterAsync(key, liveUid);
            }

            return (200, (JsonObject)objects[key].DeepClone());
        }

        Remove(key);
        foreach (var (podKey, pod) in DependentsOf(liveUid))
        {
            if (policy == "Orphan")
            {
                var orphan = (JsonObject)pod.DeepClone();
                orphan["metadata"]!.AsObject().Remove("ownerReferences");
                Store(podKey, orphan, "MODIFIED");
            }
            else
            {
                Remove(podKey);
            }
        }

        return (200, success);
    }

    /// <summary>The garbage collector's part of a foreground deletion: the dependents go, then the object.</summary>
    private async Task CollectLaterAsync((string Plural, string Ns, string Name) key, string ownerUid)
    {
        try
        {
            await Task.Delay(GarbageCollectionDelay, stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (gate)
        {
            if (objects.GetValueOrDefault(key)?["metadata"]?["uid"]?.GetValue<string>() != ownerUid)
            {
                return;
            }

            foreach (var (podKey, _) in DependentsOf(ownerUid))
            {
                Remove(podKey);
            }

            if (key.Plural == "namespaces")
            {
                foreach (var inside in objects.Keys.Where(k => k.Ns == key.Name && k.Plural != "namespaces").ToList())
                {
                    Remove(inside);
                }
            }

            Remove(key);
        }
    }

    /// <summary>The objects whose owner (by <c>ownerReferences</c>) has <paramref name="ownerUid"/>.</summary>
    private List<KeyValuePair<(string Plural, string Ns, string Name), JsonObject>> DependentsOf(string ownerUid) =>
        [.. objects.Where(o => (o.Value["metadata"]?["ownerReferences"] as JsonArray ?? [])
            .Any(r => r?["uid"]?.GetValue<string>() == ownerUid))];
}
