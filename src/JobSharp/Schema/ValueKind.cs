namespace JobSharp.Schema;

/// <summary>What a field of a <c>k8s.Models</c> type holds.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTime,
    Quantity,
    IntOrString,
    Bytes,

    /// <summary>A field typed <see cref="object"/>: any YAML value, kept as read.</summary>
    FreeForm,
    List,
    Map,
    Model,

    /// <summary>A type the catalog has no reader for; no Job or CronJob field has one.</summary>
    Unsupported,
}
