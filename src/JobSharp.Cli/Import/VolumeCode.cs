using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// Volumes as the DSL's <see cref="Volume"/> values: emptyDir (on disk or in memory), configMap, secret,
/// persistentVolumeClaim and projected. Other sources are not in the DSL; the comparison writes them with
/// <c>Customize</c>.
/// </summary>
internal static class VolumeCode
{
    /// <summary>The volume, or null when the DSL has no such source.</summary>
    public static Coded<Volume>? Of(V1Volume model, ImportFields fields) => Coded<Volume>.Try(() =>
    {
        var name = model.Name!;
        var nameCode = CSharpText.String(name);
        return model switch
        {
            { EmptyDir: { } dir } => EmptyDir(nameCode, name, dir),
            { ConfigMap: { Name: { } configMap } source } => Keys(
                $"Volume.FromConfigMap({nameCode}, {fields.ConfigMap(configMap).Code})",
                Volume.FromConfigMap(name, ConfigMapRef.Named(configMap)), source.Items, source.DefaultMode, source.Optional),
            { Secret: { SecretName: { } secret } source } => Keys(
                $"Volume.FromSecret({nameCode}, {fields.Secret(secret).Code})",
                Volume.FromSecret(name, SecretRef.Named(secret)), source.Items, source.DefaultMode, source.Optional),
            { PersistentVolumeClaim: { ClaimName: { } claim } pvc } => new(
                $"Volume.FromPersistentVolumeClaim({CSharpText.Join(nameCode, CSharpText.String(claim), pvc.ReadOnlyProperty == true ? "readOnly: true" : null)})",
                Volume.FromPersistentVolumeClaim(name, claim, pvc.ReadOnlyProperty == true)),
            { Projected: { Sources: { Count: > 0 } sources } projected } => Projected(nameCode, name, sources, projected.DefaultMode, fields),
            _ => null,
        };
    });

    private static Coded<Volume>? EmptyDir(string nameCode, string name, V1EmptyDirVolumeSource dir)
    {
        var size = dir.SizeLimit is { } limit ? QuantityCode.Of(KubernetesRules.QuantitySpelling.Of(limit), "memory") : null;
        return dir.Medium switch
        {
            "Memory" => new($"Volume.InMemory({CSharpText.Join(nameCode, size?.Code)})", Volume.InMemory(name, size?.Value)),
            null => new($"Volume.EmptyDir({CSharpText.Join(nameCode, size?.Code)})", Volume.EmptyDir(name, size?.Value)),
            _ => null,
        };
    }

    private static Coded<Volume> Keys(string code, Volume volume, IList<V1KeyToPath>? items, int? defaultMode, bool? optional)
    {
        foreach (var item in items ?? [])
        {
            code += $".AddItem({CSharpText.Join(CSharpText.String(item.Key), CSharpText.String(item.Path), item.Mode is { } m ? CSharpText.FileMode(m) : null)})";
            volume = volume.AddItem(item.Key, item.Path, item.Mode);
        }

        if (defaultMode is { } mode)
        {
            code += $".WithDefaultMode({CSharpText.FileMode(mode)})";
            volume = volume.WithDefaultMode(mode);
        }

        if (optional == true)
        {
            code += ".Optional()";
            volume = volume.Optional();
        }

        return new(code, volume);
    }

    private static Coded<Volume>? Projected(string nameCode, string name, IList<V1VolumeProjection> sources, int? defaultMode, ImportFields fields)
    {
        var projections = new List<Coded<VolumeProjection>>();
        foreach (var source in sources)
        {
            if (Projection(source, fields) is not { } projection)
            {
                return null;
            }

            projections.Add(projection);
        }

        var code = $"Volume.Projected({CSharpText.Join([nameCode, .. projections.Select(p => p.Code)])})";
        var volume = Volume.Projected(name, projections.Select(p => p.Value));
        return defaultMode is { } mode
            ? new($"{code}.WithDefaultMode({CSharpText.FileMode(mode)})", volume.WithDefaultMode(mode))
            : new(code, volume);
    }

    private static Coded<VolumeProjection>? Projection(V1VolumeProjection source, ImportFields fields)
    {
        (string Code, VolumeProjection Value)? made = source switch
        {
            { ConfigMap: { Name: { } configMap }, Secret: null, ServiceAccountToken: null } => (
                $"VolumeProjection.FromConfigMap({fields.ConfigMap(configMap).Code})", VolumeProjection.FromConfigMap(ConfigMapRef.Named(configMap))),
            { Secret: { Name: { } secret }, ConfigMap: null, ServiceAccountToken: null } => (
                $"VolumeProjection.FromSecret({fields.Secret(secret).Code})", VolumeProjection.FromSecret(SecretRef.Named(secret))),
            { ServiceAccountToken: { Path: { } path } token, ConfigMap: null, Secret: null } => (
                $"VolumeProjection.ServiceAccountToken({CSharpText.Join(CSharpText.String(path), token.Audience is { } a ? $"audience: {CSharpText.String(a)}" : null, token.ExpirationSeconds is { } e ? $"expiration: {CSharpText.Duration(e)}" : null)})",
                VolumeProjection.ServiceAccountToken(path, token.Audience, token.ExpirationSeconds is { } s ? TimeSpan.FromSeconds(s) : null)),
            _ => null,
        };
        if (made is not { } projection)
        {
            return null;
        }

        var (code, value) = projection;
        foreach (var item in source.ConfigMap?.Items ?? source.Secret?.Items ?? [])
        {
            code += $".AddItem({CSharpText.Join(CSharpText.String(item.Key), CSharpText.String(item.Path), item.Mode is { } m ? CSharpText.FileMode(m) : null)})";
            value = value.AddItem(item.Key, item.Path, item.Mode);
        }

        return new(code, value);
    }
}
