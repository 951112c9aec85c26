using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    /// <summary>Serves discovery and OpenAPI; false when <paramref name="parts"/> is no such path.</summary>
    private async Task<bool> ServeDiscoveryAsync(HttpContext context, string[] parts)
    {
        if (context.Request.Method != "GET")
        {
            return false;
        }

        JsonObject? document = parts switch
        {
            ["version"] => FakeDiscovery.Version(),
            ["api"] => FakeDiscovery.CoreVersions(new Uri(Address).Authority),
            ["api", "v1"] => FakeDiscovery.Resources(string.Empty),
            ["apis"] => FakeDiscovery.Groups(),
            ["apis", "batch"] => FakeDiscovery.BatchGroup(),
            ["apis", "batch", "v1"] => FakeDiscovery.Resources("batch"),
            ["openapi", "v3"] => FakeOpenApi.Root(),
            ["openapi", "v3", "api", "v1"] => FakeOpenApi.Document(string.Empty),
            ["openapi", "v3", "apis", "batch", "v1"] => FakeOpenApi.Document("batch"),
            _ => null,
        };
        if (document is null)
        {
            return false;
        }

        await WriteAsync(context, 200, document);
        return true;
    }
}
