using System.Net;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>What a server-side apply answered: the object, whether it was created (201), and the server's clock.</summary>
internal sealed record AppliedObject(IKubernetesObject<V1ObjectMeta> Object, bool Created, DateTimeOffset? ServerTime)
{
    public static AppliedObject Of(IKubernetesObject<V1ObjectMeta> body, HttpResponseMessage response) =>
        new(body, response.StatusCode == HttpStatusCode.Created, response.Headers.Date);

    /// <summary>
    /// Without the object as it was before (the account may apply but not read), whether this apply changed it: the
    /// API server stamps a manager's entry in <c>managedFields</c> with the time of each apply that changed the
    /// object and leaves it alone on a no-op. An entry older than the answer's <c>Date</c> by two seconds or more
    /// (both have whole seconds) is from an earlier apply; when in doubt the apply counts as a change.
    /// </summary>
    public bool ChangedBy(string fieldManager)
    {
        var mine = Object.Metadata.ManagedFields?.FirstOrDefault(m =>
            string.Equals(m.Manager, fieldManager, StringComparison.Ordinal) && string.Equals(m.Operation, "Apply", StringComparison.Ordinal));
        return mine?.Time is not { } stamped || ServerTime is not { } now
            || Utc(stamped) > now - TimeSpan.FromSeconds(2);
    }

    private static DateTimeOffset Utc(DateTime time) =>
        new(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
