using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

/// <summary>Where a request points: a resource, its namespace (null: all namespaces, or cluster-scoped), a name and a subresource.</summary>
internal sealed record FakeTarget(FakeResource Resource, string? Ns, string? Name, string? Subresource)
{
    public string Plural => Resource.Plural;

    /// <summary>The store's namespace for the object: <c>""</c> for cluster-scoped ones.</summary>
    public string StoreNs => Resource.Namespaced ? Ns ?? string.Empty : string.Empty;

    /// <summary>Parses <c>/api/v1/...</c> or <c>/apis/GROUP/v1/...</c> past the version; null when it is no resource path.</summary>
    public static FakeTarget? Parse(string group, string[] rest)
    {
        if (rest.Length >= 3 && rest[0] == "namespaces" && FakeResource.Find(group, rest[2]) is { Namespaced: true } inNs)
        {
            return rest.Length > 5 ? null : new FakeTarget(inNs, rest[1], rest.ElementAtOrDefault(3), rest.ElementAtOrDefault(4));
        }

        if (rest.Length is >= 1 and <= 3 && FakeResource.Find(group, rest[0]) is { } resource)
        {
            var name = rest.ElementAtOrDefault(1);
            return resource.Namespaced && name is not null ? null : new FakeTarget(resource, null, name, rest.ElementAtOrDefault(2));
        }

        return null;
    }
}

public sealed partial class FakeApiServer
{
    private async Task RouteAsync(HttpContext context)
    {
        var request = context.Request;
        AddWarnings(context);
        var parts = request.Path.Value!.Trim('/').Split('/');
        if (await ServeDiscoveryAsync(context, parts))
        {
            return;
        }

        FakeTarget? target = parts switch
        {
            ["api", "v1", .. var rest] => FakeTarget.Parse(string.Empty, rest),
            ["apis", var group, "v1", .. var rest] => FakeTarget.Parse(group, rest),
            _ => null,
        };
        if (target is null)
        {
            await WriteAsync(context, 404, FakeStatus.Failure(404, "NotFound", "the server could not find the requested resource"));
            return;
        }

        var verb = request.Method switch
        {
            "GET" => target.Name is not null ? "get" : QueryBool(request, "watch") ? "watch" : "list",
            "PATCH" => "patch",
            "DELETE" => "delete",
            "PUT" => "update",
            _ => "create",
        };
        if (target.Ns is { } ns && IsForbidden(ns, target.Plural, verb))
        {
            await WriteAsync(context, 403, FakeStatus.Forbidden("system:serviceaccount:ci:deployer", verb, target.Plural, target.Resource.Group, ns));
            return;
        }

        switch (request.Method, target.Name, target.Subresource)
        {
            case ("GET", null, null) when QueryBool(request, "watch"):
                await WatchAsync(context, target);
                break;
            case ("GET", null, null):
                await ListAsync(context, target);
                break;
            case ("GET", not null, "log") when target.Plural == "pods":
                await PodLogAsync(context, target.StoreNs, target.Name);
                break;
            case ("GET", not null, null or "status"):
                await GetAsync(context, target);
                break;
            case ("POST", null, null):
                await CreateAsync(context, target);
                break;
            case ("PATCH", not null, null):
                await PatchAsync(context, target);
                break;
            case ("PUT", not null, null):
                await UpdateAsync(context, target);
                break;
            case ("DELETE", not null, null):
                await DeleteAsync(context, target);
                break;
            default:
                await WriteAsync(context, 405, FakeStatus.Failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
                break;
        }
    }

    private bool IsForbidden(string ns, string plural, string verb)
    {
        lock (gate)
        {
            return forbiddenNamespaces.Contains(ns) || forbiddenVerbs.Contains((ns, plural, verb));
        }
    }

    /// <summary>A boolean query parameter as the API server reads it (Go's <c>strconv.ParseBool</c>: 1, t, true, ...).</summary>
    private static bool QueryBool(HttpRequest request, string name) =>
        request.Query[name].ToString() is "1" or "t" or "T" or "true" or "TRUE" or "True";
}
