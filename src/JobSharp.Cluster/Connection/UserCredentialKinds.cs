using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>What kinds of credentials a kubeconfig user has, in the words the warnings and the 401 hint use.</summary>
internal static class UserCredentialKinds
{
    /// <summary>The kinds present (<c>token</c>, <c>tokenFile</c>, <c>exec</c>...), in a fixed order; empty for none.</summary>
    public static List<string> Of(UserCredentials? credentials, string? tokenFile)
    {
        var kinds = new List<string>();
        if (!string.IsNullOrEmpty(credentials?.Token))
        {
            kinds.Add("token");
        }

        if (!string.IsNullOrEmpty(tokenFile))
        {
            kinds.Add("tokenFile");
        }

        if (!string.IsNullOrEmpty(credentials?.UserName) || !string.IsNullOrEmpty(credentials?.Password))
        {
            kinds.Add("username and password");
        }

        if (credentials?.ExternalExecution is not null)
        {
            kinds.Add("exec");
        }

        if (credentials?.AuthProvider is not null)
        {
            kinds.Add("auth-provider");
        }

        if (!string.IsNullOrEmpty(credentials?.ClientCertificate) || !string.IsNullOrEmpty(credentials?.ClientCertificateData))
        {
            kinds.Add("client certificate");
        }

        return kinds;
    }

    /// <summary>Whether KubernetesClient takes this user as it is (it refuses a user without credentials it knows).</summary>
    public static bool KubernetesClientAccepts(UserCredentials c) =>
        !string.IsNullOrWhiteSpace(c.Token)
        || (!string.IsNullOrWhiteSpace(c.UserName) && !string.IsNullOrWhiteSpace(c.Password))
        || (!string.IsNullOrWhiteSpace(c.ClientCertificateData) && !string.IsNullOrWhiteSpace(c.ClientKeyData))
        || (!string.IsNullOrWhiteSpace(c.ClientCertificate) && !string.IsNullOrWhiteSpace(c.ClientKey))
        || c.ExternalExecution is not null
        || c.AuthProvider is not null;

    /// <summary>What to do when the server answers 401, by the kind of credentials; null when none are sent.</summary>
    public static string? RefreshHint(UserCredentials? c, string? tokenFile)
    {
        if (c?.ExternalExecution is { } exec)
        {
            return $"log in again with the exec plugin's provider (it runs \"{exec.Command}\"), so that it hands out a valid token";
        }

        if (c?.AuthProvider is { } provider)
        {
            return $"log in again with the auth-provider \"{provider.Name}\" (its token may have expired), or move to its exec plugin";
        }

        if (!string.IsNullOrEmpty(tokenFile))
        {
            return $"the token in {tokenFile} may have expired or been revoked: put a new one there";
        }

        if (!string.IsNullOrEmpty(c?.Token))
        {
            return "the token may have expired or been revoked: get a new one and put it in the kubeconfig";
        }

        if (!string.IsNullOrEmpty(c?.UserName))
        {
            return "the username or password is not accepted";
        }

        if (!string.IsNullOrEmpty(c?.ClientCertificate) || !string.IsNullOrEmpty(c?.ClientCertificateData))
        {
            return "the client certificate may have expired or not be trusted by the cluster: get a new one";
        }

        return null;
    }
}
