using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// A small, hand-written OpenAPI v3 for the fake's resources: for each one its paths, the operations with the query
/// parameters the server understands (kubectl looks for <c>fieldValidation</c> on a PATCH to decide that the server
/// validates fields, so it need not), and a loose schema per kind. Not Kubernetes' published document.
/// </summary>
internal static class FakeOpenApi
{
    public static JsonObject Root()
    {
        var paths = new JsonObject();
        foreach (var group in FakeResource.All.Select(r => r.Group).Distinct())
        {
            var key = group.Length == 0 ? "api/v1" : $"apis/{group}/v1";
            paths[key] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{key}?hash={Hash(group)}" };
        }

        return new JsonObject { ["paths"] = paths };
    }

    public static JsonObject Document(string group)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        foreach (var r in FakeResource.All.Where(r => r.Group == group))
        {
            var prefix = group.Length == 0 ? "/api/v1" : $"/apis/{group}/v1";
            var collection = r.Namespaced ? $"{prefix}/namespaces/{{namespace}}/{r.Plural}" : $"{prefix}/{r.Plural}";
            var gvk = new JsonObject { ["group"] = group, ["version"] = "v1", ["kind"] = r.Kind };
            paths[collection] = new JsonObject
            {
                ["get"] = Operation("list", gvk, r, "watch", "labelSelector", "fieldSelector", "resourceVersion", "timeoutSeconds", "allowWatchBookmarks", "limit", "continue"),
                ["post"] = Operation("post", gvk, r, "dryRun", "fieldManager", "fieldValidation"),
            };
            paths[$"{collection}/{{name}}"] = new JsonObject
            {
                ["get"] = Operation("get", gvk, r),
                ["put"] = Operation("put", gvk, r, "dryRun", "fieldManager", "fieldValidation"),
                ["patch"] = Operation("patch", gvk, r, "dryRun", "fieldManager", "fieldValidation", "force"),
                ["delete"] = Operation("delete", gvk, r, "dryRun", "gracePeriodSeconds", "propagationPolicy"),
            };
            schemas[SchemaName(r)] = Schema(r, gvk);
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes (JobSharp fake)", ["version"] = $"v{FakeDiscovery.Major}.{FakeDiscovery.Minor}.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    private static string Hash(string group) => group.Length == 0 ? "CORE0000" : "BATCH000";

    private static string SchemaName(FakeResource r) => r.Group.Length == 0 ? $"io.k8s.api.core.v1.{r.Kind}" : $"io.k8s.api.{r.Group}.v1.{r.Kind}";

    private static JsonObject Operation(string action, JsonObject gvk, FakeResource r, params string[] query)
    {
        var parameters = new JsonArray();
        foreach (var name in query)
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "query",
                ["schema"] = new JsonObject { ["type"] = name is "timeoutSeconds" or "limit" or "gracePeriodSeconds" ? "integer" : name is "watch" or "allowWatchBookmarks" or "force" ? "boolean" : "string", ["uniqueItems"] = true },
            });
        }

        var reference = new JsonObject { ["$ref"] = $"#/components/schemas/{SchemaName(r)}" };
        return new JsonObject
        {
            ["operationId"] = $"{action}{r.Kind}",
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject
                {
                    ["description"] = "OK",
                    ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = reference } },
                },
            },
            ["x-kubernetes-action"] = action,
            ["x-kubernetes-group-version-kind"] = gvk.DeepClone(),
        };
    }

    private static JsonObject Schema(FakeResource r, JsonObject gvk)
    {
        static JsonObject Loose() => new() { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"{r.Kind} (loose schema: the fake validates on the server)",
            ["properties"] = new JsonObject
            {
                ["apiVersion"] = new JsonObject { ["type"] = "string" },
                ["kind"] = new JsonObject { ["type"] = "string" },
                ["metadata"] = Loose(),
                ["spec"] = Loose(),
                ["status"] = Loose(),
            },
            ["x-kubernetes-group-version-kind"] = new JsonArray(gvk.DeepClone()),
        };
    }
}
