using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private readonly Dictionary<(string Ns, string Pod), FakePodLog> logs = [];
    private long logSequence;

    /// <summary>
    /// Jobs created from now on are selected, and their pods labelled, only by the pre-1.27 <c>controller-uid</c>
    /// and <c>job-name</c> labels, as on an old cluster.
    /// </summary>
    public bool LegacyPodLabels { get; set; }

    private static void UseLegacyLabels(JsonObject job)
    {
        var uid = job["metadata"]!["uid"]!.GetValue<string>();
        if (job["spec"]!["selector"]?["matchLabels"] is JsonObject selector && selector.ContainsKey("batch.kubernetes.io/controller-uid"))
        {
            selector.Remove("batch.kubernetes.io/controller-uid");
            selector["controller-uid"] = uid;
        }

        if (job["spec"]!["template"]?["metadata"]?["labels"] is JsonObject labels)
        {
            labels.Remove("batch.kubernetes.io/controller-uid");
            labels.Remove("batch.kubernetes.io/job-name");
        }
    }

    /// <summary>The names of the pods in <paramref name="ns"/>.</summary>
    public IReadOnlyList<string> PodNames(string ns)
    {
        lock (gate)
        {
            return [.. objects.Keys.Where(k => k.Plural == "pods" && k.Ns == ns).Select(k => k.Name).Order(StringComparer.Ordinal)];
        }
    }

    internal FakePodLog LogOf(string ns, string pod)
    {
        if (!logs.TryGetValue((ns, pod), out var log))
        {
            log = new FakePodLog();
            logs[(ns, pod)] = log;
        }

        return log;
    }

    internal DateTimeOffset NextLogTime() => Time.GetUtcNow().AddTicks(++logSequence * 1000);

    /// <summary>The pods of a Job: those it owns, or (for pods made before it had a uid) those labelled with its name.</summary>
    internal IEnumerable<JsonObject> PodsOf(string ns, string job)
    {
        var uid = Live("jobs", ns, job)?["metadata"]?["uid"]?.GetValue<string>();
        return objects.Where(p => p.Key.Plural == "pods" && p.Key.Ns == ns && (
                (uid is not null && (p.Value["metadata"]?["ownerReferences"] as JsonArray ?? []).Any(r => r?["uid"]?.GetValue<string>() == uid))
                || (LabelsOf(p.Value) is { } l && (l["batch.kubernetes.io/job-name"]?.GetValue<string>() == job || l["job-name"]?.GetValue<string>() == job))))
            .Select(p => p.Value)
            .ToList();
    }

    private async Task PodLogAsync(HttpContext context, string ns, string pod)
    {
        var query = context.Request.Query;
        var previous = query["previous"] == "true";
        var follow = query["follow"] == "true";
        var timestamps = query["timestamps"] == "true";
        int? tail = int.TryParse(query["tailLines"], CultureInfo.InvariantCulture, out var t) ? t : null;
        FakePodLog? log;
        string container;
        lock (gate)
        {
            var live = Live("pods", ns, pod);
            log = live is not null ? LogOf(ns, pod) : null;
            container = query["container"].ToString() is { Length: > 0 } c ? c
                : live?["spec"]?["containers"]?[0]?["name"]?.GetValue<string>() ?? "main";
        }

        if (log is null)
        {
            await WriteAsync(context, 404, FakeStatus.NotFound(string.Empty, "pods", pod));
            return;
        }

        bool missingPrevious;
        lock (gate)
        {
            missingPrevious = previous && log.Previous is null;
        }

        if (missingPrevious)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", $"previous terminated container \"{container}\" in pod \"{pod}\" not found"));
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain";
        int? written = null;
        List<(DateTimeOffset Time, string Text)> run;
        lock (gate)
        {
            run = previous ? log.Previous! : log.Current;
        }

        while (true)
        {
            List<(DateTimeOffset Time, string Text)> lines;
            bool done;
            Task next;
            lock (gate)
            {
                lines = [.. run];
                // As the kubelet's: a follow ends with the run it follows, when the container restarts too.
                done = !follow || previous || log.Done || !ReferenceEquals(run, log.Current);
                next = changed.Task;
            }

            written ??= tail is { } n ? Math.Max(0, lines.Count - n) : 0;
            for (; written < lines.Count; written++)
            {
                var (time, text) = lines[written.Value];
                var prefix = timestamps ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'00Z' ", CultureInfo.InvariantCulture) : string.Empty;
                await context.Response.WriteAsync(prefix + text + "\n");
            }

            await context.Response.Body.FlushAsync();
            if (done)
            {
                return;
            }

            try
            {
                await next.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
