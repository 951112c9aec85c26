using System.Globalization;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// The fake's own Job controller, for hosts where nobody scripts the Jobs (the FakeCluster program, the kubectl
/// conformance test): every new, unsuspended Job runs its scenario on its own, in real time.
/// </summary>
internal sealed class FakeController(FakeApiServer server, FakeScenario defaults, CancellationToken stopping)
{
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
        var retries = Math.Clamp(job["spec"]?["backoffLimit"]?.GetValue<int>() ?? 6, 0, 2);
        _ = RunAsync(ns, name, scenario, completions, retries);
    }

    private async Task RunAsync(string ns, string name, FakeScenario scenario, int completions, int retries)
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
                case FakeScenarioKind.Fail:
                    for (var attempt = 0; attempt <= retries; attempt++)
                    {
                        var pod = StartLogged(ns, name, $"{name}: error: attempt {attempt + 1} failed");
                        await Task.Delay(scenario.RunTime, stopping);
                        Step(ns, name, d => d.Fail(pod));
                    }

                    Step(ns, name, d => d.FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit"));
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
