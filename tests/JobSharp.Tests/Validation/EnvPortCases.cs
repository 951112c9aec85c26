using JobSharp.Schema;
using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class EnvPortCases
{
    private const string Main = "spec.template.spec.containers[0]";
    private const string From = Main + ".env[1].valueFrom";

    public static IEnumerable<RuleCase> All() =>
    [
        new("env name missing", "JS1320", Main + ".env[1].name", Required, j => j.Container0().Env.Add(new V1EnvVar { Value = "x" })),
        new("env name with equals", "JS1321", Main + ".env[1].name", Invalid, j => j.Container0().Env.Add(new V1EnvVar { Name = "A=B" })) { Message = "a valid environment variable name must consist only of printable ASCII characters other than '='" },
        new("valueFrom empty", "JS1322", From, Invalid, j => Env(j, new V1EnvVarSource())) { Message = "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`" },
        new("valueFrom with value", "JS1323", From, Invalid, j => j.Container0().Env.Add(new V1EnvVar { Name = "X", Value = "x", ValueFrom = ConfigKey("cfg", "k") })) { Message = "may not be specified when `value` is not empty" },
        new("valueFrom two sources", "JS1324", From, Invalid, j =>
        {
            var source = ConfigKey("cfg", "k");
            source.SecretKeyRef = new V1SecretKeySelector { Name = "sec", Key = "k" };
            Env(j, source);
        }) { Message = "may not have more than one field specified at a time" },
        new("configMapKeyRef name empty", "JS1325", From + ".configMapKeyRef.name", Invalid, j => Env(j, ConfigKey(string.Empty, "k"))),
        new("configMapKeyRef key empty", "JS1326", From + ".configMapKeyRef.key", Required, j => Env(j, ConfigKey("cfg", string.Empty))),
        new("secretKeyRef key with slash", "JS1327", From + ".secretKeyRef.key", Invalid, j => Env(j, new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "sec", Key = "a/b" } })),
        new("fieldRef path empty", "JS1328", From + ".fieldRef.fieldPath", Required, j => Env(j, Field(string.Empty))),
        new("fieldRef path not for env", "JS1329", From + ".fieldRef.fieldPath", NotSupported, j => Env(j, Field("status.phase"))),
        new("fieldRef path unknown", "JS1330", From + ".fieldRef.fieldPath", Invalid, j => Env(j, Field("spec.foo"))) { Message = "error converting fieldPath: field label not supported: spec.foo" },
        new("fieldRef label key bad", "JS1007", From + ".fieldRef", Invalid, j => Env(j, Field("metadata.labels['bad key']"))),
        new("resourceFieldRef resource empty", "JS1332", From + ".resourceFieldRef.resource", Required, j => Env(j, new V1EnvVarSource { ResourceFieldRef = new V1ResourceFieldSelector() })),
        new("resourceFieldRef resource unknown", "JS1333", From + ".resourceFieldRef.resource", NotSupported, j => Env(j, new V1EnvVarSource { ResourceFieldRef = new V1ResourceFieldSelector { Resource = "limits.gpu" } })),
        new("envFrom prefix bad", "JS1335", Main + ".envFrom[0].prefix", Invalid, j => EnvFrom(j, new V1EnvFromSource { Prefix = "A=", ConfigMapRef = new V1ConfigMapEnvSource { Name = "cfg" } })),
        new("envFrom without source", "JS1336", Main + ".envFrom", Invalid, j => EnvFrom(j, new V1EnvFromSource { Prefix = "X_" })) { Message = "must specify one of: `configMapRef` or `secretRef`" },
        new("envFrom two sources", "JS1337", Main + ".envFrom", Invalid, j => EnvFrom(j, new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = "cfg" }, SecretRef = new V1SecretEnvSource { Name = "sec" } })),
        new("envFrom name empty", "JS1338", Main + ".envFrom[0].configMapRef.name", Required, j => EnvFrom(j, new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = string.Empty } })),
        new("envFrom name bad", "JS1339", Main + ".envFrom[0].secretRef.name", Invalid, j => EnvFrom(j, new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = "Bad_Name" } })),
        new("port name bad", "JS1340", Main + ".ports[0].name", Invalid, j => Ports(j, new V1ContainerPort { Name = "http_1", ContainerPort = 80 })) { Message = "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)" },
        new("port name repeated", "JS1341", Main + ".ports[1].name", Duplicate, j => Ports(j, new V1ContainerPort { Name = "http", ContainerPort = 80 }, new V1ContainerPort { Name = "http", ContainerPort = 81 })),
        new("containerPort missing", "JS1342", Main + ".ports[0].containerPort", Required, j => Ports(j, new V1ContainerPort())),
        new("containerPort too large", "JS1343", Main + ".ports[0].containerPort", Invalid, j => Ports(j, new V1ContainerPort { ContainerPort = 70000 })) { Message = "must be between 1 and 65535, inclusive" },
        new("hostPort too large", "JS1344", Main + ".ports[0].hostPort", Invalid, j => Ports(j, new V1ContainerPort { ContainerPort = 80, HostPort = 70000 })),
        new("protocol lower case", "JS1345", Main + ".ports[0].protocol", NotSupported, j => Ports(j, new V1ContainerPort { ContainerPort = 80, Protocol = "tcp" })) { Message = "supported values: \"SCTP\", \"TCP\", \"UDP\"" },
        new("hostPort used twice", "JS1346", "spec.template.spec.containers[1].ports[0].hostPort", Duplicate, j =>
        {
            Ports(j, new V1ContainerPort { ContainerPort = 80, HostPort = 8080 });
            j.Pod().Containers.Add(new V1Container { Name = "side", Image = "busybox", Ports = [new V1ContainerPort { ContainerPort = 81, HostPort = 8080 }] });
        }),
        new("hostNetwork port mismatch", "JS1347", Main + ".ports[0].hostPort", Invalid, j =>
        {
            j.Pod().HostNetwork = true;
            Ports(j, new V1ContainerPort { ContainerPort = 80, HostPort = 81 });
        }) { Message = "must match `containerPort` when `hostNetwork` is true" },
        new("probe port out of range", "JS1348", Main + ".livenessProbe.tcpSocket.port", Invalid, j =>
            j.Container0().LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = 70000 } }) { Message = "must be between 1 and 65535, inclusive" },
        new("sidecar probe port missing", "JS1348", "spec.template.spec.initContainers[0].startupProbe.httpGet.port", Invalid, j =>
            j.Pod().InitContainers = [new V1Container { Name = "proxy", Image = "busybox", RestartPolicy = "Always", StartupProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ready" } } }]),
        new("probe port name all digits", "JS1349", Main + ".readinessProbe.httpGet.port", Invalid, j =>
            j.Container0().ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ready", Port = IntOrStringForm.String("8080") } }) { Message = "must contain at least one letter (a-z)" },
        new("lifecycle port name bad", "JS1349", Main + ".lifecycle.preStop.httpGet.port", Invalid, j =>
            j.Container0().Lifecycle = new V1Lifecycle { PreStop = new V1LifecycleHandler { HttpGet = new V1HTTPGetAction { Path = "/stop", Port = "http_1" } } }) { Message = "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)" },
    ];

    private static V1EnvVarSource ConfigKey(string name, string key) =>
        new() { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = name, Key = key } };

    private static V1EnvVarSource Field(string path) => new() { FieldRef = new V1ObjectFieldSelector { FieldPath = path } };

    private static void Env(V1Job job, V1EnvVarSource source) => job.Container0().Env.Add(new V1EnvVar { Name = "X", ValueFrom = source });

    private static void EnvFrom(V1Job job, V1EnvFromSource source) => job.Container0().EnvFrom = [source];

    private static void Ports(V1Job job, params V1ContainerPort[] ports) => job.Container0().Ports = ports;
}
