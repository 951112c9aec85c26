using System.Runtime.InteropServices;
using FakeClusterHost;
using JobSharp.Testing.Fakes;

// The fake Kubernetes API server on a loopback port: writes a kubeconfig for it, prints "ready <url>", and runs
// until standard input closes or SIGTERM/SIGINT arrives. Every Job runs the chosen scenario by itself.
HostOptions options;
try
{
    options = HostOptions.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine($"FakeCluster: {e.Message}");
    Console.Error.WriteLine(HostOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions
{
    Port = options.Port,
    Namespaces = options.Namespaces,
    Controller = options.Scenario,
});
FakeKubeconfig.WriteFile(options.Kubeconfig, server.Address, "fake", ns: null);
Console.Out.WriteLine($"ready {server.Address}");
Console.Out.Flush();

// Standard input closing (the parent went away) ends the server too.
var stdinClosed = Task.Run(async () =>
{
    using var input = Console.OpenStandardInput();
    var buffer = new byte[256];
    while (await input.ReadAsync(buffer, stop.Token) > 0)
    {
    }
});
await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, stop.Token)).ContinueWith(_ => { }, TaskScheduler.Default);
return 0;
