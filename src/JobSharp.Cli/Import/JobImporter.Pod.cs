using k8s.Models;

namespace JobSharp.Cli.Import;

internal sealed partial class JobImporter
{
    private void Pod(V1PodTemplateSpec template)
    {
        foreach (var (key, value) in Sorted(template.Metadata?.Labels))
        {
            Call("WithPodLabel", CSharpText.Join(CSharpText.String(key), CSharpText.String(value)), "spec.template.metadata.labels", j => j.WithPodLabel(key, value));
        }

        foreach (var (key, value) in Sorted(template.Metadata?.Annotations))
        {
            Call("WithPodAnnotation", CSharpText.Join(CSharpText.String(key), CSharpText.String(value)), "spec.template.metadata.annotations", j => j.WithPodAnnotation(key, value));
        }

        var pod = template.Spec ?? new V1PodSpec();
        Scheduling(pod);
        var hardened = Security(pod);
        var volumes = Volumes(pod);
        var containers = new ContainerImporter(_fields, volumes);
        foreach (var (container, index) in (pod.InitContainers ?? []).Select((c, i) => (c, i)))
        {
            var sidecar = container.RestartPolicy == "Always";
            AddContainer(containers, container, sidecar ? "AddSidecar" : "AddInitContainer", init: true, index, hardened);
        }

        foreach (var (container, index) in (pod.Containers ?? []).Select((c, i) => (c, i)))
        {
            AddContainer(containers, container, "AddContainer", init: false, index, hardened);
        }
    }

    private void AddContainer(ContainerImporter importer, V1Container container, string method, bool init, int index, bool jobHardened)
    {
        var field = $"spec.template.spec.{(init ? "initContainers" : "containers")}[{index}]";
        var hardenedByJob = jobHardened && Canonical.Same(container.SecurityContext, ContainerSecurityContext.Hardened.ToModel());
        var recipe = importer.Import(container, field, hardenedByJob);
        var image = ContainerImporter.Image(container);
        var name = container.Name ?? string.Empty;
        var call = new ImportCall { Method = method, Arguments = CSharpText.Join(CSharpText.String(name), image.Code), Field = field };
        Func<Job, Job> apply = method switch
        {
            "AddSidecar" => j => j.AddSidecar(name, image.Value, recipe.Replay),
            "AddInitContainer" => j => j.AddInitContainer(name, image.Value, recipe.Replay),
            _ => j => j.AddContainer(name, image.Value, recipe.Replay),
        };
        if (_recipe.Add(call, apply))
        {
            _containers.Add((recipe, call, init, index));
        }
    }

    private void Scheduling(V1PodSpec pod)
    {
        if (pod.ServiceAccountName is { } account)
        {
            Call("WithServiceAccount", CSharpText.String(account), "spec.template.spec.serviceAccountName", j => j.WithServiceAccount(account));
        }

        if (pod.AutomountServiceAccountToken is { } automount)
        {
            Call("WithAutomountServiceAccountToken", CSharpText.Bool(automount), "spec.template.spec.automountServiceAccountToken", j => j.WithAutomountServiceAccountToken(automount));
        }

        foreach (var (key, value) in Sorted(pod.NodeSelector))
        {
            Call("WithNodeSelector", CSharpText.Join(CSharpText.String(key), CSharpText.String(value)), "spec.template.spec.nodeSelector", j => j.WithNodeSelector(key, value));
        }

        foreach (var (toleration, index) in (pod.Tolerations ?? []).Select((t, i) => (t, i)))
        {
            if (SchedulingCode.Toleration(toleration) is { } coded)
            {
                Call("AddToleration", coded.Code, $"spec.template.spec.tolerations[{index}]", j => j.AddToleration(coded.Value));
            }
        }

        if (pod.Affinity?.NodeAffinity is { } affinity && SchedulingCode.NodeAffinity(affinity) is { } nodeAffinity)
        {
            Call("WithNodeAffinity", nodeAffinity.Code, "spec.template.spec.affinity.nodeAffinity", j => j.WithNodeAffinity(nodeAffinity.Value));
        }

        if (pod.PriorityClassName is { } priority)
        {
            Call("WithPriorityClass", CSharpText.String(priority), "spec.template.spec.priorityClassName", j => j.WithPriorityClass(priority));
        }

        foreach (var (secret, index) in (pod.ImagePullSecrets ?? []).Select((s, i) => (s, i)))
        {
            if (secret.Name is { } name)
            {
                var reference = _fields.Secret(name);
                Call("AddImagePullSecret", reference.Code, $"spec.template.spec.imagePullSecrets[{index}]", j => j.AddImagePullSecret(reference.Value));
            }
        }

        if (pod.TerminationGracePeriodSeconds is { } grace)
        {
            Call("WithTerminationGracePeriod", CSharpText.Duration(grace), "spec.template.spec.terminationGracePeriodSeconds", j => j.WithTerminationGracePeriod(TimeSpan.FromSeconds(grace)));
        }
    }

    /// <summary>
    /// The pod's security settings. The Job-wide hardened preset is used when the pod's settings are the preset and
    /// every container has settings of its own, at least one of them the container preset; returns whether it was.
    /// </summary>
    private bool Security(V1PodSpec pod)
    {
        if (pod.SecurityContext is not { } context)
        {
            return false;
        }

        var containers = (pod.InitContainers ?? []).Concat(pod.Containers ?? []).ToList();
        var hardenedContainer = ContainerSecurityContext.Hardened.ToModel();
        if (Canonical.Same(context, PodSecurityContext.Hardened.ToModel()) && containers.Count > 0
            && containers.All(c => c.SecurityContext is not null) && containers.Any(c => Canonical.Same(c.SecurityContext, hardenedContainer)))
        {
            Call("WithHardenedSecurity", string.Empty, "spec.template.spec.securityContext", j => j.WithHardenedSecurity());
            return true;
        }

        if (SecurityCode.Pod(context) is { } security)
        {
            Call("WithPodSecurityContext", security.Code, "spec.template.spec.securityContext", j => j.WithPodSecurityContext(security.Value));
        }

        return false;
    }

    /// <summary>
    /// One <see cref="Volume"/> field per volume the DSL can describe, keyed by the volume's name. The Job declares
    /// mounted volumes itself, in the order they are first mounted; when the input's order differs, or a volume is
    /// not mounted, every volume is declared with <c>AddVolume</c> in the input's order.
    /// </summary>
    private Dictionary<string, Coded<Volume>> Volumes(V1PodSpec pod)
    {
        var volumes = new Dictionary<string, Coded<Volume>>(StringComparer.Ordinal);
        var declared = new List<(Coded<Volume> Volume, int Index)>();
        foreach (var (volume, index) in (pod.Volumes ?? []).Select((v, i) => (v, i)))
        {
            if (volume.Name is { } name && !volumes.ContainsKey(name) && VolumeCode.Of(volume, _fields) is { } coded)
            {
                var field = _fields.Volume(coded, _owner);
                volumes.Add(name, field);
                declared.Add((field, index));
            }
        }

        var mountOrder = (pod.InitContainers ?? []).Concat(pod.Containers ?? [])
            .SelectMany(c => c.VolumeMounts ?? [])
            .Select(m => m.Name)
            .Where(n => n is not null && volumes.ContainsKey(n))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (!mountOrder.SequenceEqual(declared.Select(d => d.Volume.Value.Name), StringComparer.Ordinal))
        {
            foreach (var (volume, index) in declared)
            {
                Call("AddVolume", volume.Code, $"spec.template.spec.volumes[{index}]", j => j.AddVolume(volume.Value));
            }
        }

        return volumes;
    }
}
