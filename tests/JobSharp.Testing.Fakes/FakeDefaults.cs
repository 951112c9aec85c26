using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>The defaults and generated fields the API server adds to an object (applied again on every write: they are idempotent).</summary>
internal static class FakeDefaults
{
    public static void Apply(string plural, JsonObject obj)
    {
        switch (plural)
        {
            case "jobs":
                Job(obj);
                break;
            case "cronjobs":
                CronJob(obj);
                break;
            case "namespaces":
                obj["spec"] ??= new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
                obj["status"] ??= new JsonObject { ["phase"] = "Active" };
                break;
        }
    }

    private static void Job(JsonObject job)
    {
        var meta = job["metadata"]!.AsObject();
        var name = meta["name"]!.GetValue<string>();
        var uid = meta["uid"]!.GetValue<string>();
        var spec = Object(job, "spec");
        if (spec["completions"] is null && spec["parallelism"] is null)
        {
            spec["completions"] = 1;
        }

        spec["parallelism"] ??= 1;
        spec["backoffLimit"] ??= spec["backoffLimitPerIndex"] is null ? 6 : int.MaxValue;
        spec["completionMode"] ??= "NonIndexed";
        spec["suspend"] ??= false;
        spec["podReplacementPolicy"] ??= spec["podFailurePolicy"] is null ? "TerminatingOrFailed" : "Failed";
        spec["manualSelector"] ??= false;
        spec["selector"] ??= new JsonObject { ["matchLabels"] = new JsonObject { ["batch.kubernetes.io/controller-uid"] = uid } };
        var template = Object(spec, "template");
        if (template["metadata"] is not JsonObject)
        {
            template.Remove("metadata");
            template.Insert(0, "metadata", new JsonObject()); // first, as the server's JSON has it
        }

        var labels = Object(Object(template, "metadata"), "labels");
        var userLabels = (JsonObject)labels.DeepClone();
        labels["batch.kubernetes.io/controller-uid"] = uid;
        labels["batch.kubernetes.io/job-name"] = name;
        labels["controller-uid"] = uid;
        labels["job-name"] = name;

        // The Job's own labels default to its template's: the user's at create, and (when there were none) the
        // generated ones as the server's next read defaults them again.
        if (meta["labels"] is not JsonObject { Count: > 0 })
        {
            meta["labels"] = userLabels.Count > 0 ? userLabels : labels.DeepClone();
        }

        PodSpec(Object(template, "spec"));
        job["status"] ??= new JsonObject();
    }

    private static void CronJob(JsonObject cron)
    {
        var spec = Object(cron, "spec");
        spec["concurrencyPolicy"] ??= "Allow";
        spec["suspend"] ??= false;
        spec["successfulJobsHistoryLimit"] ??= 3;
        spec["failedJobsHistoryLimit"] ??= 1;
        var jobSpec = Object(Object(spec, "jobTemplate"), "spec");
        PodSpec(Object(Object(jobSpec, "template"), "spec"));
        cron["status"] ??= new JsonObject();
    }

    private static void PodSpec(JsonObject podSpec)
    {
        podSpec["dnsPolicy"] ??= "ClusterFirst";
        podSpec["schedulerName"] ??= "default-scheduler";
        podSpec["terminationGracePeriodSeconds"] ??= 30;
        podSpec["securityContext"] ??= new JsonObject();
        foreach (var container in (podSpec["containers"] as JsonArray ?? []).Concat(podSpec["initContainers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var image = container["image"]?.GetValue<string>() ?? string.Empty;
            var tag = image.Contains('@', StringComparison.Ordinal) ? "digest" : image[(image.LastIndexOf('/') + 1)..].Split(':').ElementAtOrDefault(1);
            container["imagePullPolicy"] ??= tag is null or "latest" ? "Always" : "IfNotPresent";
            container["terminationMessagePath"] ??= "/dev/termination-log";
            container["terminationMessagePolicy"] ??= "File";
            foreach (var port in (container["ports"] as JsonArray ?? []).OfType<JsonObject>())
            {
                port["protocol"] ??= "TCP";
            }
        }
    }

    private static JsonObject Object(JsonObject parent, string key)
    {
        if (parent[key] is not JsonObject child)
        {
            child = [];
            parent[key] = child;
        }

        return child;
    }
}
