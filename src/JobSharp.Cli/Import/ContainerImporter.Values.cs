using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Cli.Import;

internal sealed partial class ContainerImporter
{
    private static readonly (string Path, string Code, PodField Field)[] PodFields =
    [
        ("metadata.name", "PodField.Name", PodField.Name),
        ("metadata.namespace", "PodField.Namespace", PodField.Namespace),
        ("metadata.uid", "PodField.Uid", PodField.Uid),
        ("spec.nodeName", "PodField.NodeName", PodField.NodeName),
        ("spec.serviceAccountName", "PodField.ServiceAccountName", PodField.ServiceAccountName),
        ("status.hostIP", "PodField.HostIP", PodField.HostIP),
        ("status.podIP", "PodField.PodIP", PodField.PodIP),
    ];

    private static readonly (string Resource, string Code, ContainerResourceField Field)[] ResourceFields =
    [
        ("limits.cpu", "ContainerResourceField.CpuLimit", ContainerResourceField.CpuLimit),
        ("requests.cpu", "ContainerResourceField.CpuRequest", ContainerResourceField.CpuRequest),
        ("limits.memory", "ContainerResourceField.MemoryLimit", ContainerResourceField.MemoryLimit),
        ("requests.memory", "ContainerResourceField.MemoryRequest", ContainerResourceField.MemoryRequest),
        ("limits.ephemeral-storage", "ContainerResourceField.EphemeralStorageLimit", ContainerResourceField.EphemeralStorageLimit),
        ("requests.ephemeral-storage", "ContainerResourceField.EphemeralStorageRequest", ContainerResourceField.EphemeralStorageRequest),
    ];

    private Coded<EnvSource>? EnvSourceCode(V1EnvVarSource source) => Coded<EnvSource>.Try(() =>
    {
        if (source.ConfigMapKeyRef is { Name: { } configMap, Key: { } configKey } configRef)
        {
            var reference = fields.ConfigMap(configMap);
            var key = reference.Value.Key(configKey);
            return configRef.Optional == true
                ? new($"{reference.Code}.Key({CSharpText.String(configKey)}).Optional()", key.Optional())
                : new($"{reference.Code}.Key({CSharpText.String(configKey)})", key);
        }

        if (source.SecretKeyRef is { Name: { } secret, Key: { } secretKey } secretRef)
        {
            var reference = fields.Secret(secret);
            var key = reference.Value.Key(secretKey);
            return secretRef.Optional == true
                ? new($"{reference.Code}.Key({CSharpText.String(secretKey)}).Optional()", key.Optional())
                : new($"{reference.Code}.Key({CSharpText.String(secretKey)})", key);
        }

        if (source.FieldRef?.FieldPath is { } path)
        {
            return FieldCode(path);
        }

        return source.ResourceFieldRef is { Resource: { } resource } field ? ResourceFieldCode(resource, field) : null;
    });

