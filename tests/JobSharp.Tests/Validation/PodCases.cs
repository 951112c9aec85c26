using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class PodCases
{
    private const string Pod = "spec.template.spec";
    private const string Main = Pod + ".containers[0]";

    public static IEnumerable<RuleCase> All() =>
    [
        new("no containers", "JS1002", Pod + ".containers", Required, j => j.Pod().Containers = []) { Message = string.Empty },
        new("image missing", "JS1003", Main + ".image", Required, j => j.Container0().Image = null),
        new("ephemeral containers", "JS1301", Pod + ".ephemeralContainers", Forbidden, j => j.Pod().EphemeralContainers = [new V1EphemeralContainer { Name = "debug", Image = "busybox" }]) { Message = "ephemeral containers not allowed in pod template" },
        new("container name missing", "JS1302", Main + ".name", Required, j => j.Container0().Name = null),
        new("container name upper case", "JS1303", Main + ".name", Invalid, j => j.Container0().Name = "Main"),
        new("container name repeated", "JS1304", Pod + ".containers[1].name", Duplicate, j => j.Pod().Containers.Add(new V1Container { Name = "main", Image = "busybox" })),
        new("init container name repeated", "JS1305", Pod + ".initContainers[0].name", Duplicate, j => j.Pod().InitContainers = [new V1Container { Name = "main", Image = "busybox" }]),
        new("imagePullPolicy unknown", "JS1306", Main + ".imagePullPolicy", NotSupported, j => j.Container0().ImagePullPolicy = "Sometimes") { Message = "supported values: \"Always\", \"IfNotPresent\", \"Never\"" },
        new("terminationMessagePolicy unknown", "JS1307", Main + ".terminationMessagePolicy", NotSupported, j => j.Container0().TerminationMessagePolicy = "Sometimes"),
        new("container restartPolicy unknown", "JS1308", Main + ".restartPolicy", NotSupported, j => j.Container0().RestartPolicy = "Sometimes"),
        new("init restartPolicy not Always", "JS1309", Pod + ".initContainers[0].restartPolicy", NotSupported, j => j.Pod().InitContainers = [Init("OnFailure")]) { Message = "supported values: \"Always\"" },
        new("init container probe", "JS1310", Pod + ".initContainers[0].livenessProbe", Forbidden, j =>
        {
            var init = Init(null);
            init.LivenessProbe = new V1Probe { Exec = new V1ExecAction { Command = ["true"] } };
            j.Pod().InitContainers = [init];
        }) { Message = "may not be set for init containers without restartPolicy=Always" },
        new("pod restartPolicy unknown", "JS1311", Pod + ".restartPolicy", NotSupported, j => j.Pod().RestartPolicy = "Sometimes") { AlsoCodes = ["JS1118"], Message = "supported values: \"Always\", \"OnFailure\", \"Never\"" },
        new("dnsPolicy unknown", "JS1312", Pod + ".dnsPolicy", NotSupported, j => j.Pod().DnsPolicy = "Custom") { Message = "supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\"" },
        new("dnsPolicy None without config", "JS1313", Pod + ".dnsConfig", Required, j => j.Pod().DnsPolicy = "None"),
        new("pod deadline zero", "JS1314", Pod + ".activeDeadlineSeconds", Invalid, j => j.Pod().ActiveDeadlineSeconds = 0) { Message = "must be between 1 and 2147483647, inclusive" },
        new("serviceAccountName bad", "JS1315", Pod + ".serviceAccountName", Invalid, j => j.Pod().ServiceAccountName = "Bad_SA"),
        new("hostname with dot", "JS1316", Pod + ".hostname", Invalid, j => j.Pod().Hostname = "a.b") { Message = "must not contain dots" },
        new("subdomain upper case", "JS1317", Pod + ".subdomain", Invalid, j => j.Pod().Subdomain = "A"),
    ];

    private static V1Container Init(string? restartPolicy) => new() { Name = "setup", Image = "busybox", RestartPolicy = restartPolicy };
}
