using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class MergeKeyTests
{
    [Fact]
    public void LoadString_MergeKey_AddsTheFieldsTheMappingDoesNotWrite()
    {
        var document = LoadingFiles.SingleDocument("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: j
              labels: &common
                app: report
                tier: batch
            spec:
              template:
                metadata:
                  labels:
                    <<: *common
                    tier: override
                spec:
                  containers:
                    - &base
                      name: a
                      image: busybox
                      imagePullPolicy: Always
                    - <<: *base
                      name: b

            """);

        var job = (V1Job)document.Model;
        var labels = job.Spec.Template.Metadata.Labels;
        Assert.Equal("report", labels["app"]);
        Assert.Equal("override", labels["tier"]);
        var containers = job.Spec.Template.Spec.Containers;
        Assert.Equal(["a", "b"], containers.Select(c => c.Name));
        Assert.Equal("Always", containers[1].ImagePullPolicy);
        Assert.Equal("busybox", containers[1].Image);
    }

    [Fact]
    public void LoadString_MergeKeyList_EarlierSourcesWin()
    {
        var document = LoadingFiles.SingleDocument("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: j
              annotations: &first {a: "1", b: "1"}
              labels: &second {b: "2", c: "2"}
            spec:
              template:
                metadata:
                  annotations:
                    <<: [*first, *second]

            """);

        var annotations = ((V1Job)document.Model).Spec.Template.Metadata.Annotations;
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" }, annotations);
    }

    [Fact]
    public void LoadString_MergeKeyOnAScalar_IsAWrongType()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata:\n  <<: text\n");

        Assert.Equal("JS2012", error.Code);
        Assert.Equal("a merge key (<<) takes a mapping or a list of mappings, found the string \"text\"", error.Message);
    }

    [Fact]
    public void LoadString_QuotedMergeKey_IsAnOrdinaryUnknownField()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata:\n  \"<<\": {name: x}\n");

        Assert.Equal("JS2010", error.Code);
    }

    [Fact]
    public void LoadString_LongChainOfMerges_StopsAtTheAliasBound()
    {
        // Each mapping merges the one before it; the chain would expand quadratically and recurse 5,000 deep.
        var yaml = new System.Text.StringBuilder("m0: &m0 {k0: v}\n");
        for (var i = 1; i < 5000; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"m{i}: &m{i} {{<<: *m{i - 1}, k{i}: v}}\n");
        }

        var error = LoadingFiles.SingleError(yaml.ToString());

        Assert.Equal("JS2006", error.Code);
    }
}
