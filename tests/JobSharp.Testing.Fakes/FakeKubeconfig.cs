using System.Text;

namespace JobSharp.Testing.Fakes;

/// <summary>A kubeconfig with one context that points at a stand-in API server, as tests write it.</summary>
public static class FakeKubeconfig
{
    /// <summary>Writes <c>kubeconfig-CONTEXT</c> into <paramref name="folder"/>; returns its path.</summary>
    /// <param name="folder">Where to write it.</param>
    /// <param name="server">The API server's address.</param>
    /// <param name="context">The context's name.</param>
    /// <param name="ns">The context's namespace, if any.</param>
    /// <param name="certificateAuthorityPem">The CA that signed an https server's certificate, written as <c>certificate-authority-data</c>.</param>
    /// <param name="token">The user's bearer token; none when null (a plain-http server must get no credentials, as kubectl sends none).</param>
    public static string Write(string folder, string server, string context, string? ns, string? certificateAuthorityPem = null, string? token = null) =>
        WriteFile(Path.Combine(folder, $"kubeconfig-{context}"), server, context, ns, certificateAuthorityPem, token);

    /// <summary>Writes the kubeconfig to <paramref name="path"/>; returns it.</summary>
    public static string WriteFile(string path, string server, string context, string? ns, string? certificateAuthorityPem = null, string? token = null)
    {
        var nsLine = ns is null ? string.Empty : $"    namespace: {ns}\n";
        var caLine = certificateAuthorityPem is null
            ? string.Empty
            : $"    certificate-authority-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(certificateAuthorityPem))}\n";
        var user = token is null ? "  user: {}\n" : $"  user:\n    token: {token}\n";
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {context}-cluster
              cluster:
                server: {server}
            {caLine}users:
            - name: {context}-user
            {user}contexts:
            - name: {context}
              context:
                cluster: {context}-cluster
                user: {context}-user
            {nsLine}current-context: {context}

            """);
        return path;
    }
}
