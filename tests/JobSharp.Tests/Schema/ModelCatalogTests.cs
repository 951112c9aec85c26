using System.Reflection;
using System.Text.Json.Serialization;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Tests.Schema;

/// <summary>
/// The generated catalog against what reflection sees in the referenced KubernetesClient: the same classes, the same
/// JSON fields, and accessors that read and write the same properties.
/// </summary>
public sealed class ModelCatalogTests
{
    private static readonly Type[] ModelClasses = [.. typeof(V1Job).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "k8s.Models" && t.IsClass && !t.IsAbstract && !t.IsGenericType
            && t != typeof(ResourceQuantity) && t != typeof(IntOrString)
            && t.GetConstructor(Type.EmptyTypes) is not null && JsonProperties(t).Any())];

    public static TheoryData<string> SomeModels => ["V1Job", "V1CronJob", "V1PodSpec", "V1Container", "V1ObjectMeta", "V1ConfigMap"];

    [Fact]
    public void Describes_every_model_class_of_the_client()
    {
        Assert.True(ModelClasses.Length > 500, $"only {ModelClasses.Length} model classes found by reflection");
        foreach (var type in ModelClasses)
        {
            var model = ModelCatalog.Of(type);
            Assert.Equal(type, model.ClrType);
            Assert.Equal(
                JsonProperties(type).Select(p => p.Name).Order(StringComparer.Ordinal),
                model.Properties.Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.IsType(type, model.Create());
        }
    }

    [Fact]
    public void Every_accessor_reads_and_writes_its_own_property()
    {
        foreach (var type in ModelClasses)
        {
            var model = ModelCatalog.Of(type);
            var instance = model.Create();
            foreach (var (name, property) in JsonProperties(type))
            {
                Assert.True(model.TryGetProperty(name, out var field));
                Assert.Equal(property.SetMethod?.IsPublic == true, field.CanWrite);
                if (!field.CanWrite)
                {
                    continue;
                }

                var sample = Sample(field.Shape);
                field.Write(instance, sample);
                Assert.Equal(sample, property.GetValue(instance));
                Assert.Equal(sample, field.Read(instance));
                field.Write(instance, null);
                Assert.Equal(property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null, property.GetValue(instance));
            }
        }
    }

    [Fact]
    public void Shapes_follow_the_property_types()
    {
        var spec = ModelCatalog.Of(typeof(V1JobSpec));
        Assert.Equal(ValueKind.Int32, Field(spec, "completions").Shape.Kind);
        Assert.Equal(ValueKind.Int64, Field(spec, "activeDeadlineSeconds").Shape.Kind);
        Assert.Equal(ValueKind.Boolean, Field(spec, "suspend").Shape.Kind);
        Assert.Equal("PodTemplateSpec", Field(spec, "template").Shape.Name);

        var containers = Field(ModelCatalog.Of(typeof(V1PodSpec)), "containers").Shape;
        Assert.Equal(ValueKind.List, containers.Kind);
        Assert.Equal(typeof(V1Container), containers.Element!.Model.ClrType);
        Assert.IsType<List<V1Container>>(containers.CreateList());

        var limits = Field(ModelCatalog.Of(typeof(V1ResourceRequirements)), "limits").Shape;
        Assert.Equal(ValueKind.Quantity, limits.Element!.Kind);
        var map = Assert.IsType<Dictionary<string, ResourceQuantity>>(limits.CreateMap());
        Assert.Same(StringComparer.Ordinal, map.Comparer);
    }

    [Theory]
    [MemberData(nameof(SomeModels))]
    public void Looks_types_up_by_their_class(string name)
    {
        var type = typeof(V1Job).Assembly.GetType($"k8s.Models.{name}")!;
        Assert.Same(ModelCatalog.Of(type), ModelCatalog.Of(type));
        Assert.Equal(name[2..], ModelCatalog.Of(type).Name);
    }

    [Fact]
    public void A_subclass_is_described_as_its_model_and_anything_else_is_refused()
    {
        Assert.Same(ModelCatalog.Of(typeof(V1Job)), ModelCatalog.Of(typeof(MyJob)));
        var error = Assert.Throws<NotSupportedException>(() => ModelCatalog.Of(typeof(Uri)));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }

    private sealed record MyJob : V1Job;

    private static ModelProperty Field(ModelType model, string name) =>
        model.TryGetProperty(name, out var field) ? field : throw new KeyNotFoundException(name);

    private static object Sample(ValueShape shape) => shape.Kind switch
    {
        ValueKind.String or ValueKind.FreeForm => "sample",
        ValueKind.Boolean => true,
        ValueKind.Int32 => 7,
        ValueKind.Int64 => 7L,
        ValueKind.Double => 1.5,
        ValueKind.DateTime => new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc),
        ValueKind.Quantity => new ResourceQuantity("1"),
        ValueKind.IntOrString => (IntOrString)"80",
        ValueKind.Bytes => new byte[] { 1, 2 },
        ValueKind.List => shape.CreateList(),
        ValueKind.Map => shape.CreateMap(),
        ValueKind.Model => shape.Model.Create(),
        _ => throw new InvalidOperationException($"no sample for {shape.Name}"),
    };

    private static IEnumerable<(string Name, PropertyInfo Property)> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod?.IsPublic == true)
            .Select(p => (Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name, Property: p))
            .Where(p => p.Name is not null)
            .Select(p => (p.Name!, p.Property));
}
