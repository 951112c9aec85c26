using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class ScalarTests
{
    [Theory]
    [InlineData("0440", 288)]
    [InlineData("0o440", 288)]
    [InlineData("0x1F", 31)]
    [InlineData("0b101", 5)]
    [InlineData("1_000", 1000)]
    [InlineData("+7", 7)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    public void LoadString_Int32Spellings_ReadAsKubectlReadsThem(string written, int expected)
    {
        var job = Load($"spec:\n  parallelism: {written}\n");

        Assert.Equal(expected, job.Spec.Parallelism);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("0x100000000")]
    [InlineData("99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999")]
    public void LoadString_Int32Overflow_IsAnError(string written)
    {
        var error = LoadingFiles.SingleError(Header + $"spec:\n  parallelism: {written}\n");

        Assert.Equal("JS2013", error.Code);
        Assert.EndsWith("is out of range for int32 (-2147483648 to 2147483647)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadString_Int64Field_HoldsLargeValues()
    {
        var job = Load("spec:\n  activeDeadlineSeconds: 9223372036854775807\n");

        Assert.Equal(long.MaxValue, job.Spec.ActiveDeadlineSeconds);
    }

    [Fact]
    public void LoadString_Int64Overflow_IsAnError()
    {
        var error = LoadingFiles.SingleError(Header + "spec:\n  activeDeadlineSeconds: 9223372036854775808\n");

        Assert.Equal("JS2013", error.Code);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("No", false)]
    [InlineData("on", true)]
    [InlineData("OFF", false)]
    [InlineData("y", true)]
    [InlineData("False", false)]
    public void LoadString_Yaml11Booleans_ReadWhereABooleanBelongs(string written, bool expected)
    {
        var job = Load($"spec:\n  suspend: {written}\n");

        Assert.Equal(expected, job.Spec.Suspend);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("'0440'")]
    [InlineData("|\n      1.0\n")]
    public void LoadString_QuotedOrBlockScalars_AreStrings(string written)
    {
        var job = Load($"metadata:\n  name: j\n  annotations:\n    a: {written}\n", header: "apiVersion: batch/v1\nkind: Job\n");

        Assert.Equal(written.Trim('"', '\'', '|', '\n', ' ').Trim(), job.Metadata.Annotations["a"].Trim());
    }

    [Theory]
    [InlineData("8080", "8080")]
    [InlineData("0x1F90", "8080")]
    [InlineData("http", "http")]
    [InlineData("\"8080\"", "8080")]
    public void LoadString_IntOrString_AcceptsBoth(string written, string expected)
    {
        var job = Load($$"""
            spec:
              template:
                spec:
                  containers:
                    - name: c
                      readinessProbe:
                        httpGet:
                          port: {{written}}

            """);

        Assert.Equal(expected, job.Spec.Template.Spec.Containers[0].ReadinessProbe.HttpGet.Port.Value);
    }

    [Fact]
    public void LoadString_IntOrStringGivenABoolean_IsAnError()
    {
        var error = LoadingFiles.SingleError(Header + "spec:\n  template:\n    spec:\n      containers:\n        - name: c\n          ports:\n            - containerPort: 80\n          livenessProbe:\n            tcpSocket:\n              port: true\n");

        Assert.Equal("JS2012", error.Code);
        Assert.Equal("expected an integer or a string, found the boolean true", error.Message);
    }

    [Fact]
    public void LoadString_Rfc3339Timestamp_IsReadAsUtc()
    {
        var job = Load("metadata:\n  name: j\n  creationTimestamp: 2024-05-01T12:30:00+02:00\n", header: "apiVersion: batch/v1\nkind: Job\n");

        Assert.Equal(new DateTime(2024, 5, 1, 10, 30, 0, DateTimeKind.Utc), job.Metadata.CreationTimestamp);
    }

    [Fact]
    public void LoadString_BadTimestamp_IsAnInvalidValue()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1\nkind: Job\nmetadata:\n  creationTimestamp: yesterday\n");

        Assert.Equal("JS2014", error.Code);
        Assert.Equal("metadata.creationTimestamp", error.Path);
    }

    [Fact]
    public void LoadString_StatusAndManagedFields_AreKept()
    {
        var job = Load("""
            metadata:
              name: j
              managedFields:
                - manager: kubectl
                  fieldsV1:
                    f:spec:
                      f:parallelism: {}
                    count: 3
                    ratio: 0.5
                    flags: [true, null, text]
            status:
              succeeded: 2

            """, header: "apiVersion: batch/v1\nkind: Job\n");

        Assert.Equal(2, job.Status.Succeeded);
        var fields = Assert.IsType<Dictionary<string, object?>>(job.Metadata.ManagedFields[0].FieldsV1);
        Assert.Equal(3L, fields["count"]);
        Assert.Equal(0.5, fields["ratio"]);
        Assert.Equal([true, null, "text"], Assert.IsType<List<object?>>(fields["flags"]));
        Assert.IsType<Dictionary<string, object?>>(Assert.IsType<Dictionary<string, object?>>(fields["f:spec"])["f:parallelism"]);
    }

    private const string Header = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n";

    private static V1Job Load(string body, string header = Header) =>
        (V1Job)LoadingFiles.SingleDocument(header + body).Model;
}
