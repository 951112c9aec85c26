using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// Security contexts as the DSL's records: the hardened preset when the settings match it exactly,
/// <c>Hardened with { ... }</c> when they add to it, <c>new ... { ... }</c> otherwise.
/// </summary>
internal static class SecurityCode
{
    /// <summary>The container settings the DSL can say; the comparison adds the rest.</summary>
    public static Coded<ContainerSecurityContext>? Container(V1SecurityContext model) => Coded<ContainerSecurityContext>.Try(() =>
    {
        var hardened = ContainerSecurityContext.Hardened;
        var seccomp = Seccomp(model.SeccompProfile);
        var drop = model.Capabilities?.Drop?.ToList() ?? [];
        var basedOnHardened = model.RunAsNonRoot == true && model.ReadOnlyRootFilesystem == true && model.AllowPrivilegeEscalation == false
            && drop is ["ALL"] && seccomp?.Value == SeccompProfile.RuntimeDefault;
        var value = basedOnHardened ? hardened : new ContainerSecurityContext();
        var fields = new List<string>();
        void Set<T>(string name, T? wanted, T? preset, Func<ContainerSecurityContext, ContainerSecurityContext> apply, string code)
        {
            if (wanted is not null && (!basedOnHardened || !EqualityComparer<T>.Default.Equals(wanted, preset)))
            {
                fields.Add($"{name} = {code}");
                value = apply(value);
            }
        }

        Set("RunAsNonRoot", model.RunAsNonRoot, hardened.RunAsNonRoot, v => v with { RunAsNonRoot = model.RunAsNonRoot }, CSharpText.Bool(model.RunAsNonRoot ?? false));
        Set("RunAsUser", model.RunAsUser, null, v => v with { RunAsUser = model.RunAsUser }, CSharpText.Number(model.RunAsUser ?? 0));
        Set("RunAsGroup", model.RunAsGroup, null, v => v with { RunAsGroup = model.RunAsGroup }, CSharpText.Number(model.RunAsGroup ?? 0));
        Set("ReadOnlyRootFilesystem", model.ReadOnlyRootFilesystem, hardened.ReadOnlyRootFilesystem, v => v with { ReadOnlyRootFilesystem = model.ReadOnlyRootFilesystem }, CSharpText.Bool(model.ReadOnlyRootFilesystem ?? false));
        Set("AllowPrivilegeEscalation", model.AllowPrivilegeEscalation, hardened.AllowPrivilegeEscalation, v => v with { AllowPrivilegeEscalation = model.AllowPrivilegeEscalation }, CSharpText.Bool(model.AllowPrivilegeEscalation ?? false));
        Set("Privileged", model.Privileged, null, v => v with { Privileged = model.Privileged }, CSharpText.Bool(model.Privileged ?? false));
        if (model.Capabilities?.Add is { Count: > 0 } add)
        {
            fields.Add($"AddCapabilities = [{CSharpText.Join(add.Select(CSharpText.String))}]");
            value = value with { AddCapabilities = [.. add] };
        }

        if (drop.Count > 0 && !basedOnHardened)
        {
            fields.Add($"DropCapabilities = [{CSharpText.Join(drop.Select(CSharpText.String))}]");
            value = value with { DropCapabilities = [.. drop] };
        }

        if (seccomp is not null && !basedOnHardened)
        {
            fields.Add($"SeccompProfile = {seccomp.Code}");
            value = value with { SeccompProfile = seccomp.Value };
        }

        return new(Record(nameof(ContainerSecurityContext), basedOnHardened, fields), value);
    });

    /// <summary>The pod settings the DSL can say; the comparison adds the rest.</summary>
    public static Coded<PodSecurityContext>? Pod(V1PodSecurityContext model) => Coded<PodSecurityContext>.Try(() =>
    {
        var seccomp = Seccomp(model.SeccompProfile);
        var basedOnHardened = model.RunAsNonRoot == true && seccomp?.Value == SeccompProfile.RuntimeDefault;
        var value = basedOnHardened ? PodSecurityContext.Hardened : new PodSecurityContext();
        var fields = new List<string>();
        if (model.RunAsUser is { } user)
        {
            fields.Add($"RunAsUser = {CSharpText.Number(user)}");
            value = value with { RunAsUser = user };
        }

        if (model.RunAsGroup is { } group)
        {
            fields.Add($"RunAsGroup = {CSharpText.Number(group)}");
            value = value with { RunAsGroup = group };
        }

        if (model.RunAsNonRoot is { } nonRoot && !basedOnHardened)
        {
            fields.Add($"RunAsNonRoot = {CSharpText.Bool(nonRoot)}");
            value = value with { RunAsNonRoot = nonRoot };
        }

        if (model.SupplementalGroups is { Count: > 0 } groups)
        {
            fields.Add($"SupplementalGroups = [{CSharpText.Join(groups.Select(g => CSharpText.Number(g ?? 0)))}]");
            value = value with { SupplementalGroups = [.. groups.Select(g => g ?? 0)] };
        }

        if (model.FsGroup is { } fsGroup)
        {
            fields.Add($"FsGroup = {CSharpText.Number(fsGroup)}");
            value = value with { FsGroup = fsGroup };
        }

        if (seccomp is not null && !basedOnHardened)
        {
            fields.Add($"SeccompProfile = {seccomp.Code}");
            value = value with { SeccompProfile = seccomp.Value };
        }

        return new(Record(nameof(PodSecurityContext), basedOnHardened, fields), value);
    });

    private static string Record(string type, bool basedOnHardened, List<string> fields) => (basedOnHardened, fields.Count) switch
    {
        (true, 0) => $"{type}.Hardened",
        (true, _) => $"{type}.Hardened with {{ {string.Join(", ", fields)} }}",
        (false, 0) => $"new {type}()",
        _ => $"new {type} {{ {string.Join(", ", fields)} }}",
    };

    private static Coded<SeccompProfile>? Seccomp(V1SeccompProfile? profile) => profile switch
    {
        { Type: "RuntimeDefault" } => new("SeccompProfile.RuntimeDefault", SeccompProfile.RuntimeDefault),
        { Type: "Unconfined" } => new("SeccompProfile.Unconfined", SeccompProfile.Unconfined),
        { Type: "Localhost", LocalhostProfile: { } path } => new($"SeccompProfile.Localhost({CSharpText.String(path)})", SeccompProfile.Localhost(path)),
        _ => null,
    };
}
