using k8s.Models;

namespace JobSharp.Rendering;

/// <summary>
/// The one table that decides the order of keys in rendered manifests. Identity and intent come first
/// (<c>apiVersion, kind, metadata, spec</c>; <c>name, namespace, labels, annotations</c>); fields the seed
/// document shows keep its order (<c>completions, parallelism, backoffLimit, ..., template</c>;
/// <c>restartPolicy</c> before <c>containers</c>); everything else follows the declaration order of the
/// Kubernetes Go types. Fields a type has that are not listed here follow the listed ones, in the order the
/// model declares them, so a newer model never loses a field. Objects of other kinds start with
/// <c>apiVersion, kind, metadata</c> too.
/// </summary>
internal static class KeyOrder
{
    private static readonly Dictionary<Type, string[]> Table = new()
    {
        [typeof(V1Job)] = ["apiVersion", "kind", "metadata", "spec"],
        [typeof(V1CronJob)] = ["apiVersion", "kind", "metadata", "spec"],
        [typeof(V1ObjectMeta)] =
        [
            "name", "generateName", "namespace", "labels", "annotations", "selfLink", "uid", "resourceVersion",
            "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "ownerReferences",
            "finalizers", "managedFields",
        ],
        [typeof(V1JobSpec)] =
        [
            "completions", "parallelism", "backoffLimit", "activeDeadlineSeconds", "podFailurePolicy", "successPolicy",
            "backoffLimitPerIndex", "maxFailedIndexes", "selector", "manualSelector", "ttlSecondsAfterFinished",
            "completionMode", "suspend", "podReplacementPolicy", "managedBy", "scheduling", "template",
        ],
        [typeof(V1CronJobSpec)] =
        [
            "schedule", "timeZone", "startingDeadlineSeconds", "concurrencyPolicy", "suspend", "jobTemplate",
            "successfulJobsHistoryLimit", "failedJobsHistoryLimit",
        ],
        [typeof(V1JobTemplateSpec)] = ["metadata", "spec"],
        [typeof(V1PodTemplateSpec)] = ["metadata", "spec"],
        [typeof(V1PodSpec)] =
        [
            "restartPolicy", "volumes", "initContainers", "containers", "ephemeralContainers",
            "terminationGracePeriodSeconds", "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName",
            "serviceAccount", "automountServiceAccountToken", "nodeName", "hostNetwork", "hostPID", "hostIPC",
            "shareProcessNamespace", "securityContext", "imagePullSecrets", "hostname", "subdomain", "affinity",
            "schedulerName", "tolerations", "hostAliases", "priorityClassName", "priority", "dnsConfig", "readinessGates",
            "runtimeClassName", "enableServiceLinks", "preemptionPolicy", "overhead", "topologySpreadConstraints",
            "setHostnameAsFQDN", "os", "hostUsers", "schedulingGates", "resourceClaims", "resources", "hostnameOverride",
        ],
        [typeof(V1Container)] =
        [
            "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy",
            "restartPolicy", "restartPolicyRules", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe",
            "startupProbe", "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy",
            "securityContext", "stdin", "stdinOnce", "tty",
        ],
        [typeof(V1EnvVar)] = ["name", "value", "valueFrom"],
        [typeof(V1EnvVarSource)] = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef"],
        [typeof(V1ConfigMapKeySelector)] = ["name", "key", "optional"],
        [typeof(V1SecretKeySelector)] = ["name", "key", "optional"],
        [typeof(V1ObjectFieldSelector)] = ["apiVersion", "fieldPath"],
        [typeof(V1ResourceFieldSelector)] = ["containerName", "resource", "divisor"],
        [typeof(V1EnvFromSource)] = ["prefix", "configMapRef", "secretRef"],
        [typeof(V1ConfigMapEnvSource)] = ["name", "optional"],
        [typeof(V1SecretEnvSource)] = ["name", "optional"],
        [typeof(V1ResourceRequirements)] = ["limits", "requests", "claims"],
        [typeof(V1VolumeMount)] =
            ["name", "readOnly", "recursiveReadOnly", "mountPath", "subPath", "mountPropagation", "subPathExpr"],
        [typeof(V1Volume)] =
        [
            "name", "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs",
            "iscsi", "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker",
            "downwardAPI", "fc", "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk",
            "photonPersistentDisk", "projected", "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image",
        ],
        [typeof(V1ConfigMapVolumeSource)] = ["name", "items", "defaultMode", "optional"],
        [typeof(V1SecretVolumeSource)] = ["secretName", "items", "defaultMode", "optional"],
        [typeof(V1KeyToPath)] = ["key", "path", "mode"],
        [typeof(V1EmptyDirVolumeSource)] = ["medium", "sizeLimit"],
        [typeof(V1PersistentVolumeClaimVolumeSource)] = ["claimName", "readOnly"],
        [typeof(V1HostPathVolumeSource)] = ["path", "type"],
        [typeof(V1ProjectedVolumeSource)] = ["sources", "defaultMode"],
        [typeof(V1VolumeProjection)] =
            ["secret", "downwardAPI", "configMap", "serviceAccountToken", "clusterTrustBundle", "podCertificate"],
        [typeof(V1ConfigMapProjection)] = ["name", "items", "optional"],
        [typeof(V1SecretProjection)] = ["name", "items", "optional"],
        [typeof(V1ServiceAccountTokenProjection)] = ["audience", "expirationSeconds", "path"],
        [typeof(V1ContainerPort)] = ["name", "hostPort", "containerPort", "protocol", "hostIP"],
        [typeof(V1SecurityContext)] =
        [
            "capabilities", "privileged", "seLinuxOptions", "windowsOptions", "runAsUser", "runAsGroup", "runAsNonRoot",
            "readOnlyRootFilesystem", "allowPrivilegeEscalation", "procMount", "seccompProfile", "appArmorProfile",
        ],
        [typeof(V1PodSecurityContext)] =
        [
            "seLinuxOptions", "windowsOptions", "runAsUser", "runAsGroup", "runAsNonRoot", "supplementalGroups",
            "supplementalGroupsPolicy", "fsGroup", "sysctls", "fsGroupChangePolicy", "seccompProfile",
            "appArmorProfile", "seLinuxChangePolicy",
        ],
        [typeof(V1Capabilities)] = ["add", "drop"],
        [typeof(V1SeccompProfile)] = ["type", "localhostProfile"],
        [typeof(V1Toleration)] = ["key", "operator", "value", "effect", "tolerationSeconds"],
        [typeof(V1Affinity)] = ["nodeAffinity", "podAffinity", "podAntiAffinity"],
        [typeof(V1NodeAffinity)] =
            ["requiredDuringSchedulingIgnoredDuringExecution", "preferredDuringSchedulingIgnoredDuringExecution"],
        [typeof(V1NodeSelectorTerm)] = ["matchExpressions", "matchFields"],
        [typeof(V1NodeSelectorRequirement)] = ["key", "operator", "values"],
        [typeof(V1PreferredSchedulingTerm)] = ["weight", "preference"],
        [typeof(V1LabelSelector)] = ["matchLabels", "matchExpressions"],
        [typeof(V1LabelSelectorRequirement)] = ["key", "operator", "values"],
        [typeof(V1PodFailurePolicyRule)] = ["action", "onExitCodes", "onPodConditions"],
        [typeof(V1PodFailurePolicyOnExitCodesRequirement)] = ["containerName", "operator", "values"],
        [typeof(V1PodFailurePolicyOnPodConditionsPattern)] = ["type", "status"],
        [typeof(V1SuccessPolicyRule)] = ["succeededIndexes", "succeededCount"],
        [typeof(V1Probe)] =
        [
            "exec", "httpGet", "tcpSocket", "grpc", "initialDelaySeconds", "timeoutSeconds", "periodSeconds",
            "successThreshold", "failureThreshold", "terminationGracePeriodSeconds",
        ],
        [typeof(V1HTTPGetAction)] = ["path", "port", "host", "scheme", "httpHeaders"],
        [typeof(V1HTTPHeader)] = ["name", "value"],
        [typeof(V1OwnerReference)] = ["apiVersion", "kind", "name", "uid", "controller", "blockOwnerDeletion"],
    };

    /// <summary>
    /// Objects of every other kind (a Deployment, a ConfigMap): identity first, then their other fields by name
    /// (<see cref="ModelShape"/>), which is also the order KubernetesClient declares them in.
    /// </summary>
    private static readonly string[] OtherKinds = ["apiVersion", "kind", "metadata"];

    /// <summary>The explicit order for <paramref name="type"/>, or an empty list where the model's order applies.</summary>
    public static IReadOnlyList<string> For(Type type) =>
        Table.TryGetValue(type, out var order) ? order
        : typeof(k8s.IKubernetesObject).IsAssignableFrom(type) ? OtherKinds
        : [];

    /// <summary>Every type the table speaks about, for tests that check each name exists on its model.</summary>
    public static IEnumerable<KeyValuePair<Type, string[]>> Entries => Table;
}
