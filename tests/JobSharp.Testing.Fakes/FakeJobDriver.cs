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

    /// <summary>Creates a running pod of the Job (with its template's labels and annotations, as the controller does); returns its name.</summary>
    public string StartPod(string? index = null) => CreatePod(index, pending: null);

    /// <summary>Creates a pod that never starts: Pending, its containers waiting with <paramref name="reason"/> (ImagePullBackOff, ...).</summary>
    public string StartStuckPod(string reason = "ImagePullBackOff", string? index = null) => CreatePod(index, reason);

    private string CreatePod(string? index, string? pending, string? message = null)
    {
        var live = server.Live("jobs", ns, job) ?? throw new InvalidOperationException($"job {job} does not exist");
        var uid = live["metadata"]!["uid"]!.GetValue<string>();
        var number = Interlocked.Increment(ref podCounter);
        var name = index is null ? $"{job}-p{number}" : $"{job}-{index}-p{number}";
        var template = live["spec"]?["template"];
        var labels = template?["metadata"]?["labels"]?.DeepClone() as JsonObject ?? [];
        labels["controller-uid"] = uid;
        labels["job-name"] = job;
        if (server.LegacyPodLabels)
        {
            labels.Remove("batch.kubernetes.io/controller-uid");
            labels.Remove("batch.kubernetes.io/job-name");
        }
        else
        {
            labels["batch.kubernetes.io/controller-uid"] = uid;
            labels["batch.kubernetes.io/job-name"] = job;
        }

        var annotations = template?["metadata"]?["annotations"]?.DeepClone() as JsonObject ?? [];
        if (index is not null)
        {
            annotations["batch.kubernetes.io/job-completion-index"] = index;
            labels["batch.kubernetes.io/job-completion-index"] = index;
        }

        var containers = new JsonArray();
        var statuses = new JsonArray();
        foreach (var container in (template?["spec"]?["containers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            containers.Add(container.DeepClone());
            statuses.Add(new JsonObject
            {
                ["name"] = container["name"]!.DeepClone(),
                ["ready"] = pending is null,
                ["started"] = pending is null,
                ["restartCount"] = 0,
                ["image"] = container["image"]?.DeepClone(),
                ["imageID"] = string.Empty,
                ["state"] = pending is null
                    ? new JsonObject { ["running"] = new JsonObject { ["startedAt"] = Now() } }
                    : new JsonObject { ["waiting"] = new JsonObject { ["reason"] = pending, ["message"] = message ?? $"Back-off pulling image \"{container["image"]}\"" } },
            });
        }

        var spec = template?["spec"]?.DeepClone() as JsonObject ?? [];
        spec["containers"] = containers;
        spec["nodeName"] = "fake-node";
        spec["restartPolicy"] ??= "Never";
        server.Store(("pods", ns, name), new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["generateName"] = $"{job}-",
                ["namespace"] = ns,
                ["uid"] = $"pod-{number}",
                ["creationTimestamp"] = Now(),
                ["labels"] = labels,
                ["annotations"] = annotations,
                ["finalizers"] = new JsonArray("batch.kubernetes.io/job-tracking"),
                ["ownerReferences"] = new JsonArray(new JsonObject
                {
                    ["apiVersion"] = "batch/v1", ["kind"] = "Job", ["name"] = job, ["uid"] = uid, ["controller"] = true, ["blockOwnerDeletion"] = true,
                }),
            },
            ["spec"] = spec,
            ["status"] = new JsonObject
            {
                ["phase"] = pending is null ? "Running" : "Pending",
                ["hostIP"] = "10.0.0.1",
                ["podIP"] = $"10.244.0.{number % 250 + 2}",
                ["startTime"] = Now(),
                ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = pending is null ? "True" : "False", ["lastTransitionTime"] = Now() }),
                ["containerStatuses"] = statuses,
            },
        }, "ADDED");
        UpdateJob(status =>
        {
            status["startTime"] ??= Now();
            status["active"] = (status["active"]?.GetValue<int>() ?? 0) + 1;
            status["ready"] = (status["ready"]?.GetValue<int>() ?? 0) + (pending is null ? 1 : 0);
        });
        return name;
    }

    /// <summary>
    /// Creates a pod whose containers wait with <paramref name="reason"/> and the kubelet's <paramref name="message"/>
    /// (ErrImagePull, InvalidImageName, CreateContainerConfigError, ...); returns its name.
    /// </summary>
    public string StartWaitingPod(string reason, string message) => CreatePod(null, reason, message);

    /// <summary>The pod's containers now wait with <paramref name="reason"/> and <paramref name="message"/>.</summary>
    public FakeJobDriver Waiting(string pod, string reason, string message)
    {
        UpdatePod(pod, live =>
        {
            live["status"]!["phase"] = "Pending";
            foreach (var status in (live["status"]!["containerStatuses"] as JsonArray)!.OfType<JsonObject>())
            {
                status["ready"] = false;
                status["started"] = false;
                status["state"] = new JsonObject { ["waiting"] = new JsonObject { ["reason"] = reason, ["message"] = message } };
            }
        });
        return this;
    }

    /// <summary>Creates a pod the scheduler cannot place: Pending, <c>PodScheduled</c> False with <paramref name="message"/>.</summary>
    public string StartUnschedulablePod(string message)
    {
        var pod = CreatePod(null, "ContainerCreating");
        UpdatePod(pod, live =>
        {
            live["spec"]!.AsObject().Remove("nodeName");
            var status = live["status"]!.AsObject();
            status["phase"] = "Pending";
            status.Remove("containerStatuses");
            status.Remove("hostIP");
            status.Remove("podIP");
            status.Remove("startTime");
            status["conditions"] = new JsonArray(new JsonObject
            {
                ["type"] = "PodScheduled", ["status"] = "False", ["reason"] = "Unschedulable", ["message"] = message, ["lastTransitionTime"] = Now(),
            });
        });
        return pod;
    }

    /// <summary>
    /// The container crashed (<paramref name="reason"/>: Error, OOMKilled) and the kubelet waits before starting it
    /// again (<c>CrashLoopBackOff</c>): its log becomes the previous run's.
    /// </summary>
    public FakeJobDriver CrashLoop(string pod, int exitCode = 1, string reason = "Error")
    {
        var log = server.LogOf(ns, pod);
        log.Previous = log.Current;
        log.Current = [];
        UpdatePod(pod, live =>
        {
            live["status"]!["phase"] = "Running";
            foreach (var status in (live["status"]!["containerStatuses"] as JsonArray)!.OfType<JsonObject>())
            {
                var restarts = status["restartCount"]!.GetValue<int>() + 1;
                status["restartCount"] = restarts;
                status["ready"] = false;
                status["started"] = false;
                status["lastState"] = new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = exitCode, ["reason"] = reason, ["finishedAt"] = Now() } };
                status["state"] = new JsonObject
                {
                    ["waiting"] = new JsonObject
                    {
                        ["reason"] = "CrashLoopBackOff",
                        ["message"] = $"back-off {10 << Math.Min(restarts, 5)}s restarting failed container={status["name"]} pod={pod}_{ns}({live["metadata"]!["uid"]})",
                    },
                };
            }
        });
        return this;
    }

    /// <summary>An event on the Job, as the Job controller records one (<c>FailedCreate</c>, <c>SuccessfulCreate</c>).</summary>
    public FakeJobDriver Event(string reason, string message, string type = "Warning")
    {
        var live = server.Live("jobs", ns, job) ?? throw new InvalidOperationException($"job {job} does not exist");
        var name = $"{job}.{server.NewUid()[^8..]}";
        server.Store(("events", ns, name), new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Event",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns, ["uid"] = server.NewUid(), ["creationTimestamp"] = Now() },
            ["involvedObject"] = new JsonObject
            {
                ["apiVersion"] = "batch/v1", ["kind"] = "Job", ["name"] = job, ["namespace"] = ns, ["uid"] = live["metadata"]!["uid"]!.DeepClone(),
                ["resourceVersion"] = live["metadata"]!["resourceVersion"]!.DeepClone(),
            },
            ["reason"] = reason,
            ["message"] = message,
            ["type"] = type,
            ["count"] = 1,
            ["firstTimestamp"] = Now(),
            ["lastTimestamp"] = Now(),
            ["source"] = new JsonObject { ["component"] = "job-controller" },
            ["reportingComponent"] = "job-controller",
        }, "ADDED");
        return this;
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
        UpdatePod(pod, live =>
        {
            foreach (var status in (live["status"]!["containerStatuses"] as JsonArray)!.OfType<JsonObject>())
            {
                status["restartCount"] = status["restartCount"]!.GetValue<int>() + 1;
                status["lastState"] = new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = 1, ["reason"] = "Error", ["finishedAt"] = Now() } };
            }
        });
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

    /// <summary>
    /// FailureTarget, then Failed, with <paramref name="reason"/>. In between, as the real controller does, the pods
    /// still running or pending are deleted, each counted as failed: with restartPolicy OnFailure that is the pod
    /// whose container kept restarting, and its logs go with it.
    /// </summary>
    public FakeJobDriver FailJob(string reason, string message)
    {
        UpdateJob(status => AddCondition(status, "FailureTarget", reason, message));
        var active = server.PodsOf(ns, job)
            .Where(p => p["status"]?["phase"]?.GetValue<string>() is not ("Succeeded" or "Failed"))
            .Select(p => p["metadata"]!["name"]!.GetValue<string>())
            .ToList();
        foreach (var pod in active)
        {
            server.LogOf(ns, pod).Done = true;
            server.Remove(("pods", ns, pod));
            UpdateJob(status =>
            {
                var left = Math.Max(0, (status["active"]?.GetValue<int>() ?? 0) - 1);
                status["active"] = left;
                if (left == 0)
                {
                    status.Remove("active");
                }

                status["failed"] = (status["failed"]?.GetValue<int>() ?? 0) + 1;
            });
        }

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
            server.Remove(("pods", ns, pod["metadata"]!["name"]!.GetValue<string>()));
        }

        server.Remove(("jobs", ns, job));
        return this;
    }

    private FakeJobDriver End(string pod, string phase, int exitCode, string reason, string counter)
    {
        UpdatePod(pod, live =>
        {
            live["status"]!["phase"] = phase;
            live["status"]!["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = "False", ["reason"] = "PodCompleted", ["lastTransitionTime"] = Now() });
            live["metadata"]!.AsObject().Remove("finalizers");
            foreach (var status in (live["status"]!["containerStatuses"] as JsonArray)!.OfType<JsonObject>())
            {
                status["ready"] = false;
                status["started"] = false;
                status["state"] = new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = exitCode, ["reason"] = reason, ["finishedAt"] = Now() } };
            }
        });
        server.LogOf(ns, pod).Done = true;
        UpdateJob(status =>
        {
            var active = Math.Max(0, (status["active"]?.GetValue<int>() ?? 0) - 1);
            status["active"] = active;
            if (active == 0)
            {
                status.Remove("active"); // a plain int32 in the API: left out when zero
            }

            status["ready"] = Math.Max(0, (status["ready"]?.GetValue<int>() ?? 0) - 1);
            status[counter] = (status[counter]?.GetValue<int>() ?? 0) + 1;
        });
        return this;
    }

    private void UpdatePod(string pod, Action<JsonObject> change)
    {
        var live = server.Live("pods", ns, pod) ?? throw new InvalidOperationException($"pod {pod} does not exist");
        var copy = (JsonObject)live.DeepClone();
        change(copy);
        server.Store(("pods", ns, pod), copy, "MODIFIED");
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
