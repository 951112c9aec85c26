using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private readonly List<(string Plural, string Name, string? Policy)> deletes = [];
    private readonly HashSet<string> collecting = new(StringComparer.Ordinal);

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

    private async Task DeleteAsync(HttpContext context, string plural, string ns, string name)
    {
        string? policy = context.Request.Query["propagationPolicy"].ToString();
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        if (text.Length > 0 && JsonNode.Parse(text)?["propagationPolicy"]?.GetValue<string>() is { } fromBody)
        {
            policy = fromBody;
        }

        policy = string.IsNullOrEmpty(policy) ? null : policy;
        int code;
        JsonObject answer;
        lock (gate)
        {
            deletes.Add((plural, name, policy));
            (code, answer) = Delete(plural, ns, name, policy);
        }

        await WriteAsync(context, code, answer);
    }

    private (int Code, JsonObject Body) Delete(string plural, string ns, string name, string? policy)
    {
        var key = (plural, ns, name);
        if (!objects.TryGetValue(key, out var live))
        {
            return (404, FakeStatus.NotFound("batch", plural, name));
        }

        var liveUid = live["metadata"]!["uid"]!.GetValue<string>();
        if (policy == "Foreground")
        {
            var deleting = (JsonObject)live.DeepClone();
            deleting["metadata"]!["deletionTimestamp"] = Rfc3339(Time.GetUtcNow());
            deleting["metadata"]!["finalizers"] = new JsonArray("foregroundDeletion");
            Store(key, deleting, "MODIFIED");
            return (200, (JsonObject)deleting.DeepClone());
        }

        Remove(key);
        foreach (var pod in PodsOf(ns, name))
        {
            if (policy == "Orphan")
            {
                pod["metadata"]!.AsObject().Remove("ownerReferences");
            }
            else
            {
                pod["metadata"]!["deletionTimestamp"] = Rfc3339(Time.GetUtcNow());
            }
        }

        return (200, FakeStatus.Success("batch", plural, name, liveUid));
    }

    /// <summary>The garbage collector: pods of deleted Jobs, and Jobs deleted in the foreground, go away.</summary>
    private void CollectGarbage()
    {
        foreach (var ((ns, name), pod) in pods.ToList())
        {
            if (pod["metadata"]!["deletionTimestamp"] is not null && !collecting.Add(pod["metadata"]!["uid"]!.GetValue<string>()))
            {
                pods.Remove((ns, name));
            }
        }

        foreach (var (key, live) in objects.ToList())
        {
            if (live["metadata"]!["deletionTimestamp"] is not null && !collecting.Add(live["metadata"]!["uid"]!.GetValue<string>()))
            {
                foreach (var pod in PodsOf(key.Ns, key.Name))
                {
                    pods.Remove((key.Ns, pod["metadata"]!["name"]!.GetValue<string>()));
                }

                Remove(key);
            }
        }
    }
}
