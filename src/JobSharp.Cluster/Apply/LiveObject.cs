using System.Text.Json.Nodes;
using JobSharp.Rendering;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Live objects reduced to what their owner wrote: no status, no server bookkeeping.</summary>
internal static class LiveObject
{
    /// <summary>A copy without status, managed fields, resource version, generation, uid and timestamps.</summary>
    public static IKubernetesObject<V1ObjectMeta> Normalize(IKubernetesObject<V1ObjectMeta> live)
    {
        var json = JsonNode.Parse(KubernetesJson.Serialize(live))!.AsObject();
        json.Remove("status");
        if (json["metadata"] is JsonObject metadata)
        {
            foreach (var key in new[] { "managedFields", "resourceVersion", "generation", "uid", "creationTimestamp", "selfLink" })
            {
                metadata.Remove(key);
            }
        }

        var text = json.ToJsonString();
        return live is V1CronJob ? KubernetesJson.Deserialize<V1CronJob>(text) : KubernetesJson.Deserialize<V1Job>(text);
    }

    public static string Render(IKubernetesObject<V1ObjectMeta> live) => ManifestRenderer.ToYaml(Normalize(live));
}
