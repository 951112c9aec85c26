namespace JobSharp.Loading;

/// <summary>One document of a stream: its root node (null when the document is empty) and where it starts.</summary>
internal sealed record ParsedDocument(int Index, YamlNode? Root, SourceLocation Start);
