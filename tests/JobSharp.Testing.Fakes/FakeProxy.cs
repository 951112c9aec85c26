using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// An HTTP proxy on 127.0.0.1 that tunnels <c>CONNECT host:port</c> requests (how a client reaches an https server
/// through a proxy, a kubeconfig's <c>proxy-url</c>) and records each target.
/// </summary>
public sealed class FakeProxy : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<string> targets = [];
    private readonly Task accepting;

    private FakeProxy(TcpListener listener)
    {
        this.listener = listener;
        Address = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        accepting = AcceptAsync();
    }

    /// <summary>The proxy's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    /// <summary>The <c>host:port</c> of every tunnel asked for.</summary>
    public IReadOnlyList<string> Targets
    {
        get
        {
            lock (gate)
            {
                return [.. targets];
            }
        }
    }

    /// <summary>Starts listening on a random port.</summary>
    public static FakeProxy Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new FakeProxy(listener);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = TunnelAsync(client);
        }
    }

    private async Task TunnelAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(one, stopping.Token) == 0)
                {
                    return;
                }

                head.Append((char)one[0]);
            }

            var line = head.ToString().Split("\r\n")[0].Split(' ');
            if (line.Length < 2 || line[0] != "CONNECT")
            {
                await stream.WriteAsync("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), stopping.Token);
                return;
            }

            lock (gate)
            {
                targets.Add(line[1]);
            }

            var colon = line[1].LastIndexOf(':');
            using var upstream = new TcpClient();
            await upstream.ConnectAsync(line[1][..colon], int.Parse(line[1][(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), stopping.Token);
            await stream.WriteAsync("HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray(), stopping.Token);
            var other = upstream.GetStream();
            await Task.WhenAny(stream.CopyToAsync(other, stopping.Token), other.CopyToAsync(stream, stopping.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }
}
