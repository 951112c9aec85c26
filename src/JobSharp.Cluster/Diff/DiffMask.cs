using JobSharp.Linting;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Masks credentials in the two sides of a diff, as explain does: the literal value of an env var whose name looks
/// like a credential becomes <c>****</c>, and the password of a URL in an env value, command or argument becomes
/// <c>****</c>. A credential that changed is marked <c>(changed)</c> on the applied side, so the diff still shows it.
/// </summary>
internal static class DiffMask
{
    private const string Changed = " (changed)";

    /// <summary>Masks <paramref name="live"/> (when there is one) and <paramref name="applied"/> in place.</summary>
    public static void Apply(IKubernetesObject<V1ObjectMeta>? live, IKubernetesObject<V1ObjectMeta> applied)
    {
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, text, isCredential, write) in Texts(live))
        {
            before[key] = text;
            write(Mask(text, isCredential));
        }

        foreach (var (key, text, isCredential, write) in Texts(applied))
        {
            var masked = Mask(text, isCredential);
            var changed = before.TryGetValue(key, out var old) && !string.Equals(old, text, StringComparison.Ordinal)
                && string.Equals(Mask(old, isCredential), masked, StringComparison.Ordinal);
            write(changed ? masked + Changed : masked);
        }
    }

    private static string Mask(string text, bool isCredential) =>
        isCredential ? CredentialMasking.Mask : CredentialMasking.MaskUrlPasswords(text);

    /// <summary>Every text that may hold a credential, keyed by where it is, with a way to replace it.</summary>
    private static IEnumerable<(string Key, string Text, bool IsCredential, Action<string> Write)> Texts(IKubernetesObject<V1ObjectMeta>? manifest)
    {
        var pod = manifest switch
        {
            V1Job job => job.Spec?.Template?.Spec,
            V1CronJob cron => cron.Spec?.JobTemplate?.Spec?.Template?.Spec,
            _ => null,
        };
        var containers = (pod?.InitContainers ?? []).Select(c => ("init", c)).Concat((pod?.Containers ?? []).Select(c => ("main", c)));
        foreach (var (list, container) in containers)
        {
            var at = $"{list}/{container.Name}/";
            foreach (var env in container.Env ?? [])
            {
                if (env.ValueFrom is null && env.Value is { Length: > 0 } value)
                {
                    yield return (at + "env/" + env.Name, value, CredentialMasking.IsCredentialName(env.Name), v => env.Value = v);
                }
            }

            foreach (var item in Words(at + "command/", container.Command).Concat(Words(at + "args/", container.Args)))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string, string, bool, Action<string>)> Words(string at, IList<string>? words)
    {
        for (var i = 0; words is not null && i < words.Count; i++)
        {
            var index = i;
            yield return (at + index.ToString(System.Globalization.CultureInfo.InvariantCulture), words[index], false, v => words[index] = v);
        }
    }
}
