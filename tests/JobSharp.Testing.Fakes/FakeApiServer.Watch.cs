using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private readonly List<(long Rv, string Plural, string Ns, string Name, string Type, JsonObject Object)> events = [];
    private readonly Dictionary<(string Ns, string Name), Queue<Action<FakeJobDriver>>> scripts = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource watchOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int watchCount;
    private int? dropNextWatchAfter;
    private bool expireNextWatch;

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

    internal void Store((string Plural, string Ns, string Name) key, JsonObject value, string type)
    {
        value["metadata"]!["resourceVersion"] = (++resourceVersion).ToString(CultureInfo.InvariantCulture);
        objects[key] = value;
        events.Add((resourceVersion, key.Plural, key.Ns, key.Name, type, (JsonObject)value.DeepClone()));
        Signal();
    }

    internal void Remove((string Plural, string Ns, string Name) key)
    {
        if (objects.Remove(key, out var value))
        {
            value["metadata"]!["resourceVersion"] = (++resourceVersion).ToString(CultureInfo.InvariantCulture);
            events.Add((resourceVersion, key.Plural, key.Ns, key.Name, "DELETED", value));
            Signal();
        }
    }

    internal JsonObject? Live(string plural, string ns, string name) => objects.GetValueOrDefault((plural, ns, name));

    internal void Changed() => Signal();

    private void Signal()
    {
        var old = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        old.TrySetResult();
    }

    private async Task WatchAsync(HttpContext context, string plural, string ns)
    {
        var query = context.Request.Query;
        var selector = query["fieldSelector"].ToString();
        var name = selector.StartsWith("metadata.name=", StringComparison.Ordinal) ? selector["metadata.name=".Length..] : null;
        var cursor = long.TryParse(query["resourceVersion"], CultureInfo.InvariantCulture, out var rv) ? rv : 0;
        int? drop;
        bool expire;
        TaskCompletionSource opened;
        lock (gate)
        {
            watchCount++;
            drop = dropNextWatchAfter;
            expire = expireNextWatch;
            dropNextWatchAfter = null;
            expireNextWatch = false;
            if (name is not null && scripts.TryGetValue((ns, name), out var stages) && stages.Count > 0)
            {
                stages.Dequeue()(new FakeJobDriver(this, ns, name));
            }

            opened = watchOpened;
            watchOpened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.StartAsync();
        opened.TrySetResult();
        if (expire)
        {
            var gone = FakeStatus.Failure(410, "Expired", $"too old resource version: {cursor} ({cursor + 1000})");
            await SendAsync(context, new JsonObject { ["type"] = "ERROR", ["object"] = gone });
            return;
        }

        var sent = 0;
        var ct = context.RequestAborted;
        while (!ct.IsCancellationRequested)
        {
            List<JsonObject> batch;
            Task next;
            lock (gate)
            {
                batch = [.. events
                    .Where(e => e.Rv > cursor && e.Plural == plural && e.Ns == ns && (name is null || e.Name == name))
                    .Select(e => new JsonObject { ["type"] = e.Type, ["object"] = e.Object.DeepClone() })];
                cursor = events.Count > 0 ? Math.Max(cursor, events[^1].Rv) : cursor;
                next = changed.Task;
            }

            foreach (var item in batch)
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

            try
            {
                await next.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task SendAsync(HttpContext context, JsonObject item)
    {
        await context.Response.WriteAsync(item.ToJsonString() + "\n");
        await context.Response.Body.FlushAsync();
    }
}
