using System.Diagnostics.CodeAnalysis;
using k8s;
using k8s.Exceptions;
using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>kubectl's rules for finding and merging kubeconfig files and choosing a context.</summary>
internal static class KubeconfigResolver
{
    // KubernetesClient talks to exec credential plugins with reflection-based JSON: keep the types it reads and the
    // generic code it makes in a Native AOT build (ExecPluginJson; Directory.Build.targets allows the reflection).
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(ExecCredentialResponse))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(ExecPluginJson))]
    public static (KubernetesClientConfiguration Config, string? Context, ConnectionSecurity Security) Resolve(ClusterConnectionOptions options)
    {
        var env = options.EnvironmentVariables ?? Environment.GetEnvironmentVariable;
        var files = FindFiles(options.Kubeconfig, env);
        if (files.Count == 0)
        {
            if (KubernetesClientConfiguration.IsInCluster())
            {
                var inCluster = KubernetesClientConfiguration.InClusterConfig();
                return (inCluster, null, ConnectionSecurity.InCluster(inCluster));
            }

            throw new ClusterException(
                ClusterErrorCodes.NoConfiguration,
                "no kubeconfig found (looked at --kubeconfig, KUBECONFIG and ~/.kube/config) and not running inside a cluster");
        }

        var (merged, extras) = Load(files);
        var context = options.Context ?? merged.CurrentContext;
        if (string.IsNullOrEmpty(context))
        {
            throw new ClusterException(
                ClusterErrorCodes.UnknownContext,
                $"the kubeconfig ({Describe(files)}) has no current-context; pass --context");
        }

        if (merged.Contexts?.Any(c => string.Equals(c.Name, context, StringComparison.Ordinal)) != true)
        {
            var known = string.Join(", ", (merged.Contexts ?? []).Select(c => c.Name).Order(StringComparer.Ordinal));
            throw new ClusterException(
                ClusterErrorCodes.UnknownContext,
                $"context \"{context}\" is not in the kubeconfig ({Describe(files)}); known contexts: {(known.Length == 0 ? "none" : known)}");
        }

        var security = ConnectionSecurity.Prepare(merged, context, extras);
        try
        {
            var config = KubernetesClientConfiguration.BuildConfigFromConfigObject(merged, context);
            security.Apply(config);
            return (config, context, security);
        }
        catch (Exception e) when (e is KubeConfigException or IOException or FormatException or InvalidOperationException or UriFormatException
            || e.GetType() == typeof(Exception))
        {
            // KubernetesClient throws a bare Exception for the retired azure and gcp auth-providers, saying what to use instead.
            throw new ClusterException(
                ClusterErrorCodes.InvalidKubeconfig, $"context \"{context}\" cannot be used: {OneLine(e.Message)}", e);
        }
    }

    private static List<FileInfo> FindFiles(string? explicitPath, Func<string, string?> env)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            var file = new FileInfo(explicitPath);
            return file.Exists
                ? [file]
                : throw new ClusterException(ClusterErrorCodes.KubeconfigNotFound, $"kubeconfig \"{explicitPath}\" does not exist");
        }

        var variable = env("KUBECONFIG");
        if (!string.IsNullOrEmpty(variable))
        {
            var listed = variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var existing = listed.Distinct(StringComparer.Ordinal).Select(p => new FileInfo(p)).Where(f => f.Exists).ToList();
            return existing.Count > 0
                ? existing
                : throw new ClusterException(
                    ClusterErrorCodes.KubeconfigNotFound,
                    $"none of the files in KUBECONFIG exists: {string.Join(", ", listed)}");
        }

        var home = env("HOME") ?? env("USERPROFILE");
        if (string.IsNullOrEmpty(home))
        {
            return [];
        }

        var fallback = new FileInfo(Path.Combine(home, ".kube", "config"));
        return fallback.Exists ? [fallback] : new List<FileInfo>();
    }

    private static (K8SConfiguration Merged, KubeconfigExtras Extras) Load(List<FileInfo> files)
    {
        try
        {
            var merged = KubeconfigMerger.Merge(files.Select(f => (f, KubeconfigLoader.Load(f.FullName))).ToList());
            var extras = new KubeconfigExtras();
            foreach (var file in files)
            {
                extras.Add(file);
            }

            return (merged, extras);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            throw new ClusterException(
                ClusterErrorCodes.InvalidKubeconfig, $"kubeconfig ({Describe(files)}) cannot be read: {OneLine(e.Message)}", e);
        }
    }

    private static string Describe(List<FileInfo> files) => string.Join(", ", files.Select(f => f.FullName));

    internal static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
