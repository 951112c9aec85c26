namespace JobSharp.Testing.Fakes.Protobuf;

/// <summary>
/// The protobuf field numbers of the messages a Job or CronJob is made of, as <c>k8s.io/api</c> defines them
/// (their field names are the JSON names). A subset: the fields a Job's pod template commonly uses. Each entry is
/// <c>jsonName=number:type</c>, <c>*</c> for a repeated field, <c>^</c> for a message whose fields JSON inlines;
/// types are messages of this table, skip (a status, read past), or string, int32, int64, bool, Quantity, Time, IntOrString, map (of strings)
/// and qmap (of quantities).
/// </summary>
internal static class ProtoSchema
{
    public static IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ObjectMeta"] = "name=1:string;generateName=2:string;namespace=3:string;selfLink=4:string;uid=5:string;resourceVersion=6:string;generation=7:int64;creationTimestamp=8:Time;deletionTimestamp=9:Time;deletionGracePeriodSeconds=10:int64;labels=11:map;annotations=12:map;ownerReferences=13:OwnerReference*;finalizers=14:string*",
        ["OwnerReference"] = "kind=1:string;name=3:string;uid=4:string;apiVersion=5:string;controller=6:bool;blockOwnerDeletion=7:bool",
        ["LabelSelector"] = "matchLabels=1:map;matchExpressions=2:LabelSelectorRequirement*",
        ["LabelSelectorRequirement"] = "key=1:string;operator=2:string;values=3:string*",
        ["Unknown"] = "typeMeta=1:TypeMeta;raw=2:bytes;contentEncoding=3:string;contentType=4:string",
        ["TypeMeta"] = "apiVersion=1:string;kind=2:string",
        ["Time"] = "seconds=1:int64;nanos=2:int32",
        ["Quantity"] = "string=1:string",
        ["IntOrString"] = "type=1:int64;intVal=2:int64;strVal=3:string",
        ["MapEntry"] = "key=1:string;value=2:string",
        ["QuantityMapEntry"] = "key=1:string;value=2:Quantity",
        ["Job"] = "metadata=1:ObjectMeta;spec=2:JobSpec;status=3:skip",
        ["CronJob"] = "metadata=1:ObjectMeta;spec=2:CronJobSpec;status=3:skip",
        ["JobTemplateSpec"] = "metadata=1:ObjectMeta;spec=2:JobSpec",
        ["JobSpec"] = "parallelism=1:int32;completions=2:int32;activeDeadlineSeconds=3:int64;podFailurePolicy=11:PodFailurePolicy;successPolicy=16:SuccessPolicy;backoffLimit=7:int32;backoffLimitPerIndex=12:int32;maxFailedIndexes=13:int32;selector=4:LabelSelector;manualSelector=5:bool;template=6:PodTemplateSpec;ttlSecondsAfterFinished=8:int32;completionMode=9:string;suspend=10:bool;podReplacementPolicy=14:string;managedBy=15:string",
        ["CronJobSpec"] = "schedule=1:string;timeZone=8:string;startingDeadlineSeconds=2:int64;concurrencyPolicy=3:string;suspend=4:bool;jobTemplate=5:JobTemplateSpec;successfulJobsHistoryLimit=6:int32;failedJobsHistoryLimit=7:int32",
        ["PodFailurePolicy"] = "rules=1:PodFailurePolicyRule*",
        ["PodFailurePolicyRule"] = "action=1:string;onExitCodes=2:PodFailurePolicyOnExitCodesRequirement;onPodConditions=3:PodFailurePolicyOnPodConditionsPattern*",
        ["PodFailurePolicyOnExitCodesRequirement"] = "containerName=1:string;operator=2:string;values=3:int32*",
        ["PodFailurePolicyOnPodConditionsPattern"] = "type=1:string;status=2:string",
        ["SuccessPolicy"] = "rules=1:SuccessPolicyRule*",
        ["SuccessPolicyRule"] = "succeededIndexes=1:string;succeededCount=2:int32",
        ["PodTemplateSpec"] = "metadata=1:ObjectMeta;spec=2:PodSpec",
        ["PodSpec"] = "volumes=1:Volume*;initContainers=20:Container*;containers=2:Container*;restartPolicy=3:string;terminationGracePeriodSeconds=4:int64;activeDeadlineSeconds=5:int64;dnsPolicy=6:string;nodeSelector=7:map;serviceAccountName=8:string;serviceAccount=9:string;automountServiceAccountToken=21:bool;nodeName=10:string;hostNetwork=11:bool;hostPID=12:bool;hostIPC=13:bool;shareProcessNamespace=27:bool;securityContext=14:PodSecurityContext;imagePullSecrets=15:LocalObjectReference*;hostname=16:string;subdomain=17:string;schedulerName=19:string;tolerations=22:Toleration*;priorityClassName=24:string;priority=25:int32;runtimeClassName=29:string;enableServiceLinks=30:bool;preemptionPolicy=31:string;overhead=32:qmap;setHostnameAsFQDN=35:bool;hostUsers=37:bool;schedulingGates=38:PodSchedulingGate*;resources=40:ResourceRequirements;hostnameOverride=41:string",
        ["Container"] = "name=1:string;image=2:string;command=3:string*;args=4:string*;workingDir=5:string;ports=6:ContainerPort*;envFrom=19:EnvFromSource*;env=7:EnvVar*;resources=8:ResourceRequirements;restartPolicy=24:string;volumeMounts=9:VolumeMount*;livenessProbe=10:Probe;readinessProbe=11:Probe;startupProbe=22:Probe;terminationMessagePath=13:string;terminationMessagePolicy=20:string;imagePullPolicy=14:string;securityContext=15:SecurityContext;stdin=16:bool;stdinOnce=17:bool;tty=18:bool",
        ["EnvVar"] = "name=1:string;value=2:string;valueFrom=3:EnvVarSource",
        ["EnvVarSource"] = "fieldRef=1:ObjectFieldSelector;resourceFieldRef=2:ResourceFieldSelector;configMapKeyRef=3:ConfigMapKeySelector;secretKeyRef=4:SecretKeySelector",
        ["ConfigMapKeySelector"] = "^localObjectReference=1:LocalObjectReference;key=2:string;optional=3:bool",
        ["SecretKeySelector"] = "^localObjectReference=1:LocalObjectReference;key=2:string;optional=3:bool",
        ["ObjectFieldSelector"] = "apiVersion=1:string;fieldPath=2:string",
        ["ResourceFieldSelector"] = "containerName=1:string;resource=2:string;divisor=3:Quantity",
        ["ResourceRequirements"] = "limits=1:qmap;requests=2:qmap;claims=3:ResourceClaim*",
        ["ContainerPort"] = "name=1:string;hostPort=2:int32;containerPort=3:int32;protocol=4:string;hostIP=5:string",
        ["VolumeMount"] = "name=1:string;readOnly=2:bool;recursiveReadOnly=7:string;mountPath=3:string;subPath=4:string;mountPropagation=5:string;subPathExpr=6:string;bindMountOptions=8:string*",
        ["Volume"] = "name=1:string;^volumeSource=2:VolumeSource",
        ["VolumeSource"] = "emptyDir=2:EmptyDirVolumeSource;secret=6:SecretVolumeSource;persistentVolumeClaim=10:PersistentVolumeClaimVolumeSource;configMap=19:ConfigMapVolumeSource",
        ["EmptyDirVolumeSource"] = "medium=1:string;sizeLimit=2:Quantity;mode=3:int32",
        ["ConfigMapVolumeSource"] = "^localObjectReference=1:LocalObjectReference;items=2:KeyToPath*;defaultMode=3:int32;optional=4:bool;defaultUser=5:int64",
        ["SecretVolumeSource"] = "secretName=1:string;items=2:KeyToPath*;defaultMode=3:int32;optional=4:bool;defaultUser=5:int64",
        ["PersistentVolumeClaimVolumeSource"] = "claimName=1:string;readOnly=2:bool",
        ["KeyToPath"] = "key=1:string;path=2:string;mode=3:int32;user=4:int64",
        ["EnvFromSource"] = "prefix=1:string;configMapRef=2:ConfigMapEnvSource;secretRef=3:SecretEnvSource",
        ["ConfigMapEnvSource"] = "^localObjectReference=1:LocalObjectReference;optional=2:bool",
        ["SecretEnvSource"] = "^localObjectReference=1:LocalObjectReference;optional=2:bool",
        ["SecurityContext"] = "capabilities=1:Capabilities;privileged=2:bool;runAsUser=4:int64;runAsGroup=8:int64;runAsNonRoot=5:bool;readOnlyRootFilesystem=6:bool;allowPrivilegeEscalation=7:bool;procMount=9:string;seccompProfile=11:SeccompProfile",
        ["PodSecurityContext"] = "runAsUser=2:int64;runAsGroup=6:int64;runAsNonRoot=3:bool;supplementalGroups=4:int64*;supplementalGroupsPolicy=12:string;fsGroup=5:int64;fsGroupChangePolicy=9:string;seccompProfile=10:SeccompProfile;seLinuxChangePolicy=13:string",
        ["Capabilities"] = "add=1:string*;drop=2:string*",
        ["SeccompProfile"] = "type=1:string;localhostProfile=2:string",
        ["Toleration"] = "key=1:string;operator=2:string;value=3:string;effect=4:string;tolerationSeconds=5:int64",
        ["LocalObjectReference"] = "name=1:string",
        ["Probe"] = "^handler=1:ProbeHandler;initialDelaySeconds=2:int32;timeoutSeconds=3:int32;periodSeconds=4:int32;successThreshold=5:int32;failureThreshold=6:int32;terminationGracePeriodSeconds=7:int64",
        ["ProbeHandler"] = "exec=1:ExecAction;httpGet=2:HTTPGetAction;tcpSocket=3:TCPSocketAction",
        ["ExecAction"] = "command=1:string*",
        ["HTTPGetAction"] = "path=1:string;port=2:IntOrString;host=3:string;scheme=4:string;httpHeaders=5:HTTPHeader*;protocol=6:string",
        ["TCPSocketAction"] = "port=1:IntOrString;host=2:string",
        ["HTTPHeader"] = "name=1:string;value=2:string",
        ["ResourceClaim"] = "name=1:string;request=2:string",
        ["PodSchedulingGate"] = "name=1:string",
    };
}
