using Microsoft.Extensions.Logging;
using Npgsql;
using Plenary.Application.Data;

namespace Plenary.Application.Live;

/// <summary>
/// Change notices: "what this topic names has changed; read it again". A notice carries no state,
/// only the topic ("speakers/eg-cybercrime/7"), so a viewer never trusts a message over the store:
/// live views re-read the record when told, and a notice lost to a dropped connection costs nothing
/// more than a late refresh (ADR 0017). A use case publishes after its change is saved.
/// </summary>
public interface IChangeNotices
{
    /// <summary>Tells every app instance (this one included) that <paramref name="topic"/> changed.</summary>
    Task PublishAsync(string topic, CancellationToken ct = default);

    /// <summary>Calls <paramref name="changed"/> with each topic notified, until the subscription is disposed.</summary>
    IDisposable Subscribe(Action<string> changed);
}

/// <summary>The topic that stands for every topic: sent after a listener reconnects, since notices may have been missed meanwhile.</summary>
public static class ChangeTopics
{
    public const string Everything = "*";
}

/// <summary>Delivers notices to the subscribers of this process: the store is SQLite, so there is one instance.</summary>
public sealed class InProcessChangeNotices : IChangeNotices
{
    private readonly Subscribers _subscribers = new();

    public Task PublishAsync(string topic, CancellationToken ct = default)
    {
        _subscribers.Deliver(topic);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Action<string> changed) => _subscribers.Add(changed);
}

/// <summary>
/// Notices through PostgreSQL's LISTEN/NOTIFY: every instance on the same database hears every
/// notice, with no server besides the store. <see cref="ListenAsync"/> holds one connection per
/// instance; when it drops, it reconnects and tells its subscribers that everything may have changed.
/// </summary>
public sealed class PostgresChangeNotices(PlenaryStore store, ILogger<PostgresChangeNotices> log) : IChangeNotices
{
    public const string Channel = "plenary_changes";
    private readonly Subscribers _subscribers = new();

    public async Task PublishAsync(string topic, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync(ct);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @topic)", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("topic", topic);
        await notify.ExecuteNonQueryAsync(ct);
    }

    public IDisposable Subscribe(Action<string> changed) => _subscribers.Add(changed);

    /// <summary>Listens until <paramref name="stopping"/> is cancelled, reconnecting after a lost connection.</summary>
    public async Task ListenAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        var first = true;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString)
                {
                    KeepAlive = 15, // notices a silently dropped connection
                    Pooling = false,
                }.ConnectionString);
                await connection.OpenAsync(stopping);
                connection.Notification += (_, e) => _subscribers.Deliver(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stopping);
                if (!first) _subscribers.Deliver(ChangeTopics.Everything);
                first = false;
                delay = TimeSpan.FromMilliseconds(250);
                while (!stopping.IsCancellationRequested) await connection.WaitAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                log.LogWarning(e, "Listening for change notices failed; trying again in {Delay}.", delay);
                first = false;
                try { await Task.Delay(delay, stopping); } catch (OperationCanceledException) { return; }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }
}

/// <summary>The callbacks of one notice source; a failing subscriber does not stop the others.</summary>
internal sealed class Subscribers
{
    private readonly Lock _gate = new();
    private Action<string>[] _all = [];

    public IDisposable Add(Action<string> changed)
    {
        lock (_gate) _all = [.. _all, changed];
        return new Subscription(() => { lock (_gate) _all = _all.Where(a => a != changed).ToArray(); });
    }

    public void Deliver(string topic)
    {
        foreach (var changed in Volatile.Read(ref _all))
        {
            try { changed(topic); }
            catch (Exception) { /* a subscriber's failure is its own; the notice still reaches the rest */ }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
