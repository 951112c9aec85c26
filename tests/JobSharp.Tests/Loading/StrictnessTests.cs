using JobSharp.Loading;

namespace JobSharp.Tests.Loading;

public sealed class StrictnessTests
{
    private const string Header = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: j

        """;

    [Fact]
    public void LoadString_MisspelledField_SuggestsTheRealName()
    {
        var error = LoadingFiles.SingleError(Header + """
            spec:
              backofflimit: 3
              template:
                spec:
                  containers: []

            """);

        Assert.Equal("JS2010", error.Code);
        Assert.Equal("spec.backofflimit", error.Path);
        Assert.Equal((6, 3), (error.Line, error.Column));
        Assert.Equal("unknown field \"backofflimit\" in JobSpec; did you mean \"backoffLimit\"?", error.Message);
        Assert.Equal(
            "test.yaml:6:3: error JS2010: spec.backofflimit: unknown field \"backofflimit\" in JobSpec; did you mean \"backoffLimit\"?",
            error.ToString());
    }

    [Theory]
    [InlineData("paralelism", "parallelism")]
    [InlineData("ttlSecondAfterFinish", "ttlSecondsAfterFinished")]
    [InlineData("Completions", "completions")]
    public void LoadString_NearMiss_SuggestsTheNearestField(string written, string suggested)
    {
        var error = LoadingFiles.SingleError(Header + $"spec:\n  {written}: 1\n");

        Assert.EndsWith($"did you mean \"{suggested}\"?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadString_FarFromEveryField_GivesNoSuggestion()
    {
        var error = LoadingFiles.SingleError(Header + "spec:\n  flavour: vanilla\n");

        Assert.Equal("unknown field \"flavour\" in JobSpec", error.Message);
    }

    [Fact]
    public void LoadString_ManyProblems_ReportsEveryOneInTextOrder()
    {
        var result = ManifestLoader.LoadString(Header + """
            spec:
              parallelism: two
              completions: 1
              completions: 2
              template:
                spec:
                  restartPolcy: Never
                  containers:
                    - name: c
                      imge: busybox
                      env: {}

            """, "many.yaml");

        Assert.Empty(result.Documents);
        Assert.Equal(
            [("JS2012", 6, 16), ("JS2011", 8, 3), ("JS2010", 11, 7), ("JS2010", 14, 11), ("JS2012", 15, 16)],
            result.Errors.Select(e => (e.Code, e.Line, e.Column)));
        Assert.Equal("duplicate key \"completions\" (first written at line 7, column 3)", result.Errors[1].Message);
        Assert.Equal("expected a list, found a mapping", result.Errors[4].Message);
        Assert.All(result.Errors, e => Assert.Equal("many.yaml", e.SourceName));
    }

    [Fact]
    public void LoadString_DuplicateMapKey_IsAnError()
    {
        var error = LoadingFiles.SingleError(Header.Replace("  name: j\n", "  name: j\n  labels:\n    app: a\n    app: b\n", StringComparison.Ordinal));

        Assert.Equal("JS2011", error.Code);
        Assert.Equal("metadata.labels[app]", error.Path);
        Assert.Equal((7, 5), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("parallelism: \"2\"", "spec.parallelism", "expected an integer (int32), found the string \"2\"; remove the quotes")]
    [InlineData("parallelism: 2.5", "spec.parallelism", "expected an integer (int32), found the number 2.5")]
    [InlineData("parallelism: true", "spec.parallelism", "expected an integer (int32), found the boolean true")]
    [InlineData("suspend: \"true\"", "spec.suspend", "expected a boolean (true or false), found the string \"true\"; remove the quotes")]
    [InlineData("suspend: 1", "spec.suspend", "expected a boolean (true or false), found the integer 1")]
    [InlineData("template: []", "spec.template", "expected a mapping (PodTemplateSpec), found a list")]
    [InlineData("template: x", "spec.template", "expected a mapping (PodTemplateSpec), found the string \"x\"")]
    [InlineData("completionMode: [Indexed]", "spec.completionMode", "expected string, found a list")]
    public void LoadString_WrongType_IsAnErrorAtTheValue(string line, string path, string message)
    {
        var error = LoadingFiles.SingleError(Header + "spec:\n  " + line + "\n");

        Assert.Equal("JS2012", error.Code);
        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
        Assert.Equal(6, error.Line);
        Assert.Equal(3 + line.IndexOf(':', StringComparison.Ordinal) + 2, error.Column);
    }

    [Theory]
    [InlineData("yes", "the boolean yes", "bool")]
    [InlineData("on", "the boolean on", "bool")]
    [InlineData("1.0", "the number 1.0", "number")]
    [InlineData("0440", "the integer 0440", "number")]
    public void LoadString_PlainNonStringInAStringField_AsksForQuotes(string value, string found, string goKind)
    {
        var error = LoadingFiles.SingleError(Header + $$"""
            spec:
              template:
                spec:
                  containers:
                    - name: c
                      env:
                        - name: FLAG
                          value: {{value}}

            """);

        Assert.Equal("JS2012", error.Code);
        Assert.Equal("spec.template.spec.containers[0].env[0].value", error.Path);
        Assert.Equal(
            $"expected a string, found {found} (the API server rejects it: cannot unmarshal {goKind} into a string); write it in quotes: \"{value}\"",
            error.Message);
        Assert.Equal((12, 22), (error.Line, error.Column));
    }

    [Fact]
    public void LoadString_NonStringMapKey_AsksForQuotes()
    {
        var error = LoadingFiles.SingleError(Header.Replace("  name: j\n", "  name: j\n  labels:\n    yes: a\n", StringComparison.Ordinal));

        Assert.Equal("JS2012", error.Code);
        Assert.Equal("a key must be a string, found the boolean yes; write it in quotes: \"yes\"", error.Message);
    }

    [Fact]
    public void LoadString_NullValues_LeaveFieldsUnsetAndMapValuesEmpty()
    {
        var document = LoadingFiles.SingleDocument(Header.Replace("  name: j\n", "  name: j\n  namespace: ~\n  labels:\n    empty:\n", StringComparison.Ordinal) + "spec:\n  parallelism: null\n");

        var job = (k8s.Models.V1Job)document.Model;
        Assert.Null(job.Metadata.NamespaceProperty);
        Assert.Equal(string.Empty, job.Metadata.Labels["empty"]);
        Assert.Null(job.Spec.Parallelism);
    }

    [Fact]
    public void LoadString_UnsupportedTag_IsAnError()
    {
        var error = LoadingFiles.SingleError(Header + "spec:\n  parallelism: !custom 2\n");

        Assert.Equal("JS2015", error.Code);
        Assert.Equal("the tag !custom is not supported here", error.Message);
    }

    [Fact]
    public void LoadString_StandardTags_ForceTheKind()
    {
        var document = LoadingFiles.SingleDocument(Header + """
            spec:
              parallelism: !!int "3"
              template:
                spec:
                  containers:
                    - name: c
                      env:
                        - name: FLAG
                          value: !!str yes

            """);

        var job = (k8s.Models.V1Job)document.Model;
        Assert.Equal(3, job.Spec.Parallelism);
        Assert.Equal("yes", job.Spec.Template.Spec.Containers[0].Env[0].Value);
    }
}