    private static Coded<EnvSource>? FieldCode(string path)
    {
        foreach (var (known, code, field) in PodFields)
        {
            if (path == known)
            {
                return new(code, field);
            }
        }

        foreach (var (prefix, method) in new[] { ("metadata.labels['", "Label"), ("metadata.annotations['", "Annotation") })
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal))
            {
                var key = path[prefix.Length..^2];
                var field = method == "Label" ? PodField.Label(key) : PodField.Annotation(key);
                return field.FieldPath == path ? new($"PodField.{method}({CSharpText.String(key)})", field) : null;
            }
        }

        return null;
    }

    private static Coded<EnvSource> ResourceFieldCode(string resource, V1ResourceFieldSelector selector)
    {
        var known = ResourceFields.FirstOrDefault(f => f.Resource == resource);
        var code = known.Code ?? $"ContainerResourceField.Of({CSharpText.String(resource)})";
        var field = known.Field ?? ContainerResourceField.Of(resource);
        if (selector.ContainerName is { } container)
        {
            code += $".OfContainer({CSharpText.String(container)})";
            field = field.OfContainer(container);
        }

        if (selector.Divisor is { } divisor && QuantityCode.Of(KubernetesRules.QuantitySpelling.Of(divisor), "divisor") is { } unit)
        {
            code += $".InUnitsOf({unit.Code})";
            field = field.InUnitsOf(unit.Value);
        }

        return new(code, field);
    }

    private static void Resources(V1Container container, Adder add)
    {
        if (container.Resources is not { } resources)
        {
            return;
        }

        Amounts(add, "Requests", "requests", resources.Requests, resources.Limits);
        Amounts(add, "Limits", "limits", resources.Limits, resources.Requests);
    }

    /// <summary>cpu, memory and ephemeral-storage in one <c>WithRequests</c>/<c>WithLimits</c>; other resources one by one.</summary>
    private static void Amounts(Adder add, string plural, string field, IDictionary<string, ResourceQuantity>? amounts, IDictionary<string, ResourceQuantity>? other)
    {
        if (amounts is null)
        {
            return;
        }

        var typed = new List<(string Parameter, Coded<Quantity> Quantity)>();
        foreach (var (resource, parameter) in new[] { ("cpu", "cpu"), ("memory", "memory"), ("ephemeral-storage", "ephemeralStorage") })
        {
            if (amounts.TryGetValue(resource, out var amount) && amount is not null && QuantityCode.Of(KubernetesRules.QuantitySpelling.Of(amount), resource) is { } quantity)
            {
                typed.Add((parameter, quantity));
            }
        }

        if (typed.Count > 0)
        {
            var arguments = CSharpText.Join(typed.Select(t => $"{t.Parameter}: {t.Quantity.Code}"));
            var cpu = typed.FirstOrDefault(t => t.Parameter == "cpu").Quantity?.Value;
            var memory = typed.FirstOrDefault(t => t.Parameter == "memory").Quantity?.Value;
            var storage = typed.FirstOrDefault(t => t.Parameter == "ephemeralStorage").Quantity?.Value;
            add.Call("With" + plural, arguments, $"resources.{field}", plural == "Requests"
                ? c => c.WithRequests(cpu, memory, storage)
                : c => c.WithLimits(cpu, memory, storage));
        }

        foreach (var (resource, amount) in amounts.Where(a => a.Key is not ("cpu" or "memory" or "ephemeral-storage")).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (amount is null || QuantityCode.Of(KubernetesRules.QuantitySpelling.Of(amount), resource) is not { } quantity)
            {
                continue;
            }

            var arguments = CSharpText.Join(CSharpText.String(resource), quantity.Code);
            if (plural == "Limits" && resource.Contains('/', StringComparison.Ordinal) && other?.ContainsKey(resource) != true)
            {
                add.Call("WithExtendedResource", arguments, $"resources.limits", c => c.WithExtendedResource(resource, quantity.Value));
            }
            else if (plural == "Requests")
            {
                add.Call("WithRequest", arguments, "resources.requests", c => c.WithRequest(resource, quantity.Value));
            }
            else
            {
                add.Call("WithLimit", arguments, "resources.limits", c => c.WithLimit(resource, quantity.Value));
            }
        }
    }

    private static void Probes(V1Container container, Adder add)
    {
        if (ProbeCode(container.StartupProbe) is { } startup)
        {
            add.Call("WithStartupProbe", startup.Code, "startupProbe", c => c.WithStartupProbe(startup.Value));
        }

        if (ProbeCode(container.LivenessProbe) is { } liveness)
        {
            add.Call("WithLivenessProbe", liveness.Code, "livenessProbe", c => c.WithLivenessProbe(liveness.Value));
        }

        if (ProbeCode(container.ReadinessProbe) is { } readiness)
        {
            add.Call("WithReadinessProbe", readiness.Code, "readinessProbe", c => c.WithReadinessProbe(readiness.Value));
        }
    }

    private static Coded<Probe>? ProbeCode(V1Probe? probe) => probe is null ? null : Coded<Probe>.Try(() =>
    {
        Coded<Probe>? made = probe switch
        {
            { Exec.Command: { Count: > 0 } command } => new($"Probe.Exec({CSharpText.Join(command.Select(CSharpText.String))})", Probe.Exec(command)),
            { HttpGet: { Path: { } path, Port: { } port } } when IntOrStringForm.IsInteger(port, out var number) =>
                new($"Probe.HttpGet({CSharpText.String(path)}, {CSharpText.Number(number)})", Probe.HttpGet(path, number)),
            { TcpSocket.Port: { } port } when IntOrStringForm.IsInteger(port, out var number) =>
                new($"Probe.TcpSocket({CSharpText.Number(number)})", Probe.TcpSocket(number)),
            _ => null,
        };
        if (made is null)
        {
            return null;
        }

        var (code, value) = (made.Code, made.Value);
        if (probe.InitialDelaySeconds is { } delay)
        {
            (code, value) = ($"{code}.WithInitialDelay({CSharpText.Duration(delay)})", value.WithInitialDelay(TimeSpan.FromSeconds(delay)));
        }

        if (probe.PeriodSeconds is { } period)
        {
            (code, value) = ($"{code}.WithPeriod({CSharpText.Duration(period)})", value.WithPeriod(TimeSpan.FromSeconds(period)));
        }

        if (probe.TimeoutSeconds is { } timeout)
        {
            (code, value) = ($"{code}.WithTimeout({CSharpText.Duration(timeout)})", value.WithTimeout(TimeSpan.FromSeconds(timeout)));
        }

        if (probe.FailureThreshold is { } threshold)
        {
            (code, value) = ($"{code}.WithFailureThreshold({CSharpText.Number(threshold)})", value.WithFailureThreshold(threshold));
        }

        return new(code, value);
    });

    private static void Security(V1Container container, Adder add, bool hardenedByJob)
    {
        if (container.SecurityContext is not { } context || hardenedByJob)
        {
            return;
        }

        if (Canonical.Same(context, ContainerSecurityContext.Hardened.ToModel()))
        {
            add.Call("WithHardenedSecurity", string.Empty, "securityContext", c => c.WithHardenedSecurity());
        }
        else if (SecurityCode.Container(context) is { } security)
        {
            add.Call("WithSecurityContext", security.Code, "securityContext", c => c.WithSecurityContext(security.Value));
        }
    }
}
