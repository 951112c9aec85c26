using k8s.Models;

namespace JobSharp.KubernetesRules;

/// <summary>The volume source fields of a <see cref="V1Volume"/>, in the order the API server checks them.</summary>
internal static class VolumeSources
{
    /// <summary>The names of the sources that are set, in the server's order, as the server writes them in paths.</summary>
    public static IEnumerable<string> Present(V1Volume volume)
    {
        // The server's order and its path names, quirks included ("cephFS", "downwarAPI").
        (string Name, object? Source)[] sources =
        [
            ("emptyDir", volume.EmptyDir), ("hostPath", volume.HostPath), ("gitRepo", volume.GitRepo),
            ("gcePersistentDisk", volume.GcePersistentDisk), ("awsElasticBlockStore", volume.AwsElasticBlockStore),
            ("secret", volume.Secret), ("nfs", volume.Nfs), ("iscsi", volume.Iscsi), ("glusterfs", volume.Glusterfs),
            ("flocker", volume.Flocker), ("persistentVolumeClaim", volume.PersistentVolumeClaim), ("rbd", volume.Rbd),
            ("cinder", volume.Cinder), ("cephFS", volume.Cephfs), ("quobyte", volume.Quobyte),
            ("downwarAPI", volume.DownwardAPI), ("fc", volume.Fc), ("flexVolume", volume.FlexVolume),
            ("configMap", volume.ConfigMap), ("azureFile", volume.AzureFile), ("vsphereVolume", volume.VsphereVolume),
            ("photonPersistentDisk", volume.PhotonPersistentDisk), ("portworxVolume", volume.PortworxVolume),
            ("azureDisk", volume.AzureDisk), ("storageos", volume.Storageos), ("projected", volume.Projected),
            ("scaleIO", volume.ScaleIO), ("csi", volume.Csi), ("ephemeral", volume.Ephemeral), ("image", volume.Image),
        ];
        return sources.Where(s => s.Source is not null).Select(s => s.Name);
    }
}
