namespace JobSharp.Testing.Fakes;

/// <summary>What one request said about its body and the answer it wanted.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Target">The path and query.</param>
/// <param name="ContentType">The <c>Content-Type</c>; null without a body.</param>
/// <param name="Accept">The <c>Accept</c> header; empty when not sent.</param>
/// <param name="AcceptEncoding">The <c>Accept-Encoding</c> header; empty when not sent.</param>
public sealed record FakeRequestHeaders(string Method, string Target, string? ContentType, string Accept, string AcceptEncoding);
