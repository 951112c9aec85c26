using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private FakeController? controller;

    /// <summary>The scenario every new Job runs by itself, or null when only scripts move Jobs.</summary>
    public FakeScenario? Controller { get; private init; }

    /// <summary>Called under the lock when an object was created.</summary>
    private void OnCreated(FakeTarget target, (string Plural, string Ns, string Name) key)
    {
        if (target.Plural != "jobs" || Controller is null)
        {
            return;
        }

        controller ??= new FakeController(this, Controller, stopping.Token);
        controller.Start(key.Ns, key.Name, (JsonObject)objects[key].DeepClone());
    }
}
