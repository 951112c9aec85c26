namespace JobSharp.Cluster.Tests.Support;

/// <summary>Waits (in milliseconds steps, at most 10 s) until a condition holds; fails the test otherwise.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, CancellationToken ct)
    {
        for (var i = 0; i < 2000; i++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(5, ct);
        }

        Assert.Fail("The condition did not become true.");
    }
}
