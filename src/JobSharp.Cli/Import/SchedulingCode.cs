using System.Globalization;
using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>Tolerations, node affinity and label selectors as the DSL's values.</summary>
internal static class SchedulingCode
{
    /// <summary><c>Toleration.Equal(...)</c>, <c>Toleration.Exists(...)</c> or <c>Toleration.Everything</c>, with <c>.For(...)</c>.</summary>
    public static Coded<Toleration>? Toleration(V1Toleration model) => Coded<Toleration>.Try(() =>
    {
        TaintEffect? effect = null;
        if (model.Effect is { } text)
        {
            if (!Enum.TryParse<TaintEffect>(text, out var parsed) || parsed.ToString() != text)
            {
                return null;
            }

            effect = parsed;
        }

        var effectCode = effect is null ? null : $"{nameof(TaintEffect)}.{effect}";
        Coded<Toleration>? made = (model.OperatorProperty, model.Key) switch
        {
            ("Exists", null or "") when effect is null && model.Value is null => new("Toleration.Everything", JobSharp.Toleration.Everything),
            ("Exists", { Length: > 0 } key) => new(
                $"Toleration.Exists({CSharpText.Join(CSharpText.String(key), effectCode)})", JobSharp.Toleration.Exists(key, effect)),
            ("Equal" or null, { Length: > 0 } key) => new(
                $"Toleration.Equal({CSharpText.Join(CSharpText.String(key), CSharpText.String(model.Value ?? string.Empty), effectCode)})",
                JobSharp.Toleration.Equal(key, model.Value ?? string.Empty, effect)),
            _ => null,
        };
        return made is not null && model.TolerationSeconds is { } seconds
            ? new($"{made.Code}.For({CSharpText.Duration(seconds)})", made.Value.For(TimeSpan.FromSeconds(seconds)))
            : made;
    });

    /// <summary><c>NodeAffinity.Empty.AddRequiredTerm(...).AddPreferredTerm(...)</c>.</summary>
    public static Coded<NodeAffinity>? NodeAffinity(V1NodeAffinity model) => Coded<NodeAffinity>.Try(() =>
    {
        var code = "NodeAffinity.Empty";
        var value = JobSharp.NodeAffinity.Empty;
        foreach (var term in model.RequiredDuringSchedulingIgnoredDuringExecution?.NodeSelectorTerms ?? [])
        {
            if (Term(term) is not { } requirements)
            {
                return null;
            }

            code += $".AddRequiredTerm({CSharpText.Join(requirements.Select(r => r.Code))})";
            value = value.AddRequiredTerm(requirements.Select(r => r.Value));
        }

        foreach (var preferred in model.PreferredDuringSchedulingIgnoredDuringExecution ?? [])
        {
            if (preferred.Preference is null || Term(preferred.Preference) is not { } requirements)
            {
                return null;
            }

            code += $".AddPreferredTerm({CSharpText.Join([CSharpText.Number(preferred.Weight), .. requirements.Select(r => r.Code)])})";
            value = value.AddPreferredTerm(preferred.Weight, requirements.Select(r => r.Value));
        }

        return new(code, value);
    });

    /// <summary><c>LabelSelector.Matching(...).And(...).AndIn(...).AndExists(...)</c>; null when the DSL cannot say it.</summary>
    public static Coded<LabelSelector>? Selector(V1LabelSelector? model) => model is null ? null : Coded<LabelSelector>.Try(() =>
    {
        var labels = (model.MatchLabels ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (labels.Count == 0)
        {
            return null;
        }

        var code = $"LabelSelector.Matching({CSharpText.String(labels[0].Key)}, {CSharpText.String(labels[0].Value)})";
        var value = LabelSelector.Matching(labels[0].Key, labels[0].Value);
        foreach (var (key, label) in labels.Skip(1))
        {
            code += $".And({CSharpText.String(key)}, {CSharpText.String(label)})";
            value = value.And(key, label);
        }

        foreach (var expression in model.MatchExpressions ?? [])
        {
            switch (expression)
            {
                case { OperatorProperty: "In", Key: { } key, Values: { Count: > 0 } values }:
                    code += $".AndIn({CSharpText.Join([CSharpText.String(key), .. values.Select(CSharpText.String)])})";
                    value = value.AndIn(key, values);
                    break;
                case { OperatorProperty: "Exists", Key: { } key, Values: null or { Count: 0 } }:
                    code += $".AndExists({CSharpText.String(key)})";
                    value = value.AndExists(key);
                    break;
                default:
                    return null;
            }
        }

        return new(code, value);
    });

    private static List<Coded<NodeRequirement>>? Term(V1NodeSelectorTerm term)
    {
        if (term.MatchFields is { Count: > 0 } || term.MatchExpressions is not { Count: > 0 } expressions)
        {
            return null;
        }

        var requirements = new List<Coded<NodeRequirement>>();
        foreach (var expression in expressions)
        {
            if (Requirement(expression) is not { } requirement)
            {
                return null;
            }

            requirements.Add(requirement);
        }

        return requirements;
    }

    private static Coded<NodeRequirement>? Requirement(V1NodeSelectorRequirement model)
    {
        var key = model.Key ?? string.Empty;
        var values = model.Values ?? [];
        var keyCode = CSharpText.String(key);
        var list = CSharpText.Join([keyCode, .. values.Select(CSharpText.String)]);
        return (model.OperatorProperty, values.Count) switch
        {
            ("In", > 0) => new($"NodeRequirement.In({list})", NodeRequirement.In(key, values)),
            ("NotIn", > 0) => new($"NodeRequirement.NotIn({list})", NodeRequirement.NotIn(key, values)),
            ("Exists", 0) => new($"NodeRequirement.Exists({keyCode})", NodeRequirement.Exists(key)),
            ("DoesNotExist", 0) => new($"NodeRequirement.DoesNotExist({keyCode})", NodeRequirement.DoesNotExist(key)),
            ("Gt", 1) when Whole(values[0]) is { } n => new($"NodeRequirement.GreaterThan({keyCode}, {CSharpText.Number(n)})", NodeRequirement.GreaterThan(key, n)),
            ("Lt", 1) when Whole(values[0]) is { } n => new($"NodeRequirement.LessThan({keyCode}, {CSharpText.Number(n)})", NodeRequirement.LessThan(key, n)),
            _ => null,
        };
    }

    private static long? Whole(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == text ? n : null;
}
