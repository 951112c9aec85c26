using System.Text.Json.Serialization;
using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>
/// The JSON types of an exec credential plugin's conversation, which KubernetesClient serializes by reflection:
/// the <c>KUBERNETES_EXEC_INFO</c> it passes (a dictionary holding a dictionary of flags) and the ExecCredential
/// it reads back. Never used directly; <see cref="KubeconfigResolver"/> keeps it in a Native AOT build, so that the
/// generic code those reflection paths make (such as a converter for <c>Dictionary&lt;string, bool&gt;</c>) is
/// compiled ahead of time.
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, bool>))]
[JsonSerializable(typeof(ExecCredentialResponse))]
internal sealed partial class ExecPluginJson : JsonSerializerContext;
