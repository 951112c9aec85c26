using JobSharp.Schema;
using k8s;
using k8s.Models;

namespace JobSharp.Loading;

/// <summary>
/// Loads one parsed document: skips it when empty, chooses the model type from <c>apiVersion</c> and <c>kind</c>
/// (every built-in kind <c>k8s.Models</c> has), binds it, and keeps it only when it loaded without an error. The
/// items of a <c>v1</c> <c>List</c> are loaded as documents of their own.
/// </summary>
internal static class DocumentBinder
{
    /// <summary>How deep Lists may hold Lists (kubectl flattens them); deeper is an error.</summary>
    private const int MaxListDepth = 8;

    public static void Load(ParsedDocument document, LoadContext context, List<LoadedManifest> documents)
    {
        var root = document.Root;
        if (root is null || (root.Kind == YamlNodeKind.Scalar && Yaml11.Read(root)?.Kind == ScalarKind.Null))
        {
            return;
        }

        LoadObject(root, document.Index, context, documents, 0);
    }

    private static void LoadObject(YamlNode root, int documentIndex, LoadContext context, List<LoadedManifest> documents, int listDepth)
    {
        if (root.Kind != YamlNodeKind.Mapping)
        {
            context.Report(
                LoadErrorCode.NotAnObject, root.Start, string.Empty,
                $"{(listDepth > 0 ? "a List item" : "a document")} must be a mapping with apiVersion and kind, found {BindMessages.Describe(root)}");
            return;
        }

        var before = context.Count;
        var type = ManifestType(root, context, out var isList);
        if (isList)
        {
            LoadList(root, documentIndex, context, documents, listDepth);
            return;
        }

        if (type is null)
        {
            return;
        }

        var binder = new ModelBinder(context);
        var model = binder.Bind(root, ValueShape.ModelOf(type), string.Empty);
        if (context.Count == before && model is IKubernetesObject<V1ObjectMeta> manifest)
        {
            documents.Add(new LoadedManifest(manifest, context.SourceName, documentIndex, root.Start, binder.Locations));
        }
    }

    /// <summary>
    /// A <c>v1</c> <c>List</c> (what <c>kubectl get -o yaml</c> writes for several objects): <c>metadata</c> is read as
    /// a ListMeta and each of <c>items</c> as an object of its own, located where it is written.
    /// </summary>
    private static void LoadList(YamlNode root, int documentIndex, LoadContext context, List<LoadedManifest> documents, int listDepth)
    {
        if (listDepth >= MaxListDepth)
        {
            context.Report(LoadErrorCode.UnsupportedKind, root.Start, string.Empty, $"Lists are nested more than {MaxListDepth} deep");
            return;
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var entries = MergeKeys.Entries(root, context, string.Empty);
        for (var i = 0; i + 1 < entries.Count; i += 2)
        {
            var keyNode = entries[i];
            var value = entries[i + 1];
            if (MappingKeys.Text(context, keyNode, string.Empty, modelField: true) is not { } key
                || !MappingKeys.IsFirst(context, seen, key, keyNode, key))
            {
                continue;
            }

            switch (key)
            {
                case "apiVersion" or "kind":
                    break;
                case "metadata":
                    new ModelBinder(context).Bind(value, ValueShape.ModelOf(typeof(V1ListMeta)), key);
                    break;
                case "items" when value.Kind == YamlNodeKind.Sequence:
                    foreach (var item in value.Children)
                    {
                        LoadObject(item, documentIndex, context, documents, listDepth + 1);
                    }

                    break;
                case "items" when value.Kind == YamlNodeKind.Scalar && Yaml11.Read(value)?.Kind == ScalarKind.Null:
                    break;
                case "items":
                    context.Report(LoadErrorCode.WrongType, value.Start, key, $"expected a list, found {BindMessages.Describe(value)}");
                    break;
                default:
                    var message = $"unknown field \"{ScalarReading.Shorten(key)}\" in List";
                    context.Report(LoadErrorCode.UnknownField, keyNode.Start, key,
                        NameSuggester.Suggest(key, ListFields) is { } suggestion ? $"{message}; did you mean \"{suggestion}\"?" : message);
                    break;
            }
        }
    }

    private static readonly string[] ListFields = ["apiVersion", "items", "kind", "metadata"];

    private static Type? ManifestType(YamlNode root, LoadContext context, out bool isList)
    {
        isList = false;
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
                $"the document needs a string {missing}; JobSharp loads Kubernetes objects, such as apiVersion: batch/v1 with kind: Job");
            return null;
        }

        var (version, versionNode) = apiVersion.Value;
        var (kindText, kindNode) = kind.Value;
        if (version == "v1" && kindText == "List")
        {
            isList = true;
            return null;
        }

        if (ModelCatalog.TryGetKind(version, kindText, out var type))
        {
            if (typeof(IKubernetesObject<V1ObjectMeta>).IsAssignableFrom(type))
            {
                return type;
            }

            context.Report(
                LoadErrorCode.UnsupportedKind, kindNode.Start, "kind",
                $"{ScalarReading.Shorten(kindText)} is not an object JobSharp reads: it has no metadata of its own"
                + (kindText.EndsWith("List", StringComparison.Ordinal) ? "; write its objects under items of apiVersion: v1, kind: List" : string.Empty));
            return null;
        }

        switch (version, kindText)
        {
            case ("batch/v1beta1" or "batch/v2alpha1", "CronJob"):
                context.Report(
                    LoadErrorCode.UnsupportedKind, versionNode.Start, "apiVersion",
                    $"{version} CronJob was removed in Kubernetes {(version == "batch/v1beta1" ? "1.25" : "1.21")}; use apiVersion: batch/v1 (the fields are the same)");
                return null;
        }

        var versions = ModelCatalog.ApiVersionsOf(kindText);
        if (versions.Count > 0)
        {
            context.Report(
                LoadErrorCode.UnsupportedKind, versionNode.Start, "apiVersion",
                $"unsupported apiVersion \"{ScalarReading.Shorten(version)}\" for {kindText}; use apiVersion: {string.Join(" or ", versions)}");
            return null;
        }

        context.Report(
            LoadErrorCode.UnsupportedKind, kindNode.Start, "kind",
            $"unknown kind \"{ScalarReading.Shorten(kindText)}\" (apiVersion \"{ScalarReading.Shorten(version)}\"): JobSharp reads the built-in Kubernetes kinds; "
            + "a custom resource has no schema here to check it against, so it is not read (keep it in a file JobSharp is not given)");
        return null;
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
