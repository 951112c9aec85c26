namespace JobSharp.Testing.Fakes;

/// <summary>A kubeconfig with one context that points at a stand-in API server, as tests write it.</summary>
public static class FakeKubeconfig
{
    /// <summary>Writes <c>kubeconfig-CONTEXT</c> into <paramref name="folder"/>; returns its path.</summary>
    /// <param name="folder">Where to write it.</param>
    /// <param name="server">The API server's address.</param>
    /// <param name="context">The context's name.</param>
    /// <param name="ns">The context's namespace, if any.</param>
    public static string Write(string folder, string server, string context, string? ns) =>
        WriteFile(Path.Combine(folder, $"kubeconfig-{context}"), server, context, ns);

    /// <summary>Writes the kubeconfig to <paramref name="path"/>; returns it.</summary>
    public static string WriteFile(string path, string server, string context, string? ns)
    {
        var nsLine = ns is null ? string.Empty : $"    namespace: {ns}\n";
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {context}-cluster
              cluster:
                server: {server}
            users:
            - name: {context}-user
              user:
                token: fake-token
            contexts:
            - name: {context}
              context:
                cluster: {context}-cluster
                user: {context}-user
            {nsLine}current-context: {context}

            """);
        return path;
    }
}
