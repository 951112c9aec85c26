using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// Watches as the API server serves them: headers at once; without a resource version (or with "0") the current
/// objects as ADDED, then every change; with a resource version, the changes after it (410 Gone when compacted);
/// selectors applied to both sides of a change (an object that stops matching is DELETED for the watcher);
/// bookmarks when asked; the answer ends cleanly after <c>timeoutSeconds</c>.
/// </summary>
public sealed partial class FakeApiServer
{
    private readonly Dictionary<(string Ns, string Name), Queue<Action<FakeJobDriver>>> scripts = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource watchOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int watchCount;
    private int? dropNextWatchAfter;
    private bool expireNextWatch;

    /// <summary>How long a watch without <c>timeoutSeconds</c> lasts (the real server picks 30 to 60 minutes).</summary>
    public TimeSpan DefaultWatchTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a watch that allows bookmarks gets one (the real server: about a minute).</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many watches were opened.</summary>
    public int WatchCount
    {
        get
        {
            lock (gate)
            {
                return watchCount;
            }
        }
    }

    /// <summary>Completes when a watch has been opened and its scripted stage has run.</summary>
    public Task WatchOpened
    {
        get
        {
            lock (gate)
            {
                return watchOpened.Task;
            }
        }
    }

    /// <summary>The next watch sends <paramref name="events"/> events, then the connection drops (no clean end).</summary>
    public void DropNextWatchAfter(int events)
    {
        lock (gate)
        {
            dropNextWatchAfter = events;
        }
    }

    /// <summary>The next watch answers with an ERROR event carrying 410 Gone ("too old resource version").</summary>
    public void ExpireNextWatch()
    {
        lock (gate)
        {
            expireNextWatch = true;
        }
    }

    /// <summary>
    /// Scripts the Job controller for a Job: each stage runs when a watch on that Job opens, in order (the first
    /// on the first watch, the second on the next, ...).
    /// </summary>
    public void Script(string ns, string name, params Action<FakeJobDriver>[] stages)
    {
        lock (gate)
        {
            scripts[(ns, name)] = new Queue<Action<FakeJobDriver>>(stages);
        }
    }

    /// <summary>Runs controller actions on a Job now.</summary>
    public void Drive(string ns, string name, Action<FakeJobDriver> stage)
    {
        lock (gate)
        {
            stage(new FakeJobDriver(this, ns, name));
        }
    }

    private async Task WatchAsync(HttpContext context, FakeTarget target)
    {
        var query = context.Request.Query;
        if (await SelectorsAsync(context, target) is not { } selectors)
        {
            return;
        }

        var (labels, fields) = selectors;
        var ns = target.Resource.Namespaced ? target.Ns : null;
        var name = fields.Required("metadata.name");
        var timeout = int.TryParse(query["timeoutSeconds"], CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : DefaultWatchTimeout;
        var bookmarks = QueryBool(context.Request, "allowWatchBookmarks");
        var requested = query["resourceVersion"].ToString();
        var initial = requested is "" or "0" || QueryBool(context.Request, "sendInitialEvents");
        int? drop;
        bool expire;
        long cursor;
        TaskCompletionSource opened;
        var first = new List<JsonObject>();
        lock (gate)
        {
            watchCount++;
            drop = dropNextWatchAfter;
            expire = expireNextWatch;
            dropNextWatchAfter = null;
            expireNextWatch = false;
            if (target.Plural == "jobs" && ns is not null && name is not null && scripts.TryGetValue((ns, name), out var stages) && stages.Count > 0)
            {
                stages.Dequeue()(new FakeJobDriver(this, ns, name));
            }

            if (initial)
            {
                cursor = resourceVersion;
                first.AddRange(LiveOf(target.Plural, ns).Where(e => Matches(e.Value)).Select(e => Event("ADDED", e.Value)));
                if (bookmarks && QueryBool(context.Request, "sendInitialEvents"))
                {
                    var end = Bookmark(target);
                    end["object"]!["metadata"]!["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
                    first.Add(end);
                }
            }
            else if (!long.TryParse(requested, CultureInfo.InvariantCulture, out cursor))
            {
                cursor = -1;
            }
            else if (cursor < compactedRevision)
            {
                expire = true;
            }

            opened = watchOpened;
            watchOpened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        if (cursor < 0)
        {
            await WriteAsync(context, 400, FakeStatus.Failure(400, "BadRequest", $"invalid resource version: {requested}"));
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync();
        await context.Response.Body.FlushAsync();
        opened.TrySetResult();
        if (expire)
        {
            var gone = FakeStatus.Failure(410, "Expired", $"too old resource version: {cursor} ({Math.Max(compactedRevision, cursor + 1000)})");
            await SendAsync(context, new JsonObject { ["type"] = "ERROR", ["object"] = gone });
            return;
        }

        using var deadline = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, deadline.Token);
        var ct = linked.Token;
        var sent = 0;
        var nextBookmark = DateTime.UtcNow + BookmarkInterval;
        var pending = first;
        try
        {
            while (true)
            {
                foreach (var item in pending)
                {
                    if (drop is { } limit && sent >= limit)
                    {
                        context.Abort();
                        return;
                    }

                    await SendAsync(context, item);
                    sent++;
                }

                if (drop is { } after && sent >= after)
                {
                    context.Abort();
                    return;
                }

                Task next;
                lock (gate)
                {
                    pending = [.. events.Where(e => e.Rv > cursor && e.Plural == target.Plural && (ns is null || e.Ns == ns))
                        .Select(Translate).OfType<JsonObject>()];
                    cursor = Math.Max(cursor, resourceVersion);
                    next = changed.Task;
                    if (pending.Count == 0 && bookmarks && DateTime.UtcNow >= nextBookmark)
                    {
                        pending.Add(Bookmark(target));
                        nextBookmark = DateTime.UtcNow + BookmarkInterval;
                    }
                }

                if (pending.Count > 0)
                {
                    continue;
                }

                var wait = bookmarks ? TimeSpan.FromTicks(Math.Max(0, (nextBookmark - DateTime.UtcNow).Ticks)) : Timeout.InfiniteTimeSpan;
                await Task.WhenAny(next, Task.Delay(wait, ct)).WaitAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away, the server stopped, or timeoutSeconds ran out: the answer ends cleanly.
        }

        bool Matches(JsonObject item) => labels.Matches(LabelsOf(item)) && fields.Matches(item);

        JsonObject? Translate(FakeEvent e)
        {
            var now = e.Type != "DELETED" && Matches(e.Object);
            var before = e.Old is not null && Matches(e.Old);
            return (before, now, e.Type) switch
            {
                (_, false, "DELETED") when before => Event("DELETED", e.Object),
                (true, true, _) => Event("MODIFIED", e.Object),
                (false, true, _) => Event("ADDED", e.Object),
                (true, false, _) => Event("DELETED", e.Object),
                _ => null,
            };
        }
    }

    private JsonObject Bookmark(FakeTarget target) => new()
    {
        ["type"] = "BOOKMARK",
        ["object"] = new JsonObject
        {
            ["kind"] = target.Resource.Kind,
            ["apiVersion"] = target.Resource.ApiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = CurrentResourceVersion },
        },
    };

    private static JsonObject Event(string type, JsonObject item) => new() { ["type"] = type, ["object"] = item.DeepClone() };

    private static async Task SendAsync(HttpContext context, JsonObject item)
    {
        await context.Response.WriteAsync(item.ToJsonString() + "\n");
        await context.Response.Body.FlushAsync();
    }
}
