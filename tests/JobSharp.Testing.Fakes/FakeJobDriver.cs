using System.Globalization;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// The scripted Job controller: creates pods with logs, moves pods and the Job through their states and conditions
/// (SuccessCriteriaMet then Complete; FailureTarget then Failed), and deletes a finished Job as its TTL would.
/// Runs under the fake server's lock.
/// </summary>
public sealed class FakeJobDriver
{
    private static int podCounter;
    private readonly FakeApiServer server;
    private readonly string ns;
    private readonly string job;

    internal FakeJobDriver(FakeApiServer server, string ns, string job)
    {
        this.server = server;
        this.ns = ns;
        this.job = job;
    }

    /// <summary>Creates a running pod of the Job; returns its name.</summary>
    public string StartPod(string? index = null)
    {
        var live = server.Live("jobs", ns, job) ?? throw new InvalidOperationException($"job {job} does not exist");
        var uid = live["metadata"]!["uid"]!.GetValue<string>();
        var number = Interlocked.Increment(ref podCounter);
        var name = index is null ? $"{job}-p{number}" : $"{job}-{index}-p{number}";
        var labels = new JsonObject { ["controller-uid"] = uid, ["job-name"] = job };
        if (!server.LegacyPodLabels)
        {
            labels["batch.kubernetes.io/controller-uid"] = uid;
            labels["batch.kubernetes.io/job-name"] = job;
        }

        var annotations = new JsonObject();
        if (index is not null)
        {
            annotations["batch.kubernetes.io/job-completion-index"] = index;
        }

        var containers = new JsonArray();
        var statuses = new JsonArray();
        foreach (var container in (live["spec"]?["template"]?["spec"]?["containers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            containers.Add(new JsonObject { ["name"] = container["name"]!.DeepClone(), ["image"] = container["image"]?.DeepClone() });
            statuses.Add(new JsonObject
            {
                ["name"] = container["name"]!.DeepClone(),
                ["ready"] = true,
                ["restartCount"] = 0,
                ["image"] = container["image"]?.DeepClone(),
                ["imageID"] = string.Empty,
                ["state"] = new JsonObject { ["running"] = new JsonObject() },
            });
        }

        server.PodStore[(ns, name)] = new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["uid"] = $"pod-{number}",
                ["creationTimestamp"] = server.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["labels"] = labels,
                ["annotations"] = annotations,
                ["ownerReferences"] = new JsonArray(new JsonObject
                {
                    ["apiVersion"] = "batch/v1", ["kind"] = "Job", ["name"] = job, ["uid"] = uid, ["controller"] = true, ["blockOwnerDeletion"] = true,
                }),
            },
            ["spec"] = new JsonObject { ["containers"] = containers, ["restartPolicy"] = "Never" },
            ["status"] = new JsonObject { ["phase"] = "Running", ["containerStatuses"] = statuses },
        };
        UpdateJob(status =>
        {
            status["startTime"] ??= Now();
            status["active"] = (status["active"]?.GetValue<int>() ?? 0) + 1;
        });
        return name;
    }

    /// <summary>Appends lines to the pod's current log.</summary>
    public FakeJobDriver Log(string pod, params string[] lines)
    {
        var log = server.LogOf(ns, pod);
        foreach (var line in lines)
        {
            log.Current.Add((server.NextLogTime(), line));
        }

        server.Changed();
        return this;
    }

    /// <summary>The pod's container exits 0.</summary>
    public FakeJobDriver Succeed(string pod) => End(pod, "Succeeded", 0, "Completed", "succeeded");

    /// <summary>The pod's container exits non-zero and the pod fails.</summary>
    public FakeJobDriver Fail(string pod, int exitCode = 1) => End(pod, "Failed", exitCode, "Error", "failed");

    /// <summary>The container restarts in place (restartPolicy OnFailure): its log becomes the previous run's.</summary>
    public FakeJobDriver Restart(string pod)
    {
        var log = server.LogOf(ns, pod);
        log.Previous = log.Current;
        log.Current = [];
        foreach (var status in (server.PodStore[(ns, pod)]["status"]!["containerStatuses"] as JsonArray)!.OfType<JsonObject>())
        {
            status["restartCount"] = status["restartCount"]!.GetValue<int>() + 1;
        }

        return this;
    }

    /// <summary>SuccessCriteriaMet, then Complete, as two updates.</summary>
    public FakeJobDriver Complete()
    {
        UpdateJob(status => AddCondition(status, "SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods"));
        UpdateJob(status =>
        {
            AddCondition(status, "Complete", "CompletionsReached", "Reached expected number of succeeded pods");
            status["completionTime"] = Now();
        });
        return this;
    }

    /// <summary>FailureTarget, then Failed, with <paramref name="reason"/>, as two updates.</summary>
    public FakeJobDriver FailJob(string reason, string message)
    {
        UpdateJob(status => AddCondition(status, "FailureTarget", reason, message));
        UpdateJob(status => AddCondition(status, "Failed", reason, message));
        return this;
    }

    /// <summary>Only FailureTarget (the controller has not yet added Failed).</summary>
    public FakeJobDriver FailureTarget(string reason, string message)
    {
        UpdateJob(status => AddCondition(status, "FailureTarget", reason, message));
        return this;
    }

    /// <summary>The TTL controller deletes the Job and its pods.</summary>
    public FakeJobDriver DeleteByTtl()
    {
        foreach (var pod in server.PodsOf(ns, job))
        {
            server.PodStore.Remove((ns, pod["metadata"]!["name"]!.GetValue<string>()));
        }

        server.Remove(("jobs", ns, job));
        return this;
    }

    private FakeJobDriver End(string pod, string phase, int exitCode, string reason, string counter)
    {
        var live = server.PodStore[(ns, pod)];
        live["status"]!["phase"] = phase;
        foreach (var status in (live["status"]!["containerStatuses"] as JsonArray)!.OfType<JsonObject>())
        {
            status["ready"] = false;
            status["state"] = new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = exitCode, ["reason"] = reason } };
        }

        server.LogOf(ns, pod).Done = true;
        UpdateJob(status =>
        {
            status["active"] = Math.Max(0, (status["active"]?.GetValue<int>() ?? 0) - 1);
            status[counter] = (status[counter]?.GetValue<int>() ?? 0) + 1;
        });
        return this;
    }

    private void UpdateJob(Action<JsonObject> change)
    {
        var live = server.Live("jobs", ns, job) ?? throw new InvalidOperationException($"job {job} does not exist");
        var copy = (JsonObject)live.DeepClone();
        var status = copy["status"] as JsonObject ?? [];
        copy["status"] = status;
        change(status);
        server.Store(("jobs", ns, job), copy, "MODIFIED");
    }

    private void AddCondition(JsonObject status, string type, string reason, string message)
    {
        var conditions = status["conditions"] as JsonArray ?? [];
        status["conditions"] = conditions;
        conditions.Add(new JsonObject
        {
            ["type"] = type, ["status"] = "True", ["reason"] = reason, ["message"] = message,
            ["lastProbeTime"] = Now(), ["lastTransitionTime"] = Now(),
        });
    }

    private string Now() => server.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
