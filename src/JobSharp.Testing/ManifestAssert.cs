using System.Globalization;
using System.Text;
using JobSharp.Linting;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Testing;

/// <summary>
/// Assertions on manifests for any test framework: each throws a <see cref="ManifestAssertionException"/> that lists
/// every problem, so one failing run shows them all.
/// </summary>
/// <example><code>
/// ManifestAssert.AllValid(Jobs.All);
/// ManifestAssert.NoLintFindings(Jobs.All);                        // warnings and errors
/// ManifestAssert.NoLintFindings(Jobs.All, LintSeverity.Error);    // errors only
/// </code></example>
public static class ManifestAssert
{
    /// <summary>Asserts that every Job, CronJob and ConfigMap is valid, as the API server would judge it.</summary>
    /// <param name="manifests">
    /// Objects written with the DSL (any <see cref="IManifestSource"/>) and <c>k8s.Models</c> objects; Jobs,
    /// CronJobs and ConfigMaps are validated, other kinds passed over.
    /// </param>
    /// <exception cref="ManifestAssertionException">An object is invalid; the message names each one with every diagnostic, field path included.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static void AllValid(IEnumerable<object> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var text = new StringBuilder();
        int checkedCount = 0, invalid = 0;
        foreach (var manifest in manifests)
        {
            var (label, result) = manifest switch
            {
                null => throw new ArgumentNullException(nameof(manifests), "No manifest may be null."),
                IManifestSource source => (ManifestRef.Describe(source.Kind, source.Name, source.Namespace), source.Validate()),
                V1Job or V1CronJob or V1ConfigMap => (Describe((IKubernetesObject<V1ObjectMeta>)manifest), ManifestValidator.Validate((IKubernetesObject<V1ObjectMeta>)manifest)),
                _ => (null, null),
            };
            if (result is null)
            {
                continue;
            }

            checkedCount++;
            if (result.IsValid)
            {
                continue;
            }

            invalid++;
            text.Append('\n').Append(label).Append(':');
            foreach (var issue in result.Issues)
            {
                text.Append("\n  ").Append(issue);
            }
        }

        if (invalid > 0)
        {
            throw new ManifestAssertionException(
                string.Create(CultureInfo.InvariantCulture, $"{invalid} of {checkedCount} manifests are invalid:") + text);
        }
    }

    /// <summary>Asserts that the linter finds nothing at or above a severity in the Jobs and CronJobs.</summary>
    /// <param name="manifests">
    /// Objects written with the DSL and <c>k8s.Models</c> objects, as <see cref="Linter.Lint(IEnumerable{object}, LintOptions?)"/>
    /// takes them: Jobs and CronJobs are linted, ConfigMaps and Secrets supply the keys env references are checked against.
    /// </param>
    /// <param name="atOrAbove">The lowest severity that fails: <see cref="LintSeverity.Warning"/> fails on warnings and errors.</param>
    /// <param name="options">The target Kubernetes version and known ConfigMaps and Secrets; <see cref="LintOptions.Default"/> when null.</param>
    /// <exception cref="ManifestAssertionException">The linter found something; the message lists every finding with its object and field path. Suppressed findings do not count.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static void NoLintFindings(IEnumerable<object> manifests, LintSeverity atOrAbove = LintSeverity.Warning, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var findings = Linter.Lint(manifests, options).Findings.Where(f => f.Severity >= atOrAbove).ToList();
        if (findings.Count == 0)
        {
            return;
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{findings.Count} lint finding{(findings.Count == 1 ? "" : "s")} at {Severity(atOrAbove)} or above:"));
        foreach (var finding in findings)
        {
            text.Append("\n  ").Append(finding);
        }

        throw new ManifestAssertionException(text.ToString());
    }

    private static string Describe(IKubernetesObject<V1ObjectMeta> manifest) =>
        ManifestRef.Describe(string.IsNullOrEmpty(manifest.Kind) ? manifest.GetType().Name : manifest.Kind, manifest.Metadata?.Name ?? "", manifest.Metadata?.NamespaceProperty);

    private static string Severity(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "info",
    };
}
