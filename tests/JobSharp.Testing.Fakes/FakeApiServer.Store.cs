using System.Globalization;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>One change to a stored object, kept for watches: the object after the change and, for watches with a selector, before it.</summary>
internal sealed record FakeEvent(long Rv, string Plural, string Ns, string Name, string Type, JsonObject Object, JsonObject? Old);

public sealed partial class FakeApiServer
{
    private readonly Dictionary<(string Plural, string Ns, string Name), JsonObject> objects = [];
    private readonly List<FakeEvent> events = [];
    private long resourceVersion = 100;
    private long compactedRevision;
    private int uid;

    /// <summary>The stored object, or null. Cluster-scoped objects (namespaces) have the namespace <c>""</c>.</summary>
    public JsonObject? Get(string plural, string ns, string name)
    {
        lock (gate)
        {
            return objects.TryGetValue((plural, ns, name), out var o) ? (JsonObject)o.DeepClone() : null;
        }
    }

    /// <summary>
    /// Forgets the history of changes, as etcd's compaction does: a watch or list from an older resource version gets
    /// <c>410 Gone</c> from now on.
    /// </summary>
    public void Compact()
    {
        lock (gate)
        {
            compactedRevision = resourceVersion;
            events.Clear();
        }
    }

    internal string CurrentResourceVersion => resourceVersion.ToString(CultureInfo.InvariantCulture);

    internal string NewUid() => $"00000000-0000-0000-0000-{++uid:D12}";

    internal void Store((string Plural, string Ns, string Name) key, JsonObject value, string type)
    {
        var old = objects.GetValueOrDefault(key);
        var resource = FakeResource.ByPlural(key.Plural);
        if (!value.ContainsKey("kind"))
        {
            value.Insert(0, "apiVersion", resource.ApiVersion);
            value.Insert(1, "kind", resource.Kind);
        }
        value["metadata"]!["resourceVersion"] = (++resourceVersion).ToString(CultureInfo.InvariantCulture);

        // One representation for every number, whether it came from JSON, YAML or code: JSON text.
        var stored = JsonNode.Parse(value.ToJsonString())!.AsObject();
        objects[key] = stored;
        events.Add(new FakeEvent(resourceVersion, key.Plural, key.Ns, key.Name, type, (JsonObject)stored.DeepClone(), (JsonObject?)old?.DeepClone()));
        Signal();
    }

    internal void Remove((string Plural, string Ns, string Name) key)
    {
        if (objects.Remove(key, out var value))
        {
            var old = (JsonObject)value.DeepClone();
            value["metadata"]!["resourceVersion"] = (++resourceVersion).ToString(CultureInfo.InvariantCulture);
            events.Add(new FakeEvent(resourceVersion, key.Plural, key.Ns, key.Name, "DELETED", value, old));
            Signal();
        }
    }

    internal JsonObject? Live(string plural, string ns, string name) => objects.GetValueOrDefault((plural, ns, name));

    internal IEnumerable<KeyValuePair<(string Plural, string Ns, string Name), JsonObject>> LiveOf(string plural, string? ns) =>
        objects.Where(e => e.Key.Plural == plural && (ns is null || e.Key.Ns == ns))
            .OrderBy(e => e.Key.Ns, StringComparer.Ordinal)
            .ThenBy(e => e.Key.Name, StringComparer.Ordinal)
            .ToList();

    internal void Changed() => Signal();

    private void Signal()
    {
        var old = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        old.TrySetResult();
    }
}
