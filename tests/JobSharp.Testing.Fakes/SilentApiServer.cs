using System.Net;
using System.Net.Sockets;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// An "API server" on 127.0.0.1 that accepts every connection, reads what the client sends and never answers: the
/// hung server, load balancer or proxy that a client must not wait for without bound.
/// </summary>
public sealed class SilentApiServer : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> clients = [];
    private readonly Lock gate = new();
    private readonly TaskCompletionSource requestSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task accepting;
    private int received;

    private SilentApiServer(TcpListener listener)
    {
        this.listener = listener;
        Address = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        accepting = AcceptAsync();
    }

    /// <summary>The server's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    /// <summary>Completes when the first bytes of a request have arrived.</summary>
    public Task RequestSeen => requestSeen.Task;

    /// <summary>How many bytes the clients have sent in all.</summary>
    public int BytesReceived => Volatile.Read(ref received);

    /// <summary>Starts listening on a random port.</summary>
    /// <returns>The server.</returns>
    public static SilentApiServer Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new SilentApiServer(listener);
    }

    /// <summary>Writes a kubeconfig with one context, <paramref name="context"/>, pointing at this server.</summary>
    /// <param name="folder">Where to write it.</param>
    /// <param name="context">The context's name.</param>
    /// <param name="ns">The context's namespace, if any.</param>
    /// <returns>The kubeconfig's path.</returns>
    public string WriteKubeconfig(string folder, string context = "silent", string? ns = null) =>
        FakeKubeconfig.Write(folder, Address, context, ns);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        lock (gate)
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                lock (gate)
                {
                    clients.Add(client);
                }

                _ = ReadForeverAsync(client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopped.
        }
    }

    private async Task ReadForeverAsync(TcpClient client)
    {
        var buffer = new byte[4096];
        try
        {
            var stream = client.GetStream();
            while (await stream.ReadAsync(buffer, stopping.Token) is var count and > 0)
            {
                Interlocked.Add(ref received, count);
                requestSeen.TrySetResult();
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client gave up or the server stopped.
        }
    }
}
