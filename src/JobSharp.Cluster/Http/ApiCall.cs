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
            throw Translate(e, what);
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

    public static ClusterException Unreachable(ClusterConnection connection, Exception e) =>
        new(ClusterErrorCodes.Unreachable, $"cannot reach the API server at {connection.Server}: {KubeconfigResolver.OneLine(e.Message)}", e);

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

    public static ClusterException Translate(HttpOperationException e, string what)
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
        var suffix = id == ClusterErrorCodes.RetriesExhausted ? " (after retrying)" : string.Empty;
        return new ClusterException(id, $"{what}: {code} {status?.Reason ?? e.Response?.ReasonPhrase}: {message}{suffix}", e)
        {
            StatusCode = code,
        };
    }
}
