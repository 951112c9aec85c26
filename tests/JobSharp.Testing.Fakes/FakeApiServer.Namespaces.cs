using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    /// <summary>Creates the namespace <paramref name="name"/> unless it exists (as <c>kubectl create namespace</c> would).</summary>
    public void CreateNamespace(string name)
    {
        lock (gate)
        {
            if (objects.ContainsKey(("namespaces", string.Empty, name)))
            {
                return;
            }

            var ns = new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "Namespace",
                ["metadata"] = new JsonObject
                {
                    ["name"] = name,
                    ["uid"] = NewUid(),
                    ["creationTimestamp"] = Now(),
                    ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = name },
                },
            };
            FakeDefaults.Apply("namespaces", ns);
            Store(("namespaces", string.Empty, name), ns, "ADDED");
        }
    }
}
