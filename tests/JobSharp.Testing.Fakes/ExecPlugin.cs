namespace JobSharp.Testing.Fakes;

/// <summary>A kubeconfig exec credential plugin (like <c>aws eks get-token</c>): a shell script that prints an ExecCredential.</summary>
public static class ExecPlugin
{
    /// <summary>Writes an executable script into <paramref name="folder"/> that answers with <paramref name="token"/>.</summary>
    /// <returns>The script's path, for the kubeconfig's <c>exec.command</c>.</returns>
    public static string Write(string folder, string token)
    {
        var path = Path.Combine(folder, "exec-plugin.sh");
        File.WriteAllText(path, $$$"""
            #!/bin/sh
            echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"{{{token}}}"}}'

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}
