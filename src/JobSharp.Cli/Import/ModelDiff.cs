using System.Collections;
using JobSharp.Schema;

namespace JobSharp.Cli.Import;

/// <summary>One change that makes what the DSL built equal to the input: the field, the C# statement, and the same change done here.</summary>
/// <param name="Field">The field's path, such as <c>spec.template.spec.hostNetwork</c>.</param>
/// <param name="Statement">The C# statement on the lambda's parameter, such as <c>j.Spec.Template.Spec.HostNetwork = true</c>.</param>
/// <param name="Apply">Makes the same change to a model.</param>
internal sealed record ModelFix(string Field, string Statement, Action<object> Apply);

/// <summary>
/// Finds where a model the DSL built differs from the input, as the renderer sees them, and says how to fix each
/// difference with the smallest assignment: it descends into objects both sides have, into lists of the same length
/// item by item, inserts the items a list lacks when the rest are in order, and otherwise assigns the input's value.
/// </summary>
internal static class ModelDiff
{
    /// <summary>The fixes that turn <paramref name="actual"/> into <paramref name="expected"/>.</summary>
    /// <param name="expected">The input model.</param>
    /// <param name="actual">The model the DSL calls built, of the same type.</param>
    /// <param name="parameter">The lambda parameter the statements start from, such as <c>j</c>.</param>
    /// <param name="fieldPrefix">The path of the model within its object, such as <c>spec.template.spec.containers[0]</c>.</param>
    public static IReadOnlyList<ModelFix> Between(object expected, object actual, string parameter, string fieldPrefix)
    {
        var fixes = new List<ModelFix>();
        CompareObjects(expected, actual, ModelCatalog.Of(expected.GetType()), new Place(parameter, fieldPrefix, []), fixes);
        return fixes;
    }

    private static void CompareObjects(object expected, object actual, ModelType type, Place place, List<ModelFix> fixes)
    {
        foreach (var property in type.Properties.Where(p => p.CanWrite))
        {
            Compare(property.Read(expected), property.Read(actual), property.Shape, place.Property(property), fixes);
        }
    }

    private static void Compare(object? expected, object? actual, ValueShape shape, Place place, List<ModelFix> fixes)
    {
        if (Canonical.Same(expected, actual))
        {
            return;
        }

        if (shape.Kind == ValueKind.Model && expected is not null && actual is not null)
        {
            CompareObjects(expected, actual, shape.Model, place, fixes);
            return;
        }

        if (shape.Kind == ValueKind.List && expected is IList { Count: > 0 } wanted && actual is IList { Count: > 0 } got)
        {
            if (wanted.Count == got.Count)
            {
                for (var i = 0; i < wanted.Count; i++)
                {
                    Compare(wanted[i], got[i], shape.Element!, place.Index(i), fixes);
                }

                return;
            }

            if (MissingItems(wanted, got) is { } missing)
            {
                foreach (var index in missing)
                {
                    fixes.Add(place.Insert(index, wanted[index], shape.Element!));
                }

                return;
            }
        }

        fixes.Add(place.Assign(expected, shape));
    }

    /// <summary>The indexes of <paramref name="wanted"/> to insert into <paramref name="got"/>, when <paramref name="got"/> is the rest in order.</summary>
    private static List<int>? MissingItems(IList wanted, IList got)
    {
        var missing = new List<int>();
        var next = 0;
        for (var i = 0; i < wanted.Count; i++)
        {
            if (next < got.Count && Canonical.Same(wanted[i], got[next]))
            {
                next++;
            }
            else
            {
                missing.Add(i);
            }
        }

        return next == got.Count ? missing : null;
    }

    /// <summary>Where a value sits: the C# expression, the field path, and the steps from the root to it.</summary>
    private sealed record Place(string Code, string Field, IReadOnlyList<object> Steps)
    {
        public Place Property(ModelProperty property) =>
            new($"{Code}.{property.ClrName}", Field.Length == 0 ? property.Name : $"{Field}.{property.Name}", [.. Steps, property]);

        public Place Index(int index) => new($"{Code}[{index}]", $"{Field}[{index}]", [.. Steps, index]);

        public ModelFix Assign(object? value, ValueShape shape) =>
            new(Field, $"{Code} = {ModelCode.Of(value, shape)}", root => Set(root, value));

        public ModelFix Insert(int index, object? value, ValueShape shape) =>
            new($"{Field}[{index}]", $"{Code}.Insert({CSharpText.Number(index)}, {ModelCode.Of(value, shape)})", root => ((IList)Parent(root, Steps.Count)!).Insert(index, value));

        private void Set(object root, object? value)
        {
            var parent = Parent(root, Steps.Count - 1);
            switch (Steps[^1])
            {
                case ModelProperty property:
                    property.Write(parent!, value);
                    break;
                case int index:
                    ((IList)parent!)[index] = value;
                    break;
            }
        }

        private object? Parent(object root, int steps)
        {
            object? current = root;
            foreach (var step in Steps.Take(steps))
            {
                current = step is ModelProperty property ? property.Read(current!) : ((IList)current!)[(int)step];
            }

            return current;
        }
    }
}
