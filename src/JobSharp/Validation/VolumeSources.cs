using k8s.Models;

namespace JobSharp.Validation;

/// <summary>The volume source fields of a <see cref="V1Volume"/>, in the order the API server checks them.</summary>
internal static class VolumeSources
{
    /// <summary>The JSON names of the sources that are set, in the server's order.</summary>
    public static IEnumerable<string> Present(V1Volume volume)
    {
        (string Name, object? Source)[] sources =
        [
            ("hostPath", volume.HostPath), ("emptyDir", volume.EmptyDir), ("gitRepo", volume.GitRepo),
            ("gcePersistentDisk", volume.GcePersistentDisk), ("awsElasticBlockStore", volume.AwsElasticBlockStore),
            ("secret", volume.Secret), ("nfs", volume.Nfs), ("iscsi", volume.Iscsi), ("glusterfs", volume.Glusterfs),
            ("flocker", volume.Flocker), ("persistentVolumeClaim", volume.PersistentVolumeClaim), ("rbd", volume.Rbd),
            ("quobyte", volume.Quobyte), ("cinder", volume.Cinder), ("cephfs", volume.Cephfs),
            ("flexVolume", volume.FlexVolume), ("downwardAPI", volume.DownwardAPI), ("fc", volume.Fc),
            ("azureFile", volume.AzureFile), ("configMap", volume.ConfigMap), ("vsphereVolume", volume.VsphereVolume),
            ("photonPersistentDisk", volume.PhotonPersistentDisk), ("portworxVolume", volume.PortworxVolume),
            ("azureDisk", volume.AzureDisk), ("storageos", volume.Storageos), ("projected", volume.Projected),
            ("scaleIO", volume.ScaleIO), ("csi", volume.Csi), ("ephemeral", volume.Ephemeral), ("image", volume.Image),
        ];
        return sources.Where(s => s.Source is not null).Select(s => s.Name);
    }
}
