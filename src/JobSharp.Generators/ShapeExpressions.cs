using Microsoft.CodeAnalysis;

namespace JobSharp.Generators;

/// <summary>
/// The C# expression, over <c>JobSharp.Schema.ValueShape</c>, that describes what a property holds: a scalar kind,
/// a list or string-keyed map of something (with a factory for the concrete collection), or another model.
/// </summary>
internal sealed class ShapeExpressions(Compilation compilation)
{
    private const string Shape = "global::JobSharp.Schema.ValueShape";

    private static readonly SymbolDisplayFormat FullName = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions
            | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private readonly INamedTypeSymbol? _quantity = compilation.GetTypeByMetadataName("k8s.Models.ResourceQuantity");
    private readonly INamedTypeSymbol? _intOrString = compilation.GetTypeByMetadataName("k8s.Models.IntOrString");
    private readonly INamedTypeSymbol? _dateTime = compilation.GetTypeByMetadataName("System.DateTime");

    /// <summary>The type's fully qualified C# name, usable anywhere in generated code.</summary>
    public static string Name(ITypeSymbol type) => type.WithNullableAnnotation(NullableAnnotation.None).ToDisplayString(FullName);

    /// <summary>The namespaces whose classes the catalog describes: the API's objects, and kubeconfig files.</summary>
    public static readonly string[] Namespaces = ["k8s.Models", "k8s.KubeConfigModels"];

    /// <summary>True for a class of <see cref="Namespaces"/> that the catalog describes field by field.</summary>
    public bool IsModel(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class
        && Namespaces.Contains(type.ContainingNamespace.ToDisplayString())
        && !SymbolEqualityComparer.Default.Equals(type, _quantity)
        && !SymbolEqualityComparer.Default.Equals(type, _intOrString)
        && type.InstanceConstructors.Any(c => c.Parameters.IsEmpty && c.DeclaredAccessibility == Accessibility.Public);

    public string For(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String: return $"{Shape}.String";
            case SpecialType.System_Boolean: return $"{Shape}.Boolean";
            case SpecialType.System_Int32: return $"{Shape}.Int32";
            case SpecialType.System_Int64: return $"{Shape}.Int64";
            case SpecialType.System_Double: return $"{Shape}.Double";
            case SpecialType.System_Object: return $"{Shape}.FreeForm";
        }

        if (type.TypeKind == TypeKind.Dynamic)
        {
            return $"{Shape}.FreeForm";
        }

        if (SymbolEqualityComparer.Default.Equals(type, _dateTime))
        {
            return $"{Shape}.DateTime";
        }

        if (SymbolEqualityComparer.Default.Equals(type, _quantity))
        {
            return $"{Shape}.Quantity";
        }

        if (SymbolEqualityComparer.Default.Equals(type, _intOrString))
        {
            return $"{Shape}.IntOrString";
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte, Rank: 1 })
        {
            return $"{Shape}.Bytes";
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            var definition = generic.OriginalDefinition.ToDisplayString();
            var arguments = generic.TypeArguments;
            if (arguments.Length == 1 && IsListDefinition(definition))
            {
                var item = Name(arguments[0]);
                return $"{Shape}.List({For(arguments[0])}, static () => new global::System.Collections.Generic.List<{item}>())";
            }

            if (arguments.Length == 2 && arguments[0].SpecialType == SpecialType.System_String && IsMapDefinition(definition))
            {
                var value = Name(arguments[1]);
                return $"{Shape}.Map({For(arguments[1])}, static () => new global::System.Collections.Generic.Dictionary<string, {value}>(global::System.StringComparer.Ordinal))";
            }
        }

        return type is INamedTypeSymbol named && IsModel(named)
            ? $"{Shape}.ModelOf(typeof({Name(type)}))"
            : $"{Shape}.Unsupported(typeof({Name(type)}))";
    }

    private static bool IsListDefinition(string definition) => definition is
        "System.Collections.Generic.IList<T>" or "System.Collections.Generic.List<T>" or "System.Collections.Generic.ICollection<T>"
        or "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IReadOnlyList<T>";

    private static bool IsMapDefinition(string definition) => definition is
        "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.Dictionary<TKey, TValue>";
}
