using k8s.Models;
using k8s;

namespace JobSharp.Cluster.Tests;

/// <summary>One line of a watch stream, read without KubernetesClient's reflection-based watcher.</summary>
public sealed class ResourceWatchTests
{
    [Theory]
    [InlineData("ADDED", WatchEventType.Added)]
    [InlineData("MODIFIED", WatchEventType.Modified)]
    [InlineData("DELETED", WatchEventType.Deleted)]
    [InlineData("BOOKMARK", WatchEventType.Bookmark)]
    public void Reads_the_event_type_and_the_job(string type, WatchEventType expected)
    {
        var line = """{"type":"TYPE","object":{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"hello","resourceVersion":"42"},"status":{"succeeded":1}}}"""
            .Replace("TYPE", type, StringComparison.Ordinal);

        var (actual, job) = ResourceWatch.Parse<V1Job>(line);

        Assert.Equal(expected, actual);
        Assert.Equal(("hello", "42", 1), (job!.Metadata.Name, job.Metadata.ResourceVersion, job.Status.Succeeded));
    }

    [Fact]
    public void An_error_event_ends_the_watch()
    {
        var (type, job) = ResourceWatch.Parse<V1Job>("""{"type":"ERROR","object":{"kind":"Status","code":410,"reason":"Expired"}}""");

        Assert.Null(type);
        Assert.Null(job);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"object":{}}""")]
    [InlineData("""{"type":"SURPRISE","object":{}}""")]
    [InlineData("""{"type":"ADDED","object":{"status":{"succeeded":"many"}}}""")]
    public void A_line_that_is_not_an_event_is_an_io_error(string line)
    {
        var error = Assert.Throws<IOException>(() => ResourceWatch.Parse<V1Job>(line));

        Assert.StartsWith("the API server sent a watch event that is not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
