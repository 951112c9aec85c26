using JobSharp.Loading;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Tests.Loading;

/// <summary>
/// Issue 13, item 4: every built-in kind loads with the strictness of Jobs, <c>kind: List</c> items are documents
/// of their own, Secret values are base64 and never echoed, and rendering passes other kinds through losslessly.
/// </summary>
public sealed class OtherKindsTests
{
    [Theory]
    [InlineData("v1", "ConfigMap", typeof(V1ConfigMap))]
    [InlineData("v1", "Secret", typeof(V1Secret))]
    [InlineData("v1", "Service", typeof(V1Service))]
    [InlineData("v1", "ServiceAccount", typeof(V1ServiceAccount))]
    [InlineData("v1", "Namespace", typeof(V1Namespace))]
    [InlineData("apps/v1", "Deployment", typeof(V1Deployment))]
    [InlineData("rbac.authorization.k8s.io/v1", "Role", typeof(V1Role))]
    [InlineData("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", typeof(V1ClusterRoleBinding))]
    [InlineData("networking.k8s.io/v1", "NetworkPolicy", typeof(V1NetworkPolicy))]
    [InlineData("autoscaling/v2", "HorizontalPodAutoscaler", typeof(V2HorizontalPodAutoscaler))]
    public void LoadString_BuiltInKind_LoadsAsItsModel(string apiVersion, string kind, Type type)
    {
        var document = LoadingFiles.SingleDocument($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: x\n");

        Assert.IsType(type, document.Model);
        Assert.Equal("x", document.Model.Metadata.Name);
    }

    [Fact]
    public void LoadString_Deployment_IsAsStrictAsAJob()
    {
        var result = ManifestLoader.LoadString(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replica: 2\n  minReadySeconds: soon\n", "d.yaml");

        Assert.Empty(result.Documents);
        Assert.Equal(
            ["d.yaml:6:3: error JS2010: spec.replica: unknown field \"replica\" in DeploymentSpec; did you mean \"replicas\"?",
             "d.yaml:7:20: error JS2012: spec.minReadySeconds: expected an integer (int32), found the string \"soon\""],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadString_KnownKindAtAnotherApiVersion_NamesTheRightOne()
    {
        var error = LoadingFiles.SingleError("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n");

        Assert.Equal("JS2007", error.Code);
        Assert.Equal("apiVersion", error.Path);
        Assert.Equal("unsupported apiVersion \"extensions/v1beta1\" for Deployment; use apiVersion: apps/v1", error.Message);
    }

    [Fact]
    public void LoadString_TypedList_AsksForKindList()
    {
        var error = LoadingFiles.SingleError("apiVersion: v1\nkind: ConfigMapList\nitems: []\n");

        Assert.Equal("JS2007", error.Code);
        Assert.EndsWith("write its objects under items of apiVersion: v1, kind: List", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadString_List_ItemsAreDocumentsLocatedWhereWritten()
    {
        const string yaml = """
            apiVersion: v1
            kind: List
            metadata:
              resourceVersion: ""
            items:
              - apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
              - apiVersion: batch/v1
                kind: Job
                metadata:
                  name: b
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          image: busybox
            """;

        var result = ManifestLoader.LoadString(yaml, "list.yaml");

        Assert.Empty(result.Errors);
        Assert.Collection(
            result.Documents,
            first =>
            {
                Assert.IsType<V1ConfigMap>(first.Model);
                Assert.Equal((6, 5), (first.Location.Line, first.Location.Column));
                Assert.Equal(9, first.Locate("metadata.name").Line);
            },
            second =>
            {
                Assert.IsType<V1Job>(second.Model);
                Assert.Equal(0, second.DocumentIndex);
                Assert.Equal(new SourceLocation(19, 15), second.Locate("spec.template.spec.containers[0].image"));
            });
    }

    [Fact]
    public void LoadString_ListWithBrokenItem_KeepsTheOthers_AndReportsTheItemWhereItIs()
    {
        const string yaml = """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: good}
              - apiVersion: v1
                kind: ConfigMap
                metadata: {name: bad}
                dat: {}
              - just text
            """;

        var result = ManifestLoader.LoadString(yaml, "list.yaml");

        Assert.Equal("good", Assert.Single(result.Documents).Model.Metadata.Name);
        Assert.Equal(
            ["list.yaml:10:5: error JS2010: dat: unknown field \"dat\" in ConfigMap; did you mean \"data\"?",
             "list.yaml:11:5: error JS2009: a List item must be a mapping with apiVersion and kind, found the string \"just text\""],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadString_ListWithUnknownField_IsStrictToo()
    {
        var error = LoadingFiles.SingleError("apiVersion: v1\nkind: List\nitem: []\n");

        Assert.Equal("JS2010", error.Code);
        Assert.Equal("unknown field \"item\" in List; did you mean \"items\"?", error.Message);
    }

    [Fact]
    public void LoadString_SecretData_IsBase64_AndErrorsNeverEchoTheValue()
    {
        var result = ManifestLoader.LoadString(
            "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  ok: aHVudGVyMg==\n  bad: hunter2!\n  num: 1234567\nstringData:\n  flag: true\n",
            "s.yaml");

        Assert.Empty(result.Documents);
        Assert.Equal(
            ["s.yaml:6:8: error JS2014: data[bad]: the value (not shown: it is a Secret's or a credential's) is not base64 (the API server rejects it: illegal base64 data); encode it, or write the text under stringData",
             "s.yaml:7:8: error JS2012: data[num]: expected base64 bytes, found an integer",
             "s.yaml:9:9: error JS2012: stringData[flag]: expected a string, found a boolean (the API server rejects it: cannot unmarshal bool into a string); write it in quotes (the value is not shown: its name looks like a credential)"],
            result.Errors.Select(e => e.ToString()));
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("hunter2", StringComparison.Ordinal) || e.Message.Contains("1234567", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadString_SecretData_KeepsTheBytes_LineBreaksInTheBase64AreIgnoredAsByTheServer()
    {
        var document = LoadingFiles.SingleDocument("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  a: \"aHVu\\ndGVyMg==\"\n  empty: \"\"\n");

        var secret = Assert.IsType<V1Secret>(document.Model);
        Assert.Equal("hunter2"u8.ToArray(), secret.Data["a"]);
        Assert.Empty(secret.Data["empty"]);
        Assert.Contains("  a: aHVudGVyMg==\n  empty: \"\"\n", ManifestRenderer.ToYaml(secret), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          strategy:
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 0
            type: RollingUpdate
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - name: http
                      containerPort: 80
                  resources:
                    limits:
                      memory: 1.5Gi
        """)]
    [InlineData("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        binaryData:
          blob: AAEC
        data:
          "010": "0755"
          empty: ""
          "on": "yes"
          script: |
            echo one
            echo two
        immutable: true
        """)]
    [InlineData("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: data
        spec:
          ports:
            - name: http
              port: 80
              targetPort: http
          selector:
            app: web
          type: ClusterIP
        """)]
    [InlineData("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: migrate
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: migrate
        subjects:
          - kind: ServiceAccount
            name: migrate
        """)]
    public void Render_CanonicalOtherKind_ComesBackByteForByte(string yaml)
    {
        var text = yaml + "\n";

        var document = LoadingFiles.SingleDocument(text);

        Assert.Equal(text, ManifestRenderer.ToYaml(document.Model));
    }

    [Fact]
    public void Render_OtherKind_IdentityFirst_ThenItsFieldsByName()
    {
        var document = LoadingFiles.SingleDocument("type: Opaque\ndata: {a: YQ==}\nmetadata: {name: s}\nkind: Secret\napiVersion: v1\nimmutable: true\n");

        Assert.Equal(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  a: YQ==\nimmutable: true\ntype: Opaque\n",
            ManifestRenderer.ToYaml(document.Model));
    }
}
