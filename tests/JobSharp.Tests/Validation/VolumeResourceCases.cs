using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class VolumeResourceCases
{
    private const string Volume0 = "spec.template.spec.volumes[0]";
    private const string Mounts = "spec.template.spec.containers[0].volumeMounts";
    private const string Resources = "spec.template.spec.containers[0].resources";

    public static IEnumerable<RuleCase> All() =>
    [
        new("volume name missing", "JS1401", Volume0 + ".name", Required, j => Volumes(j, EmptyDir(null))),
        new("volume name bad", "JS1402", Volume0 + ".name", Invalid, j => Volumes(j, EmptyDir("data_1"))),
        new("volume name repeated", "JS1403", "spec.template.spec.volumes[1].name", Duplicate, j => Volumes(j, EmptyDir("data"), EmptyDir("data"))),
        new("two volume types", "JS1404", Volume0 + ".configMap", Forbidden, j =>
        {
            var volume = EmptyDir("data");
            volume.ConfigMap = new V1ConfigMapVolumeSource { Name = "cfg" };
            Volumes(j, volume);
        }) { Message = "may not specify more than 1 volume type" },
        new("configMap volume name missing", "JS1405", Volume0 + ".configMap.name", Required, j => Volumes(j, new V1Volume { Name = "cfg", ConfigMap = new V1ConfigMapVolumeSource() })),
        new("claimName missing", "JS1405", Volume0 + ".persistentVolumeClaim.claimName", Required, j => Volumes(j, new V1Volume { Name = "pvc", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource() })),
        new("secret defaultMode too large", "JS1406", Volume0 + ".secret.defaultMode", Invalid, j => Volumes(j, new V1Volume { Name = "s", Secret = new V1SecretVolumeSource { SecretName = "s", DefaultMode = 512 } })) { Message = "must be a number between 0 and 0777 (octal), both inclusive" },
        new("item key missing", "JS1407", Volume0 + ".configMap.items[0].key", Required, j => Volumes(j, ConfigMapItem(new V1KeyToPath { Path = "p" }))),
        new("item path missing", "JS1408", Volume0 + ".configMap.items[0].path", Required, j => Volumes(j, ConfigMapItem(new V1KeyToPath { Key = "k" }))),
        new("item path absolute", "JS1409", Volume0 + ".configMap.items[0].path", Invalid, j => Volumes(j, ConfigMapItem(new V1KeyToPath { Key = "k", Path = "/abs" }))) { Message = "must be a relative path" },
        new("hostPath with dot-dot", "JS1409", Volume0 + ".hostPath.path", Invalid, j => Volumes(j, new V1Volume { Name = "h", HostPath = new V1HostPathVolumeSource { Path = "/var/../etc" } })) { Message = "must not contain '..'" },
        new("hostPath path missing", "JS1405", Volume0 + ".hostPath.path", Required, j => Volumes(j, new V1Volume { Name = "h", HostPath = new V1HostPathVolumeSource() })),
        new("hostPath type unknown", "JS1416", Volume0 + ".hostPath.type", NotSupported, j => Volumes(j, new V1Volume { Name = "h", HostPath = new V1HostPathVolumeSource { Path = "/data", Type = "Folder" } })) { Message = "supported values: \"\", \"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\"" },
        new("downwardAPI next to emptyDir", "JS1404", Volume0 + ".downwarAPI", Forbidden, j =>
        {
            var volume = EmptyDir("data");
            volume.DownwardAPI = new V1DownwardAPIVolumeSource();
            Volumes(j, volume);
        }),
        new("emptyDir sizeLimit negative", "JS1417", Volume0 + ".emptyDir.sizeLimit", Forbidden, j => Volumes(j, new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = new ResourceQuantity("-1Gi") } })) { Message = "SizeLimit field must be a valid resource quantity" },
        new("mount name missing", "JS1410", Mounts + "[0].name", Required, j => Mount(j, new V1VolumeMount { MountPath = "/data" })) { AlsoCodes = ["JS1411"] },
        new("mount without volume", "JS1411", Mounts + "[0].name", NotFound, j => Mount(j, new V1VolumeMount { Name = "cache", MountPath = "/cache" })),
        new("mountPath missing", "JS1412", Mounts + "[0].mountPath", Required, j => Mount(j, new V1VolumeMount { Name = "data" })),
        new("mountPath repeated", "JS1413", Mounts + "[1].mountPath", Invalid, j => Mount(j, new V1VolumeMount { Name = "data", MountPath = "/d" }, new V1VolumeMount { Name = "data", MountPath = "/d" })) { Message = "must be unique" },
        new("subPath and subPathExpr", "JS1414", Mounts + "[0].subPathExpr", Invalid, j => Mount(j, new V1VolumeMount { Name = "data", MountPath = "/d", SubPath = "a", SubPathExpr = "b" })),
        new("subPath with dot-dot", "JS1415", Mounts + ".subPath", Invalid, j => Mount(j, new V1VolumeMount { Name = "data", MountPath = "/d", SubPath = "../x" })) { Message = "must not contain '..'" },
        new("resource name with two slashes", "JS1420", Resources + ".limits[a/b/c]", Invalid, j => Limits(j, ("a/b/c", "1"))),
        new("resource name unknown", "JS1421", Resources + ".requests[gpu]", Invalid, j => Requests(j, ("gpu", "1"))) { AlsoCodes = ["JS1422"], Message = "must be a standard resource type or fully qualified" },
        new("resource not for containers", "JS1422", Resources + ".requests[pods]", Invalid, j => Requests(j, ("pods", "1"))) { Message = "must be a standard resource for containers" },
        new("resource not extended", "JS1423", Resources + ".requests[requests.example.com/gpu]", Invalid, j => Requests(j, ("requests.example.com/gpu", "1"))) { AlsoCodes = ["JS1428"], Message = "doesn't follow extended resource name standard" },
        new("quantity negative", "JS1424", Resources + ".limits[cpu]", Invalid, j => Limits(j, ("cpu", "-1"))) { Message = "must be greater than or equal to 0" },
        new("extended resource fractional", "JS1425", Resources + ".limits[example.com/gpu]", Invalid, j => Limits(j, ("example.com/gpu", "500m"))) { Message = "must be an integer" },
        new("request above limit", "JS1426", Resources + ".requests", Invalid, j =>
        {
            Limits(j, ("cpu", "1"));
            j.Container0().Resources.Requests = Quantities(("cpu", "2"));
        }) { Message = "must be less than or equal to cpu limit of 1" },
        new("extended request differs from limit", "JS1427", Resources + ".requests", Invalid, j =>
        {
            Limits(j, ("example.com/gpu", "2"));
            j.Container0().Resources.Requests = Quantities(("example.com/gpu", "1"));
        }) { Message = "must be equal to example.com/gpu limit of 2" },
        new("extended request without limit", "JS1428", Resources + ".limits", Required, j => Requests(j, ("example.com/gpu", "1"))) { Message = "Limit must be set for non overcommitable resources" },
        new("hugepages not a page multiple", "JS1430", Resources + ".limits[hugepages-2Mi]", Invalid, j => Limits(j, ("memory", "1Gi"), ("hugepages-2Mi", "3Mi"))) { Message = "3Mi is not positive integer multiple of hugepages-2Mi" },
        new("hugepages alone", "JS1429", Resources, Forbidden, j => Limits(j, ("hugepages-2Mi", "2Mi"))) { Message = "HugePages require cpu or memory" },
    ];

    private static V1Volume EmptyDir(string? name) => new() { Name = name, EmptyDir = new V1EmptyDirVolumeSource() };

    private static V1Volume ConfigMapItem(V1KeyToPath item) =>
        new() { Name = "cfg", ConfigMap = new V1ConfigMapVolumeSource { Name = "cfg", Items = [item] } };

    private static void Volumes(V1Job job, params V1Volume[] volumes) => job.Pod().Volumes = [.. volumes];

    private static void Mount(V1Job job, params V1VolumeMount[] mounts)
    {
        job.Pod().Volumes = [EmptyDir("data")];
        job.Container0().VolumeMounts = [.. mounts];
    }

    private static Dictionary<string, ResourceQuantity> Quantities(params (string Name, string Value)[] items) =>
        items.ToDictionary(i => i.Name, i => new ResourceQuantity(i.Value));

    private static void Limits(V1Job job, params (string Name, string Value)[] items) =>
        job.Container0().Resources = new V1ResourceRequirements { Limits = Quantities(items) };

    private static void Requests(V1Job job, params (string Name, string Value)[] items) =>
        job.Container0().Resources = new V1ResourceRequirements { Requests = Quantities(items) };
}
