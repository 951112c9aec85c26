using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// The calls that configure one container: command or shell script, env and env imports, resources, mounts, ports,
/// probes and security settings. What the DSL cannot say is left for the comparison, which adds a
/// <c>Customize</c> on the container.
/// </summary>
internal sealed partial class ContainerImporter(ImportFields fields, IReadOnlyDictionary<string, Coded<Volume>> volumes)
{
    /// <summary>The image used when the input's is missing or malformed; the comparison then sets the real one.</summary>
    private const string PlaceholderImage = "image";

    /// <summary>The image argument and value for <paramref name="container"/>.</summary>
    public static Coded<ContainerImage> Image(V1Container container) =>
        (container.Image is { } reference ? Coded<ContainerImage>.Try(() => new(CSharpText.String(reference), ContainerImage.Parse(reference))) : null)
        ?? new(CSharpText.String(PlaceholderImage), ContainerImage.Parse(PlaceholderImage));

    /// <summary>The recipe for <paramref name="container"/>, whose path is <paramref name="field"/>.</summary>
    /// <param name="container">The input container.</param>
    /// <param name="field">Its path, such as <c>spec.template.spec.containers[0]</c>.</param>
    /// <param name="hardenedByJob">True when the Job's hardened preset gives it its security settings.</param>
    public Recipe<Container> Import(V1Container container, string field, bool hardenedByJob)
    {
        var image = Image(container).Value;
        var name = container.Name ?? string.Empty;
        var recipe = new Recipe<Container>(() => Container.Create(name, image));
        var add = new Adder(recipe, field);
        if (container.ImagePullPolicy is { } pull && Enum.TryParse<ImagePullPolicy>(pull, out var policy) && Enum.IsDefined(policy) && pull == policy.ToString())
        {
            add.Call("WithImagePullPolicy", $"{nameof(ImagePullPolicy)}.{policy}", "imagePullPolicy", c => c.WithImagePullPolicy(policy));
        }

        Command(container, add);
        if (container.WorkingDir is { } dir)
        {
            add.Call("WithWorkingDir", CSharpText.String(dir), "workingDir", c => c.WithWorkingDir(dir));
        }

        Ports(container, add);
        EnvFrom(container, add);
        Env(container, add);
        Resources(container, add);
        Mounts(container, add);
        Probes(container, add);
        Security(container, add, hardenedByJob);
        return recipe;
    }

    private static void Command(V1Container container, Adder add)
    {
        var command = container.Command ?? [];
        var args = container.Args ?? [];
        if (command is ["sh", "-c", var script] && args.Count == 0)
        {
            add.Call("WithShell", CSharpText.Text(script), "command", c => c.WithShell(script));
            return;
        }

        if (command.Count > 0)
        {
            var items = command.ToList();
            add.Call("WithCommand", CSharpText.Join(items.Select(CSharpText.String)), "command", c => c.WithCommand(items));
        }

        if (args.Count > 0)
        {
            var items = args.ToList();
            add.Call("WithArgs", CSharpText.Join(items.Select(CSharpText.String)), "args", c => c.WithArgs(items));
        }
    }

    private static void Ports(V1Container container, Adder add)
    {
        foreach (var (port, index) in (container.Ports ?? []).Select((p, i) => (p, i)))
        {
            PortProtocol? protocol = port.Protocol is { } p && Enum.TryParse<PortProtocol>(p, out var parsed) && parsed.ToString() == p ? parsed : null;
            var name = port.Name;
            var arguments = CSharpText.Join(
                CSharpText.Number(port.ContainerPort),
                name is null ? null : CSharpText.String(name),
                protocol is null ? null : $"{(name is null ? "protocol: " : string.Empty)}{nameof(PortProtocol)}.{protocol}");
            add.Call("AddPort", arguments, $"ports[{index}]", c => c.AddPort(port.ContainerPort, name, protocol));
        }
    }

    private void EnvFrom(V1Container container, Adder add)
    {
        foreach (var (source, index) in (container.EnvFrom ?? []).Select((s, i) => (s, i)))
        {
            var prefix = source.Prefix is null ? null : $"prefix: {CSharpText.String(source.Prefix)}";
            if (source.ConfigMapRef is { Name: { } configMapName } configMap && source.SecretRef is null)
            {
                var optional = configMap.Optional == true;
                var reference = fields.ConfigMap(configMapName);
                add.Call("AddEnvFrom", CSharpText.Join(reference.Code, prefix, optional ? "optional: true" : null), $"envFrom[{index}]",
                    c => c.AddEnvFrom(reference.Value, source.Prefix, optional));
            }
            else if (source.SecretRef is { Name: { } secretName } secret && source.ConfigMapRef is null)
            {
                var optional = secret.Optional == true;
                var reference = fields.Secret(secretName);
                add.Call("AddEnvFrom", CSharpText.Join(reference.Code, prefix, optional ? "optional: true" : null), $"envFrom[{index}]",
                    c => c.AddEnvFrom(reference.Value, source.Prefix, optional));
            }
        }
    }

    private void Env(V1Container container, Adder add)
    {
        foreach (var (variable, index) in (container.Env ?? []).Select((v, i) => (v, i)))
        {
            var name = variable.Name ?? string.Empty;
            var path = $"env[{index}]";
            if (variable.ValueFrom is null)
            {
                var value = variable.Value ?? string.Empty;
                add.Call("WithEnv", CSharpText.Join(CSharpText.String(name), CSharpText.String(value)), path, c => c.WithEnv(name, value));
            }
            else if (variable.ValueFrom.FieldRef?.FieldPath == PodField.CompletionIndex.FieldPath)
            {
                var arguments = name == "JOB_COMPLETION_INDEX" ? string.Empty : CSharpText.String(name);
                add.Call("WithCompletionIndexEnv", arguments, path, c => c.WithCompletionIndexEnv(name));
            }
            else if (EnvSourceCode(variable.ValueFrom) is { } source)
            {
                add.Call("WithEnv", CSharpText.Join(CSharpText.String(name), source.Code), path, c => c.WithEnv(name, source.Value));
            }
        }
    }

    private static void Mount(Adder add, V1VolumeMount mount, Coded<Volume> volume, int index)
    {
        var readOnly = mount.ReadOnlyProperty == true;
        var subPath = mount.SubPath;
        var arguments = CSharpText.Join(
            volume.Code,
            CSharpText.String(mount.MountPath ?? string.Empty),
            readOnly ? "readOnly: true" : null,
            subPath is null ? null : $"subPath: {CSharpText.String(subPath)}");
        add.Call("AddVolumeMount", arguments, $"volumeMounts[{index}]", c => c.AddVolumeMount(volume.Value, mount.MountPath!, readOnly, subPath));
    }

    private void Mounts(V1Container container, Adder add)
    {
        foreach (var (mount, index) in (container.VolumeMounts ?? []).Select((m, i) => (m, i)))
        {
            if (mount.Name is { } name && volumes.TryGetValue(name, out var volume))
            {
                Mount(add, mount, volume, index);
            }
        }
    }

    /// <summary>Adds calls to a container's recipe, each with its field path below the container's.</summary>
    private sealed class Adder(Recipe<Container> recipe, string field)
    {
        public void Call(string method, string arguments, string subfield, Func<Container, Container> apply) =>
            recipe.Add(new ImportCall { Method = method, Arguments = arguments, Field = $"{field}.{subfield}" }, apply);
    }
}
