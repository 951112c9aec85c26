using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes.Apply;

/// <summary>
/// What server-side apply needs to know of the schema of Jobs, CronJobs, pods and namespaces: which lists are keyed
/// and by what, which are sets, and which objects are atomic (replaced whole). A small stand-in for the OpenAPI
/// extensions <c>x-kubernetes-list-type</c>, <c>x-kubernetes-list-map-keys</c> and <c>x-kubernetes-map-type</c>.
/// </summary>
internal static class FieldSchema
{
    private static readonly Dictionary<string, string[]> ListKeys = new(StringComparer.Ordinal)
    {
        ["containers"] = ["name"],
        ["initContainers"] = ["name"],
        ["ephemeralContainers"] = ["name"],
        ["env"] = ["name"],
        ["volumes"] = ["name"],
        ["imagePullSecrets"] = ["name"],
        ["volumeMounts"] = ["mountPath"],
        ["volumeDevices"] = ["devicePath"],
        ["ports"] = ["containerPort", "protocol"],
        ["conditions"] = ["type"],
        ["ownerReferences"] = ["uid"],
        ["resourceClaims"] = ["name"],
        ["schedulingGates"] = ["name"],
        ["hostAliases"] = ["ip"],
        ["topologySpreadConstraints"] = ["topologyKey", "whenUnsatisfiable"],
    };

    private static readonly HashSet<string> Sets = new(StringComparer.Ordinal) { "finalizers" };

    private static readonly HashSet<string> AtomicObjects = new(StringComparer.Ordinal)
    {
        "selector", "secretKeyRef", "configMapKeyRef", "fieldRef", "resourceFieldRef", "nodeAffinity", "podAffinity",
        "podAntiAffinity", "configMapRef", "secretRef",
    };

    /// <summary>The key fields of the list called <paramref name="name"/> (null: not a keyed list).</summary>
    public static string[]? KeysOf(string name, JsonArray list) =>
        ListKeys.TryGetValue(name, out var keys) ? keys
        : list.Count > 0 && list.All(i => i is JsonObject o && o["name"] is JsonValue) ? ["name"]
        : null;

    public static bool IsSet(string name) => Sets.Contains(name);

    public static bool IsAtomic(string name) => AtomicObjects.Contains(name);

    /// <summary>The <c>k:{...}</c> segment for <paramref name="item"/>; the port protocol defaults to TCP as the server's does.</summary>
    public static string ItemSegment(JsonObject item, string[] keys)
    {
        var key = new JsonObject();
        foreach (var k in keys)
        {
            key[k] = item[k]?.DeepClone() ?? (k == "protocol" ? "TCP" : null);
        }

        return "k:" + key.ToJsonString();
    }
}
