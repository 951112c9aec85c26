using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// An in-process Kubernetes API server for batch/v1 Jobs and CronJobs, pods and pod logs, speaking the real HTTP
/// protocol the way KubernetesClient uses it, on 127.0.0.1 with a random port. Scripted failures, watch drops and
/// a scripted Job controller make every path of JobSharp.Cluster testable without a cluster.
/// </summary>
public sealed partial class FakeApiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly Queue<(int Code, string? RetryAfter, Func<HttpRequest, bool> When, bool AfterHandling)> failures = new();
    private readonly HashSet<string> forbiddenNamespaces = new(StringComparer.Ordinal);
    private readonly List<string> requests = [];
    private readonly HashSet<string> authorizations = new(StringComparer.Ordinal);
    private readonly HashSet<string> userAgents = new(StringComparer.Ordinal);
    private readonly HashSet<string> clientCertificates = new(StringComparer.Ordinal);
    private readonly List<FakeRequestHeaders> headers = [];
    private readonly CancellationTokenSource stopping = new();

    private FakeApiServer(WebApplication app, TimeProvider time, FakeTls? tls, string? requiredToken)
    {
        this.app = app;
        Time = time;
        Tls = tls;
        RequiredToken = requiredToken;
    }

    /// <summary>The CA and certificates of an https server (<see cref="FakeApiServerOptions.Https"/>); null for plain http.</summary>
    public FakeTls? Tls { get; }

    /// <summary>The token a request must carry (<see cref="FakeApiServerOptions.RequiredToken"/>); null when any request is served.</summary>
    public string? RequiredToken { get; }

    /// <summary>The server's address, such as <c>http://127.0.0.1:41234</c> (<c>https://</c> with <see cref="FakeApiServerOptions.Https"/>).</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>The clock for timestamps.</summary>
    public TimeProvider Time { get; }

    /// <summary>Every request seen, as <c>METHOD path?query</c>.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Every distinct <c>User-Agent</c> header seen.</summary>
    public IReadOnlyCollection<string> UserAgents
    {
        get
        {
            lock (gate)
            {
                return [.. userAgents];
            }
        }
    }

    /// <summary>The subject of every distinct client certificate presented.</summary>
    public IReadOnlyCollection<string> ClientCertificates
    {
        get
        {
            lock (gate)
            {
                return [.. clientCertificates];
            }
        }
    }

    /// <summary>The content headers of every request seen, in order.</summary>
    public IReadOnlyList<FakeRequestHeaders> RequestHeaders
    {
        get
        {
            lock (gate)
            {
                return [.. headers];
            }
        }
    }

    /// <summary>Every distinct <c>Authorization</c> header seen.</summary>
    public IReadOnlyCollection<string> Authorizations
    {
        get
        {
            lock (gate)
            {
                return [.. authorizations];
            }
        }
    }

    /// <summary>Starts a server on a random loopback port with the namespaces <c>default</c>, <c>kube-system</c>, <c>kube-public</c> and <c>kube-node-lease</c>.</summary>
    public static Task<FakeApiServer> StartAsync(TimeProvider? time = null) => StartAsync(new FakeApiServerOptions { Time = time });

    /// <summary>Starts a server as <paramref name="options"/> say.</summary>
    public static async Task<FakeApiServer> StartAsync(FakeApiServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        var tls = options.Https ? FakeTls.Create(options.ExpiredCertificate) : null;
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port, listen =>
        {
            if (tls is not null)
            {
                listen.UseHttps(https =>
                {
                    https.ServerCertificate = tls.ServerCertificate;
                    https.ClientCertificateMode = options.RequireClientCertificate ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.AllowCertificate;
                    https.ClientCertificateValidation = (certificate, _, _) => tls.Trusts(certificate);
                });
            }
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeApiServer(app, options.Time ?? TimeProvider.System, tls, options.RequiredToken)
        {
            GarbageCollectionDelay = options.GarbageCollectionDelay,
            Controller = options.Controller,
        };
        foreach (var ns in FakeApiServerOptions.SystemNamespaces.Concat(options.Namespaces))
        {
            server.CreateNamespace(ns);
        }

        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>
    /// Writes a kubeconfig with one context, <paramref name="context"/>, pointing at this server. For an https server
    /// it carries the CA (<c>certificate-authority-data</c>) and the token <c>fake-token</c> (or <see cref="RequiredToken"/>);
    /// for plain http, a user without credentials, since none may be sent in clear.
    /// </summary>
    public string WriteKubeconfig(string folder, string context = "fake", string? ns = null) =>
        FakeKubeconfig.Write(folder, Address, context, ns, Tls?.AuthorityPem, Tls is null ? null : RequiredToken ?? "fake-token");

    /// <summary>
    /// The next <paramref name="count"/> requests (matching <paramref name="when"/>) get <paramref name="code"/>. With
    /// <paramref name="afterHandling"/>, each is carried out first and its answer replaced by the failure, as when a proxy
    /// or the server times out after the change was made.
    /// </summary>
    public void FailNext(int code, int count = 1, string? retryAfter = null, Func<HttpRequest, bool>? when = null, bool afterHandling = false)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                failures.Enqueue((code, retryAfter, when ?? (_ => true), afterHandling));
            }
        }
    }

    /// <summary>The CA of an https server as a kubeconfig's <c>certificate-authority-data</c> holds it (base64 of the PEM); null for plain http.</summary>
    public string? CertificateAuthorityData =>
        Tls is null ? null : Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(Tls.AuthorityPem));

    /// <summary>Every request in <paramref name="ns"/> gets 403 Forbidden.</summary>
    public void Forbid(string ns)
    {
        lock (gate)
        {
            forbiddenNamespaces.Add(ns);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        stopping.Dispose();
        await app.DisposeAsync();
        Tls?.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        context.RequestAborted = linked.Token;
        // Like the real server (Go's net/http), the Date of each answer is the moment it is written, on the clock that
        // stamps managedFields; Kestrel's own Date is refreshed once a second and may be a second or more behind.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Date = Time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        var request = context.Request;
        (int Code, string? RetryAfter, bool AfterHandling)? failure = null;
        lock (gate)
        {
            requests.Add($"{request.Method} {request.Path}{request.QueryString}");
            authorizations.Add(request.Headers.Authorization.ToString());
            userAgents.Add(request.Headers.UserAgent.ToString());
            headers.Add(new FakeRequestHeaders(request.Method, $"{request.Path}{request.QueryString}", request.ContentType, request.Headers.Accept.ToString(), request.Headers.AcceptEncoding.ToString()));
            if (context.Connection.ClientCertificate is { } certificate)
            {
                clientCertificates.Add(certificate.Subject);
            }

            if (failures.Count > 0 && failures.Peek().When(request))
            {
                var f = failures.Dequeue();
                failure = (f.Code, f.RetryAfter, f.AfterHandling);
            }
        }

        if (failure is { } fail)
        {
            if (fail.AfterHandling)
            {
                var answer = context.Response.Body;
                context.Response.Body = Stream.Null;
                await RouteAsync(context);
                context.Response.Body = answer;
                context.Response.Headers.Clear();
            }

            if (fail.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = fail.RetryAfter;
            }

            var reason = fail.Code == 429 ? "TooManyRequests" : fail.Code == 503 ? "ServiceUnavailable" : "InternalError";
            await WriteAsync(context, fail.Code, FakeStatus.Failure(fail.Code, reason, fail.Code == 429 ? "Too many requests, please try again later." : "an error on the server (\"\") has prevented the request from succeeding"));
            return;
        }

        if (RequiredToken is not null && !Authenticated(context))
        {
            await WriteAsync(context, 401, FakeStatus.Failure(401, "Unauthorized", "Unauthorized"));
            return;
        }

        if (TakeStall(request) is { } afterHeaders)
        {
            await StallAsync(context, afterHeaders);
            return;
        }

        await RouteAsync(context);
    }

    private bool Authenticated(HttpContext context) =>
        string.Equals(context.Request.Headers.Authorization.ToString(), $"Bearer {RequiredToken}", StringComparison.Ordinal)
        || (context.Connection.ClientCertificate is { } certificate && Tls?.Trusts(certificate) == true);

    private static async Task WriteAsync(HttpContext context, int code, JsonNode body)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString() + "\n");
    }

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
