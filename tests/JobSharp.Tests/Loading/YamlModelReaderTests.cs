using System.Text;
using JobSharp.Loading;
using k8s.KubeConfigModels;
using k8s.Models;

namespace JobSharp.Tests.Loading;

/// <summary>The public one-document reader: the loader's strictness and limits, for any KubernetesClient model class.</summary>
public sealed class YamlModelReaderTests
{
    [Fact]
    public void Read_Text_BindsTheModelAsKubectlReadsIt()
    {
        var pod = YamlModelReader.Read<V1PodSpec>("restartPolicy: Never\ncontainers:\n  - name: main\n    image: busybox\n    args: [\"yes\"]\n", "pod.yaml");

        Assert.Equal("Never", pod.RestartPolicy);
        Assert.Equal("busybox", Assert.Single(pod.Containers).Image);
        Assert.Equal(["yes"], pod.Containers[0].Args);
    }

    [Fact]
    public void Read_Yaml11Boolean_WhereAStringBelongs_RejectedAsTheApiServerWould()
    {
        var error = Assert.Throws<InvalidDataException>(() => YamlModelReader.Read<V1Container>("name: main\nargs: [yes]\n", "c.yaml"));

        Assert.StartsWith("c.yaml:2:8: error JS2012: args[0]: expected a string, found the boolean yes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownField_EveryProblemWithLineAndColumn()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            YamlModelReader.Read<V1Container>("name: main\nimagePullPolicyy: Always\nports: nope\n", "c.yaml"));

        var lines = error.Message.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("c.yaml:2:1: error JS2010: imagePullPolicyy:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("c.yaml:3:8: error JS2012: ports:", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IgnoreUnknownFields_SkipsThem()
    {
        var container = YamlModelReader.Read<V1Container>("name: main\nfutureField: {a: 1}\n", "c.yaml", ignoreUnknownFields: true);

        Assert.Equal("main", container.Name);
    }

    [Fact]
    public void Read_Stream_StrictUtf8()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetBytes("current-context: "), 0xFF, (byte)'\n']);

        var error = Assert.Throws<InvalidDataException>(() => YamlModelReader.Read<K8SConfiguration>(stream, "config"));

        Assert.Contains("config:1:18: error JS2002: invalid UTF-8 at byte offset 17", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyDocument_EmptyModel() =>
        Assert.Null(YamlModelReader.Read<V1ObjectMeta>(string.Empty, "empty.yaml").Name);

    [Fact]
    public void Read_TextOver16MiB_TooLarge()
    {
        var error = Assert.Throws<InvalidDataException>(() => YamlModelReader.Read<V1ObjectMeta>(new string('a', (16 * 1024 * 1024) + 1), "big.yaml"));

        Assert.Contains("big.yaml:1:1: error JS2003:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAModelClass_NotSupported() =>
        Assert.Throws<NotSupportedException>(() => YamlModelReader.Read<List<string>>("[a]", "list.yaml"));
}
