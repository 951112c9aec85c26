using System.Text.Json.Nodes;
using JobSharp.Rendering;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Diffs the live object against the result of a server-side dry-run apply, both rendered canonically. When the
/// server refuses the dry run because an immutable field changed, the applied fields are laid over the live object
/// locally instead, and the immutable changes are marked.
/// </summary>
internal sealed class ManifestDiffer(ClusterConnection connection)
{
    private const string Mark = "   # immutable: needs --recreate";
    private static readonly string[] ImmutableJobFields =
        ["spec.template", "spec.selector", "spec.completionMode", "spec.podFailurePolicy", "spec.successPolicy",
         "spec.backoffLimitPerIndex", "spec.managedBy", "spec.completions"];

    private readonly ObjectApi api = new(connection);

    public async Task<ManifestDiff> DiffAsync(IKubernetesObject<V1ObjectMeta> manifest, string fieldManager, bool forceConflicts, CancellationToken ct)
    {
        var kind = ObjectApi.KindOf(manifest);
        var name = manifest.Metadata.Name;
        var ns = manifest.Metadata.NamespaceProperty ?? connection.Namespace;
        var live = await api.ReadAsync(kind, ns, name, ct).ConfigureAwait(false);
        IKubernetesObject<V1ObjectMeta> after;
        IReadOnlyList<string> immutable = [];
        IReadOnlyList<string> conflicts = [];
        try
        {
            try
            {
                after = (await api.ApplyAsync(manifest, ns, fieldManager, forceConflicts, dryRun: true, ct).ConfigureAwait(false)).Object;
            }
            catch (ClusterException e) when (e.Code == ClusterErrorCodes.ApplyConflict)
            {
                // The apply would fail on these; what it would change once they are taken over is still worth seeing.
                conflicts = Conflicts(e);
                after = (await api.ApplyAsync(manifest, ns, fieldManager, force: true, dryRun: true, ct).ConfigureAwait(false)).Object;
            }
        }
        catch (ClusterException e) when (live is not null && ImmutableChange.FieldsOf(e) is { Count: > 0 } fields)
        {
            after = Overlay(live, manifest);
            immutable = ImmutableChange.ChangedLeaves(manifest, live, fields);
        }

        var liveShown = live is null ? null : LiveObject.Normalize(live);
        var afterShown = LiveObject.Normalize(after);
        DiffMask.Apply(liveShown, afterShown);
        var before = liveShown is null ? string.Empty : ManifestRenderer.ToYaml(liveShown);
        var applied = ManifestRenderer.ToYaml(afterShown);
        var marks = string.Equals(kind, ObjectApi.JobKind, StringComparison.Ordinal);
        var oldPaths = Paths(before);
        var newPaths = Paths(applied);
        var resource = ObjectApi.Resource(kind, name);
        var text = LineDiff.Unified(
            before,
            applied,
            (live is null ? "/dev/null" : $"live {resource}", $"applied {resource} (server dry run)"),
            (isNew, index) => marks && ImmutableJobFields.Contains((isNew ? newPaths : oldPaths)[index], StringComparer.Ordinal) && live is not null
                ? Mark
                : null);
        return new ManifestDiff(kind, name, ns, live is not null, text, immutable) { Conflicts = conflicts };
    }

    /// <summary>Each conflicting field with its owner, as the server's 409 names them: <c>.spec.parallelism (conflict with "kubectl" ...)</c>.</summary>
    private static List<string> Conflicts(ClusterException e)
    {
        var causes = e.InnerException is k8s.Autorest.HttpOperationException http ? ApiCall.StatusOf(http)?.Details?.Causes ?? [] : [];
        var named = causes.Where(c => !string.IsNullOrEmpty(c.Field)).Select(c => $"{c.Field} ({c.Message})").ToList();
        return named.Count > 0 ? named : [e.Message];
    }

    /// <summary>The first two keys of the path of each line (such as <c>spec.template</c>) of canonical YAML.</summary>
    private static string[] Paths(string yaml)
    {
        var lines = LineDiff.Lines(yaml);
        var paths = new string[lines.Length];
        string? top = null, second = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (indent == 0 && colon > 0 && !line.StartsWith('-'))
            {
                top = line[..colon];
                second = null;
            }
            else if (indent == 2 && colon > 0 && !line.TrimStart().StartsWith('-'))
            {
                second = line[2..colon];
            }

            paths[i] = second is null ? top ?? string.Empty : $"{top}.{second}";
        }

        return paths;
    }

    /// <summary>The applied fields laid over the live object; lists of named objects merge by name.</summary>
    private static IKubernetesObject<V1ObjectMeta> Overlay(IKubernetesObject<V1ObjectMeta> live, IKubernetesObject<V1ObjectMeta> desired)
    {
        var target = JsonNode.Parse(KubernetesJson.Serialize(live))!;
        var source = JsonNode.Parse(KubernetesJson.Serialize(desired))!;
        var merged = Merge(target, source)!.ToJsonString();
        return live is V1CronJob ? KubernetesJson.Deserialize<V1CronJob>(merged) : KubernetesJson.Deserialize<V1Job>(merged);
    }

    internal static JsonNode? Merge(JsonNode? target, JsonNode? source)
    {
        switch (source)
        {
            case JsonObject s when target is JsonObject t:
                foreach (var (key, value) in s.ToList())
                {
                    t[key] = Merge(t[key]?.DeepClone(), value?.DeepClone());
                }

                return t;
            case JsonArray s when target is JsonArray t && s.All(IsNamed) && t.All(IsNamed):
                var result = new JsonArray();
                foreach (var item in s)
                {
                    var match = t.FirstOrDefault(x => string.Equals(NameOf(x), NameOf(item), StringComparison.Ordinal));
                    result.Add(Merge(match?.DeepClone(), item?.DeepClone()));
                }

                return result;
            default:
                return source?.DeepClone();
        }
    }

    private static bool IsNamed(JsonNode? node) => node is JsonObject o && o["name"] is JsonValue;

    private static string? NameOf(JsonNode? node) => (node as JsonObject)?["name"]?.GetValue<string>();
}
