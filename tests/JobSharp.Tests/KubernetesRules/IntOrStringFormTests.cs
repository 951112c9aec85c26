using JobSharp.Rendering;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Tests.KubernetesRules;

public sealed class IntOrStringFormTests
{
    [Fact]
    public void String_AllDigits_OwnsItsStringForm()
    {
        var port = IntOrStringForm.String("8080");

        Assert.Equal("8080", port.Value);
        Assert.False(IntOrStringForm.IsInteger(port, out _));
        Assert.True(IntOrStringForm.IsInteger((IntOrString)"8080", out var number));
        Assert.Equal(8080, number);
    }

    [Fact]
    public void Render_QuotedPort_StaysAString()
    {
        var job = Job.Create("q").AddContainer("main", "busybox:1.36").Customize(j =>
            j.Spec.Template.Spec.Containers[0].ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = IntOrStringForm.String("8080") } });

        Assert.Contains("port: \"8080\"", ManifestRenderer.ToYaml(job.ToModel()), StringComparison.Ordinal);
    }
}
