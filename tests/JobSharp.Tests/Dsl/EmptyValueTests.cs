using System.Text.Json.Nodes;
using JobSharp.Loading;
using k8s.Models;

namespace JobSharp.Tests.Dsl;

/// <summary>An explicitly empty value set through the DSL is rendered, not dropped (issue 11, case 5).</summary>
public sealed class EmptyValueTests
{
    private static readonly Job WithEmptyEnv = Job.Create("field").AddContainer("main", "busybox:1.36", c => c.WithEnv("X", string.Empty));

    [Fact]
    public void ToYaml_WithEnvEmptyValue_RendersValueEmptyString() =>
        Assert.Equal(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: field
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox:1.36
                      env:
                        - name: X
                          value: ""

            """,
            WithEmptyEnv.ToYaml());

    [Fact]
    public void ToJson_WithEnvEmptyValue_RendersValueEmptyString()
    {
        var env = JsonNode.Parse(WithEmptyEnv.ToJson())!["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]![0]!.AsObject();

        Assert.Equal("""{"name":"X","value":""}""", env.ToJsonString());
    }

    [Fact]
    public void ToYaml_WithEnvEmptyValue_LoadsBackAsAnEmptyString()
    {
        var loaded = ManifestLoader.LoadString(WithEmptyEnv.ToYaml(), "empty.yaml");

        var env = ((V1Job)Assert.Single(loaded.Documents).Model).Spec.Template.Spec.Containers[0].Env[0];
        Assert.Equal(("X", string.Empty), (env.Name, env.Value));
    }
}
