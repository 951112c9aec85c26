using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Runs one API request and turns transport and API errors into one-line <see cref="ClusterException"/>s.</summary>
internal static class ApiCall
{
    public static async Task<T> RunAsync<T>(ClusterConnection connection, string what, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (HttpOperationException e)
        {
            throw Translate(e, what, connection);
        }
        catch (RequestTimeoutException e)
        {
            throw NoAnswer(connection, what, e);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(connection, e);
        }
    }

    /// <summary>Like <see cref="RunAsync{T}"/>, but a 404 gives null.</summary>
    public static async Task<T?> FindAsync<T>(ClusterConnection connection, string what, Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await RunAsync(connection, what, call).ConfigureAwait(false);
        }
        catch (ClusterException e) when (e.StatusCode == 404)
        {
            return null;
        }
    }

    public static ClusterException NoAnswer(ClusterConnection connection, string what, RequestTimeoutException e) =>
        new(ClusterErrorCodes.NoAnswer, $"{what}: the API server at {connection.Server} did not answer within {RequestTimeoutException.Seconds(e.Timeout)} s", e);

    public static ClusterException Unreachable(ClusterConnection connection, Exception e)
    {
        if (IsTlsFailure(e))
        {
            // .NET says only "The SSL connection could not be established, see inner exception": say why.
            var why = connection.Security?.Tls?.LastFailure is { } reason
                ? $"the API server at {connection.Server} is not trusted: {reason}"
                : $"the TLS handshake with the API server at {connection.Server} failed: {Causes(e)}";
            return new ClusterException(ClusterErrorCodes.TlsFailed, why, e);
        }

        var hint = connection.Security?.ClientCertificate == true && connection.Security.Tls is not null
            ? " (with TLS 1.3 a server that refuses the client certificate just drops the connection: check that the cluster trusts it)"
            : string.Empty;
        return new(ClusterErrorCodes.Unreachable, $"cannot reach the API server at {connection.Server}: {Causes(e)}{hint}", e);
    }

    /// <summary>The exception's message and its inner ones' (.NET's outer message alone says only "An error occurred").</summary>
    private static string Causes(Exception e)
    {
        var messages = new List<string>();
        for (Exception? inner = e; inner is not null && messages.Count < 3; inner = inner.InnerException)
        {
            if (inner is not ObjectDisposedException && !messages.Any(m => m.Contains(inner.Message, StringComparison.Ordinal)))
            {
                messages.Add(inner.Message);
            }
        }

        return KubeconfigResolver.OneLine(string.Join(": ", messages));
    }

    private static bool IsTlsFailure(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Security.Authentication.AuthenticationException)
            {
                return true;
            }
        }

        return false;
    }

    public static V1Status? StatusOf(HttpOperationException e)
    {
        var body = e.Response?.Content;
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var status = KubernetesJson.Deserialize<V1Status>(body);
            return string.Equals(status?.Kind, "Status", StringComparison.Ordinal) ? status : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static ClusterException Translate(HttpOperationException e, string what, ClusterConnection? connection = null)
    {
        var code = (int)(e.Response?.StatusCode ?? 0);
        var status = StatusOf(e);
        var message = KubeconfigResolver.OneLine(status?.Message ?? e.Response?.ReasonPhrase ?? e.Message);
        var id = code switch
        {
            401 or 403 => ClusterErrorCodes.Forbidden,
            404 => ClusterErrorCodes.NotFound,
            409 => ClusterErrorCodes.ApplyConflict,
            422 => ClusterErrorCodes.Invalid,
            (int)HttpStatusCode.TooManyRequests or >= 500 => ClusterErrorCodes.RetriesExhausted,
            _ => ClusterErrorCodes.ApiError,
        };
        var suffix = id == ClusterErrorCodes.RetriesExhausted ? Attempts(e)
            : code == 401 ? Unauthorized(connection?.Security)
            : string.Empty;
        return new ClusterException(id, $"{what}: {code} {status?.Reason ?? e.Response?.ReasonPhrase}: {message}{suffix}", e)
        {
            StatusCode = code,
        };
    }

    private static string Attempts(HttpOperationException e)
    {
        var attempts = e.Response?.Headers is { } headers && headers.TryGetValue(RetryHandler.AttemptsHeader, out var values)
            && int.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return attempts > 1 ? $" (after {attempts} attempts)"
            : attempts == 1 && (int)(e.Response?.StatusCode ?? 0) >= 500 && e.Request?.Method is { } method && method != HttpMethod.Get
                && !e.Response!.Headers.ContainsKey("Retry-After")
                ? $" (not retried: a {method} may already have taken effect, and the server sent no Retry-After)"
                : string.Empty;
    }

    /// <summary>How to get credentials the server accepts again, naming the context and the user.</summary>
    private static string Unauthorized(ConnectionSecurity? security)
    {
        if (security is null)
        {
            return string.Empty;
        }

        var who = security.ContextName is null
            ? "the in-cluster service account"
            : $"context \"{security.ContextName}\"" + (security.UserName is null ? string.Empty : $", user \"{security.UserName}\"");
        var hint = security.Withheld is not null
            ? $"its credentials ({security.Withheld}) were not sent because the server is plain http"
            : security.Refresh ?? "it has no credentials in the kubeconfig, and the server does not allow anonymous requests";
        return $" (the API server did not accept the credentials of {who}: {hint})";
    }
}
