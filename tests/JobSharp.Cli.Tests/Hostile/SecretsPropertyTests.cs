using CsCheck;
using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue 11, case 9: for random credential-named env vars, URLs with passwords and credential-named label keys, the
/// secret never appears in what explain, lint and validate print, nor in load errors.
/// </summary>
public sealed class SecretsPropertyTests
{
    private static readonly Gen<string> Prefix = Gen.OneOf<string>("", "DB_", "PG", "MYSQL_", "app-", "STRIPE_", "github_", "Aws", "X_");

    private static readonly Gen<string> Word = Gen.OneOf<string>(
        "PASSWORD", "password", "Password", "PASSWD", "PWD", "TOKEN", "Token", "SECRET", "API_KEY", "apiKey", "PRIVATE_KEY",
        "privateKey", "CREDENTIALS", "SECRET_ACCESS_KEY", "CLIENT_SECRET", "PASSPHRASE");

    private static readonly Gen<string> Suffix = Gen.OneOf<string>("", "", "_1", "_PROD", "-main");

    /// <summary>A credential-looking name: a prefix, a credential word, maybe a suffix; never a lone PWD.</summary>
    private static readonly Gen<string> CredentialName = Gen.Select(Prefix, Word, Suffix, (p, w, s) => p + w + s)
        .Where(n => n is not ("PWD" or "PWD_1" or "PWD_PROD" or "PWD-main"));

    private static readonly Gen<string> Secret = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[10, 24]
        .Select(cs => "zq" + new string(cs));

    private static readonly Gen<string> Digits = Gen.Char["0123456789"].Array[9, 15].Select(cs => "7" + new string(cs));

    private static readonly Gen<string> Scheme = Gen.OneOf<string>("postgres", "mysql", "https", "amqp", "redis", "mongodb+srv");

    [Fact]
    public async Task CredentialValues_NeverPrinted_ByExplainLintOrValidate()
    {
        await Gen.Select(CredentialName, Secret, Scheme, Secret, Secret).SampleAsync(
            async t =>
            {
                var (name, secret, scheme, urlSecret, labelSecret) = t;
                var yaml = $$"""
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      name: masked
                      labels:
                        {{name.ToLowerInvariant()}}: "{{labelSecret}} !"
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers:
                            - name: main
                              image: busybox:1.36
                              command: ["sh", "-c", "connect {{scheme}}://u:{{urlSecret}}@db.example:5432/app"]
                              env:
                                - name: "{{name}}"
                                  value: "{{secret}}"
                                - name: CONNECTION
                                  value: "{{scheme}}://user:{{urlSecret}}@db.example/app?x=1"

                    """;
                foreach (var verb in new[] { "explain", "lint", "validate" })
                {
                    var result = await ToolRunner.RunWithInputAsync(yaml, verb, "-");
                    var printed = result.StdOut + result.StdErr;
                    Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
                    Assert.DoesNotContain(urlSecret, printed, StringComparison.Ordinal);
                    Assert.DoesNotContain(labelSecret, printed, StringComparison.Ordinal);
                }
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public async Task CredentialNumbers_NeverEchoed_ByLoadErrors()
    {
        await Gen.Select(CredentialName, Digits).SampleAsync(
            async t =>
            {
                var (name, digits) = t;
                var yaml = $$"""
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      name: masked
                      annotations:
                        {{name}}: {{digits}}
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers:
                            - name: main
                              image: busybox:1.36
                              env:
                                - value: {{digits}}
                                  name: "{{name}}"

                    """;
                var result = await ToolRunner.RunWithInputAsync(yaml, "validate", "-");

                Assert.Equal(1, result.ExitCode);
                Assert.DoesNotContain(digits, result.StdOut + result.StdErr, StringComparison.Ordinal);
            },
            iter: 40,
            threads: 1);
    }
}
