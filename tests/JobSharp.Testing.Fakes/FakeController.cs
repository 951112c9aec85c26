using System.Globalization;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// The fake's own Job controller, for hosts where nobody scripts the Jobs (the FakeCluster program, the kubectl
/// conformance test): every new, unsuspended Job runs its scenario on its own, in real time.
/// </summary>
internal sealed class FakeController(FakeApiServer server, FakeScenario defaults, CancellationToken stopping)
{
    private const string BackoffLimitExceeded = "BackoffLimitExceeded";
    private const string BackoffLimitMessage = "Job has reached the specified backoff limit";
    private static readonly TimeSpan ControllerReaction = TimeSpan.FromMilliseconds(300);

    public void Start(string ns, string name, JsonObject job)
    {
        if (job["spec"]?["suspend"]?.GetValue<bool>() == true)
        {
            return;
        }

        var annotations = job["metadata"]?["annotations"] as JsonObject;
        var scenario = defaults;
        if (annotations?[FakeScenario.ScenarioAnnotation]?.ToString() is { } kind)
        {
            scenario = scenario with { Kind = FakeScenario.ParseKind(kind) };
        }

        if (annotations?[FakeScenario.DurationAnnotation]?.ToString() is { } ms && int.TryParse(ms, CultureInfo.InvariantCulture, out var millis))
        {
            scenario = scenario with { Duration = TimeSpan.FromMilliseconds(millis) };
        }

        var completions = Math.Clamp(job["spec"]?["completions"]?.GetValue<int>() ?? 1, 1, 10);
        var backoffLimit = Math.Clamp(job["spec"]?["backoffLimit"]?.GetValue<int>() ?? 6, 0, 10);
        var inPlace = job["spec"]?["template"]?["spec"]?["restartPolicy"]?.GetValue<string>() == "OnFailure";
        _ = RunAsync(ns, name, scenario, completions, new Retries(backoffLimit, inPlace));
    }

    /// <summary>A Job's retry budget (<c>backoffLimit</c>, at most 10 here) and whether it retries in place (OnFailure).</summary>
    private sealed record Retries(int BackoffLimit, bool InPlace);

    private async Task RunAsync(string ns, string name, FakeScenario scenario, int completions, Retries retries)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), stopping);
            switch (scenario.Kind)
            {
                case FakeScenarioKind.Hang:
                    StartLogged(ns, name, $"{name}: working (this pod never finishes)");
                    break;
                case FakeScenarioKind.Stuck:
                    Step(ns, name, d => d.StartStuckPod());
                    break;
                case FakeScenarioKind.Unschedulable:
                    Step(ns, name, d => d.StartUnschedulablePod(
                        "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."));
                    break;
                case FakeScenarioKind.MissingConfig:
                    Step(ns, name, d => d.StartWaitingPod("CreateContainerConfigError", "configmap \"app-config\" not found"));
                    break;
                case FakeScenarioKind.CrashLoop:
                    var crashing = StartLogged(ns, name, $"{name}: error: cannot connect to the database");
                    await Task.Delay(scenario.RunTime, stopping);
                    Step(ns, name, d => d.CrashLoop(crashing));
                    break;
                case FakeScenarioKind.Quota:
                    Step(ns, name, d => d.Event(
                        "FailedCreate",
                        $"Error creating: pods \"{name}-x2v9q\" is forbidden: exceeded quota: compute, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi"));
                    break;
                case FakeScenarioKind.Fail when retries.InPlace:
                    await FailInPlaceAsync(ns, name, scenario, retries.BackoffLimit);
                    break;
                case FakeScenarioKind.Fail:
                    // restartPolicy Never: a new pod per attempt; the Job fails when failed > backoffLimit.
                    for (var attempt = 1; attempt <= retries.BackoffLimit + 1; attempt++)
                    {
                        var pod = StartLogged(ns, name, $"{name}: error: attempt {attempt} failed");
                        await Task.Delay(scenario.RunTime, stopping);
                        Step(ns, name, d => d.Fail(pod));
                    }

                    Step(ns, name, d => d.FailJob(BackoffLimitExceeded, BackoffLimitMessage));
                    break;
                case FakeScenarioKind.Restart:
                    var restarted = StartLogged(ns, name, $"{name}: error: run 1 failed");
                    for (var run = 2; run <= 3; run++)
                    {
                        await Task.Delay(scenario.RunTime / 3, stopping);
                        var line = run == 3 ? $"{name}: done" : $"{name}: error: run {run} failed";
                        Step(ns, name, d => d.Restart(restarted).Log(restarted, line));
                    }

                    await Task.Delay(scenario.RunTime / 3, stopping);
                    Step(ns, name, d => d.Succeed(restarted).Complete());
                    break;
                default:
                    var pods = new List<string>();
                    for (var i = 0; i < completions; i++)
                    {
                        pods.Add(StartLogged(ns, name, $"{name}: done"));
                    }

                    await Task.Delay(scenario.RunTime, stopping);
                    Step(ns, name, d =>
                    {
                        foreach (var pod in pods)
                        {
                            d.Succeed(pod);
                        }

                        d.Complete();
                    });
                    break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or KeyNotFoundException)
        {
            // The server stopped, or the Job (or its pod) was deleted meanwhile: nothing left to run.
        }
    }

    /// <summary>
    /// restartPolicy OnFailure: one pod whose container fails and restarts in place. The Job fails once the restarts
    /// reach backoffLimit (more than 0 when it is 0), and the controller then deletes the pod with its logs.
    /// </summary>
    private async Task FailInPlaceAsync(string ns, string name, FakeScenario scenario, int backoffLimit)
    {
        var pod = StartLogged(ns, name, $"{name}: error: attempt 1 failed");
        for (var restarts = 1; ; restarts++)
        {
            await Task.Delay(scenario.RunTime, stopping);
            if (restarts >= Math.Max(backoffLimit, 1))
            {
                Step(ns, name, d => d.CrashLoop(pod));
                // The controller sees the restart on its next sync, and the pod lingers while the kubelet stops it.
                await Task.Delay(ControllerReaction, stopping);
                Step(ns, name, d => d.FailJob(BackoffLimitExceeded, BackoffLimitMessage));
                return;
            }

            var line = $"{name}: error: attempt {restarts + 1} failed";
            Step(ns, name, d => d.Restart(pod).Log(pod, line));
        }
    }

    /// <summary>Starts a pod of the Job that logs <paramref name="line"/>; returns its name.</summary>
    private string StartLogged(string ns, string name, string line)
    {
        var pod = string.Empty;
        server.Drive(ns, name, d =>
        {
            pod = d.StartPod();
            d.Log(pod, line);
        });
        return pod;
    }

    private void Step(string ns, string name, Action<FakeJobDriver> action) => server.Drive(ns, name, action);
}
