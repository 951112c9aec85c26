namespace JobSharp.Cli.Import;

/// <summary>A <c>private static readonly</c> field of the generated class: a ConfigMap or Secret reference, or a volume.</summary>
/// <param name="Type">The field's type, such as <c>ConfigMapRef</c>.</param>
/// <param name="Name">The field's name.</param>
/// <param name="Value">The initializer.</param>
internal sealed record ImportField(string Type, string Name, string Value);

/// <summary>
/// The values several calls share: one <see cref="ConfigMapRef"/> or <see cref="SecretRef"/> per referenced object,
/// one <see cref="Volume"/> per volume, each a field of the generated class, in the order first used.
/// </summary>
internal sealed class ImportFields(Identifiers identifiers)
{
    private readonly List<ImportField> _fields = [];
    private readonly Dictionary<string, string> _configMaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly List<(Volume Volume, string Name)> _volumes = [];

    /// <summary>The fields, references first, then volumes, each group in the order first used.</summary>
    public IReadOnlyList<ImportField> All =>
        [.. _fields.Where(f => f.Type != nameof(Volume)), .. _fields.Where(f => f.Type == nameof(Volume))];

    /// <summary>The field for the ConfigMap <paramref name="name"/>, with the value it holds.</summary>
    public Coded<ConfigMapRef> ConfigMap(string name)
    {
        if (!_configMaps.TryGetValue(name, out var field))
        {
            var pascal = Identifiers.Pascal(name);
            field = identifiers.Allocate(EndsWithAny(pascal, "Config", "ConfigMap", "Settings") ? pascal : pascal + "Config", pascal + "ConfigMap");
            _configMaps.Add(name, field);
            _fields.Add(new ImportField(nameof(ConfigMapRef), field, $"ConfigMapRef.Named({CSharpText.String(name)})"));
        }

        return new Coded<ConfigMapRef>(field, ConfigMapRef.Named(name));
    }

    /// <summary>The field for the Secret <paramref name="name"/>, with the value it holds.</summary>
    public Coded<SecretRef> Secret(string name)
    {
        if (!_secrets.TryGetValue(name, out var field))
        {
            var pascal = Identifiers.Pascal(name);
            field = identifiers.Allocate(EndsWithAny(pascal, "Secret", "Secrets", "Credentials") ? pascal : pascal + "Secret");
            _secrets.Add(name, field);
            _fields.Add(new ImportField(nameof(SecretRef), field, $"SecretRef.Named({CSharpText.String(name)})"));
        }

        return new Coded<SecretRef>(field, SecretRef.Named(name));
    }

    /// <summary>The field for <paramref name="volume"/>: one per distinct volume, shared by equal volumes of several Jobs.</summary>
    public Coded<Volume> Volume(Coded<Volume> volume, string owner)
    {
        var existing = _volumes.FirstOrDefault(v => v.Volume.Equals(volume.Value));
        if (existing.Name is null)
        {
            var pascal = Identifiers.Pascal(volume.Value.Name);
            var name = EndsWithAny(pascal, "Volume") ? pascal : pascal + "Volume";
            existing = (volume.Value, identifiers.Allocate(name, owner + name));
            _volumes.Add(existing);
            _fields.Add(new ImportField(nameof(JobSharp.Volume), existing.Name, volume.Code));
        }

        return new Coded<Volume>(existing.Name, volume.Value);
    }

    private static bool EndsWithAny(string name, params string[] suffixes) =>
        suffixes.Any(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));
}
