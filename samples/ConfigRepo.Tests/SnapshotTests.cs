using JobSharp.Testing;

namespace ConfigRepo.Tests;

/// <summary>
/// Every environment's objects against <c>SnapshotTests.Environments.&lt;env&gt;.verified.yaml</c> beside this file:
/// a change to the code that changes what any environment deploys fails here with a diff until it is accepted.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Environments() => ManifestSnapshots.Match(Repository.Define());
}
