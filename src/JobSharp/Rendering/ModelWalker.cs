using System.Collections;
using System.Globalization;
using JobSharp.KubernetesRules;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Rendering;

/// <summary>
/// Walks a <c>k8s.Models</c> object graph in rendering order and feeds it to a sink. Null fields, empty lists and
/// empty maps are left out; an empty string is kept (<c>value: ""</c> was written on purpose) and so are empty
/// objects (<c>emptyDir: {}</c> means something). An <see cref="IntOrString"/> keeps its form (<see cref="IntOrStringForm"/>).
/// Map keys are sorted ordinally so that output never depends on insertion order.
/// </summary>
internal sealed class ModelWalker(IManifestSink sink)
{
    private const int MaxDepth = 64;

    public void WriteDocument(object model)
    {
        sink.BeginDocument();
        WriteValue(model, 0);
        sink.EndDocument();
    }

    /// <summary>Writes <c>{apiVersion: v1, kind: List, items: [...]}</c> around <paramref name="items"/>.</summary>
    public void WriteList(IReadOnlyList<object> items)
    {
        sink.BeginDocument();
        sink.BeginMapping();
        sink.Key("apiVersion");
        sink.String("v1");
        sink.Key("kind");
        sink.String("List");
        sink.Key("items");
        WriteList((IEnumerable)items, 1);
        sink.EndMapping();
        sink.EndDocument();
    }

    private void WriteValue(object value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The object graph is nested deeper than {MaxDepth} levels.");
        }

        switch (value)
        {
            case string s:
                sink.String(s);
                break;
            case bool b:
                sink.Boolean(b);
                break;
            case int or long or short or byte or uint or ulong:
                sink.Number(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case double d:
                sink.Number(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float f:
                sink.Number(f.ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTime t:
                sink.String(t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case ResourceQuantity q:
                sink.String(QuantitySpelling.Of(q));
                break;
            case IntOrString ios:
                WriteIntOrString(ios);
                break;
            case byte[] bytes:
                sink.String(Convert.ToBase64String(bytes));
                break;
            case IDictionary map:
                WriteMap(map, depth);
                break;
            case IEnumerable list:
                WriteList(list, depth);
                break;
            default:
                WriteObject(value, depth);
                break;
        }
    }

    private void WriteIntOrString(IntOrString value)
    {
        if (IntOrStringForm.IsInteger(value, out var number))
        {
            sink.Number(number.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            sink.String(value.Value ?? string.Empty);
        }
    }

    private void WriteObject(object value, int depth)
    {
        var wrote = false;
        foreach (var field in ModelShape.Of(value.GetType()))
        {
            var fieldValue = field.Read(value);
            if (IsOmitted(fieldValue))
            {
                continue;
            }

            if (!wrote)
            {
                sink.BeginMapping();
                wrote = true;
            }

            if (field.IsPlainKey)
            {
                sink.PlainKey(field.Name);
            }
            else
            {
                sink.Key(field.Name);
            }

            WriteValue(fieldValue!, depth + 1);
        }

        if (wrote)
        {
            sink.EndMapping();
        }
        else
        {
            sink.EmptyMapping();
        }
    }

    private void WriteMap(IDictionary map, int depth)
    {
        var keys = new List<string>(map.Count);
        foreach (var key in map.Keys)
        {
            keys.Add((string)key);
        }

        keys.Sort(StringComparer.Ordinal);
        sink.BeginMapping();
        foreach (var key in keys)
        {
            sink.Key(key);
            var item = map[key];
            if (item is null)
            {
                sink.String(string.Empty);
            }
            else
            {
                WriteValue(item, depth + 1);
            }
        }

        sink.EndMapping();
    }

    private void WriteList(IEnumerable list, int depth)
    {
        sink.BeginSequence();
        foreach (var item in list)
        {
            if (item is null)
            {
                sink.EmptyMapping();
            }
            else
            {
                WriteValue(item, depth + 1);
            }
        }

        sink.EndSequence();
    }

    private static bool IsOmitted(object? value) => value switch
    {
        null => true,
        ICollection c => c.Count == 0,
        _ => false,
    };
}
