using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes.Apply;

/// <summary>One manager's entry in <c>metadata.managedFields</c>.</summary>
internal sealed record ManagerEntry(string Manager, string Operation, string ApiVersion, string Time, HashSet<FieldPath> Fields, string? Subresource = null)
{
    /// <summary>How the server's conflict messages name the manager: an applier by name, an updater with its version and time.</summary>
    public string Printed => Operation == "Apply" ? $"\"{Manager}\"" : $"\"{Manager}\" using {ApiVersion} at {Time}";
}

/// <summary>A field another manager owns with a different value than the apply wants.</summary>
internal sealed record FieldConflict(ManagerEntry Owner, FieldPath Path);

/// <summary>
/// Per-field ownership as the API server tracks it (structured-merge-diff, for the fields a Job has): an apply owns
/// exactly the fields in its configuration, shares the ones another manager set to the same value, conflicts on the
/// ones another manager set differently, and removes the ones it stopped applying that nobody else owns. An update
/// (create, merge patch, put) takes every field it changed from everyone else.
/// </summary>
internal static class ManagedFields
{
    public static List<ManagerEntry> Read(JsonObject? obj)
    {
        var entries = new List<ManagerEntry>();
        foreach (var item in (obj?["metadata"]?["managedFields"] as JsonArray ?? []).OfType<JsonObject>())
        {
            entries.Add(new ManagerEntry(
                item["manager"]?.GetValue<string>() ?? string.Empty,
                item["operation"]?.GetValue<string>() ?? "Update",
                item["apiVersion"]?.GetValue<string>() ?? string.Empty,
                item["time"]?.GetValue<string>() ?? string.Empty,
                FieldTree.FromFieldsV1(item["fieldsV1"] as JsonObject),
                item["subresource"]?.GetValue<string>()));
        }

        return entries;
    }

    public static void Write(JsonObject obj, IEnumerable<ManagerEntry> entries)
    {
        var list = new JsonArray();
        foreach (var e in entries.Where(e => e.Fields.Count > 0))
        {
            var item = new JsonObject
            {
                ["manager"] = e.Manager,
                ["operation"] = e.Operation,
                ["apiVersion"] = e.ApiVersion,
                ["time"] = e.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = FieldTree.ToFieldsV1(e.Fields),
            };
            if (e.Subresource is not null)
            {
                item["subresource"] = e.Subresource;
            }

            list.Add(item);
        }

        obj["metadata"]!["managedFields"] = list;
    }

    /// <summary>
    /// Applies <paramref name="config"/> by <paramref name="manager"/> over <paramref name="live"/> (null: a new object).
    /// Returns the result with its managed fields, or the conflicts (none when <paramref name="force"/>).
    /// </summary>
    public static (JsonObject? Result, IReadOnlyList<FieldConflict> Conflicts) Apply(
        JsonObject? live, JsonObject config, string manager, bool force, string apiVersion, string time)
    {
        var entries = Read(live);
        var applied = FieldTree.Fields(config);
        var merged = (JsonObject)FieldTree.Merge(live?.DeepClone() ?? new JsonObject(), config.DeepClone())!;
        var others = entries.Where(e => !(e.Manager == manager && e.Operation == "Apply")).ToList();
        var conflicts = new List<FieldConflict>();
        foreach (var path in applied.Where(p => !p.IsItem).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var before = FieldTree.Get(live, path);
            var after = FieldTree.Get(merged, path);
            if (before.Found && !JsonNode.DeepEquals(before.Value, after.Value))
            {
                conflicts.AddRange(others.Where(o => o.Fields.Contains(path)).Select(o => new FieldConflict(o, path)));
            }
        }

        if (conflicts.Count > 0 && !force)
        {
            return (null, conflicts);
        }

        foreach (var (owner, path) in conflicts)
        {
            owner.Fields.Remove(path);
        }

        var mine = entries.FirstOrDefault(e => e.Manager == manager && e.Operation == "Apply");
        foreach (var dropped in (mine?.Fields ?? []).Except(applied).OrderByDescending(p => p.Segments.Count))
        {
            if (!others.Any(o => o.Fields.Contains(dropped) || o.Fields.Any(f => IsUnder(f, dropped))))
            {
                FieldTree.Remove(merged, dropped);
            }
        }

        var next = others.ToList();
        var index = mine is null ? next.Count : entries.IndexOf(mine);
        next.Insert(Math.Min(index, next.Count), new ManagerEntry(manager, "Apply", apiVersion, time, applied));
        Write(merged, next);
        return (merged, []);
    }

    /// <summary>
    /// Records an update by <paramref name="manager"/> that turned <paramref name="live"/> (null: created) into
    /// <paramref name="updated"/>: the manager owns every field it changed or added, which nobody else owns any more,
    /// and fields that are gone are owned by nobody.
    /// </summary>
    public static void Update(JsonObject? live, JsonObject updated, string manager, string apiVersion, string time)
    {
        var entries = Read(live);
        var before = live is null ? [] : FieldTree.Fields(live);
        var after = FieldTree.Fields(updated);
        var changed = after.Where(p => !before.Contains(p) || !JsonNode.DeepEquals(FieldTree.Get(live, p).Value, FieldTree.Get(updated, p).Value)).ToHashSet();
        foreach (var entry in entries)
        {
            entry.Fields.RemoveWhere(p => changed.Contains(p) || !after.Contains(p));
        }

        var mine = entries.FirstOrDefault(e => e.Manager == manager && e.Operation == "Update");
        if (mine is null)
        {
            entries.Add(new ManagerEntry(manager, "Update", apiVersion, time, changed));
        }
        else if (changed.Count > 0)
        {
            entries[entries.IndexOf(mine)] = mine with { Time = time, Fields = [.. mine.Fields.Union(changed)] };
        }

        Write(updated, entries);
    }

    /// <summary>The 409 message of the API server for these conflicts.</summary>
    public static string Message(IReadOnlyList<FieldConflict> conflicts)
    {
        if (conflicts.Count == 1)
        {
            return $"Apply failed with 1 conflict: conflict with {conflicts[0].Owner.Printed}: {conflicts[0].Path}";
        }

        var lines = conflicts.GroupBy(c => c.Owner.Printed).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => new[] { $"conflicts with {g.Key}:" }.Concat(g.Select(c => $"- {c.Path}")));
        return $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
    }

    private static bool IsUnder(FieldPath path, FieldPath ancestor) =>
        path.Segments.Count > ancestor.Segments.Count && path.Segments.Take(ancestor.Segments.Count).SequenceEqual(ancestor.Segments, StringComparer.Ordinal);
}
