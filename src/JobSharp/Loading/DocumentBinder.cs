using JobSharp.Schema;
using k8s;
using k8s.Models;

namespace JobSharp.Loading;

/// <summary>
/// Loads one parsed document: skips it when empty, chooses the model type from <c>apiVersion</c> and <c>kind</c>
/// (batch/v1 Job and CronJob), binds it, and keeps it only when it loaded without an error.
/// </summary>
internal static class DocumentBinder
{
    public static LoadedManifest? Load(ParsedDocument document, LoadContext context)
    {
        var root = document.Root;
        if (root is null || (root.Kind == YamlNodeKind.Scalar && Yaml11.Read(root)?.Kind == ScalarKind.Null))
        {
            return null;
        }

        if (root.Kind != YamlNodeKind.Mapping)
        {
            context.Report(
                LoadErrorCode.NotAnObject, root.Start, string.Empty,
                $"a document must be a mapping with apiVersion and kind, found {BindMessages.Describe(root)}");
            return null;
        }

        var before = context.Count;
        var type = ManifestType(root, context);
        if (type is null)
        {
            return null;
        }

        var binder = new ModelBinder(context);
        var model = binder.Bind(root, ValueShape.ModelOf(type), string.Empty);
        return context.Count == before && model is IKubernetesObject<V1ObjectMeta> manifest
            ? new LoadedManifest(manifest, context.SourceName, document.Index, root.Start, binder.Locations)
            : null;
    }

    private static Type? ManifestType(YamlNode root, LoadContext context)
    {
        var apiVersion = Field(root, "apiVersion");
        var kind = Field(root, "kind");
        if (apiVersion is null || kind is null)
        {
            var missing = (apiVersion, kind) switch
            {
                (null, null) => "apiVersion and kind",
                (null, _) => "apiVersion",
                _ => "kind",
            };
            context.Report(
                LoadErrorCode.MissingKind, root.Start, string.Empty,
                $"the document needs a string {missing}; JobSharp loads apiVersion: batch/v1 with kind: Job or CronJob");
            return null;
        }

        var (version, versionNode) = apiVersion.Value;
        var (kindText, kindNode) = kind.Value;
        switch (version, kindText)
        {
            case ("batch/v1", "Job"):
                return typeof(V1Job);
            case ("batch/v1", "CronJob"):
                return typeof(V1CronJob);
            case ("batch/v1beta1" or "batch/v2alpha1", "CronJob"):
                context.Report(
                    LoadErrorCode.UnsupportedKind, versionNode.Start, "apiVersion",
                    $"{version} CronJob was removed in Kubernetes {(version == "batch/v1beta1" ? "1.25" : "1.21")}; use apiVersion: batch/v1 (the fields are the same)");
                return null;
            case (_, "Job" or "CronJob"):
                context.Report(
                    LoadErrorCode.UnsupportedKind, versionNode.Start, "apiVersion",
                    $"unsupported apiVersion \"{ScalarReading.Shorten(version)}\" for {kindText}; use apiVersion: batch/v1");
                return null;
            default:
                context.Report(
                    LoadErrorCode.UnsupportedKind, kindNode.Start, "kind",
                    $"unsupported kind \"{ScalarReading.Shorten(kindText)}\" (apiVersion \"{ScalarReading.Shorten(version)}\"); JobSharp loads batch/v1 Job and CronJob");
                return null;
        }
    }

    /// <summary>The first string value of <paramref name="name"/> in the root mapping, with its node.</summary>
    private static (string Text, YamlNode Node)? Field(YamlNode root, string name)
    {
        for (var i = 0; i + 1 < root.Children.Count; i += 2)
        {
            var key = root.Children[i];
            var value = root.Children[i + 1];
            if (key.Kind == YamlNodeKind.Scalar && key.Value == name && value.Kind == YamlNodeKind.Scalar
                && Yaml11.Read(value) is { Kind: ScalarKind.String } reading)
            {
                return (reading.Text, value);
            }
        }

        return null;
    }
}
