using System.Collections.Concurrent;
using System.Threading.Channels;
using Plenary.Application.Live;

namespace Plenary.Web.Live;

/// <summary>
/// The state a live view shows, as its viewers receive it: a version (the SSE event id, so a viewer
/// can tell it has the latest) and the JSON the page's script renders.
/// </summary>
public sealed record LiveState(string Version, string Json)
{
    private Encoded? _encoded;

    private sealed record Encoded(string Name, byte[] Bytes);

    /// <summary>
    /// The state as one Server-Sent Event in UTF-8, made once for all the viewers that are handed this
    /// state (they share the object), so a change costs one encoding per instance, not one per viewer.
    /// </summary>
    public ReadOnlyMemory<byte> EventBytes(string name)
    {
        if (_encoded is { } kept && kept.Name == name) return kept.Bytes;
        var made = new Encoded(name, System.Text.Encoding.UTF8.GetBytes(ServerSentEvents.Event(name, this)));
        _encoded = made; // a race makes the same bytes twice, never wrong ones
        return made.Bytes;
    }

    public bool Equals(LiveState? other) => other is not null && Version == other.Version && Json == other.Json;

    public override int GetHashCode() => HashCode.Combine(Version, Json);
}

/// <summary>
/// A kind of live view: the topics it serves start with <see cref="Prefix"/> ("speakers/"), and
/// <see cref="Load"/> reads the current state of one topic from the store (null when the topic
/// names nothing, such as an unknown meeting).
/// </summary>
public sealed record LiveTopic(string Prefix, Func<IServiceProvider, string, CancellationToken, Task<LiveState?>> Load);

/// <summary>
/// Serves live views to this instance's viewers. For each topic with viewers it keeps the latest
/// state; a change notice (from this instance or another) makes it read the state again, once however
/// many viewers there are and however many notices arrive meanwhile, and hands it to every viewer.
/// A viewer keeps only the newest state it has not sent yet, so a slow connection never holds up
/// the others and never receives stale states in a row.
/// </summary>
public sealed class LiveHub : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IReadOnlyList<LiveTopic> _kinds;
    private readonly ILogger<LiveHub> _log;
    private readonly IDisposable _notices;
    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);

    public LiveHub(IServiceScopeFactory scopes, IEnumerable<LiveTopic> kinds, IChangeNotices notices, ILogger<LiveHub> log)
    {
        (_scopes, _kinds, _log) = (scopes, kinds.ToList(), log);
        _notices = notices.Subscribe(Changed);
    }

    /// <summary>How many viewers are connected to this instance, over all topics.</summary>
    public int Viewers => _feeds.Values.Sum(f => f.Count);

    /// <summary>Whether some kind of live view serves <paramref name="topic"/>.</summary>
    public bool Serves(string topic) => KindOf(topic) is not null;

    /// <summary>
    /// Connects a viewer: the first state it reads is the current one (so a viewer who reconnects
    /// catches up at once), then each new state. Null when the topic names nothing.
    /// </summary>
    public async Task<Viewer?> ConnectAsync(string topic, CancellationToken ct)
    {
        var kind = KindOf(topic) ?? throw new ArgumentException($"No live view serves '{topic}'.", nameof(topic));
        // Feeds stay once made: one per topic ever viewed, a small number, and no race between a
        // viewer arriving and a feed being dropped.
        var feed = _feeds.GetOrAdd(topic, t => new Feed(t, kind));
        var (viewer, latest) = feed.Add();
        var state = latest ?? await feed.RefreshAsync(_scopes, _log, ct);
        if (state is null)
        {
            feed.Remove(viewer);
            return null;
        }
        viewer.Offer(state);
        return new Viewer(viewer.Reader, () => feed.Remove(viewer));
    }

    private LiveTopic? KindOf(string topic) => _kinds.FirstOrDefault(k => topic.StartsWith(k.Prefix, StringComparison.Ordinal));

    private void Changed(string topic)
    {
        foreach (var feed in topic == ChangeTopics.Everything ? _feeds.Values.ToList() : _feeds.TryGetValue(topic, out var f) ? [f] : [])
        {
            // Without viewers the state is only forgotten; the next viewer reads it afresh.
            if (feed.ForgetUnlessViewed()) continue;
            _ = feed.RefreshAndSendAsync(_scopes, _log);
        }
    }

    public void Dispose() => _notices.Dispose();

    /// <summary>One connected viewer's states; disposing disconnects it.</summary>
    public sealed class Viewer(ChannelReader<LiveState> states, Action disconnect) : IDisposable
    {
        public ChannelReader<LiveState> States { get; } = states;
        public void Dispose() => disconnect();
    }

    /// <summary>The viewers of one topic and its latest state.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim holds nothing to free unless its wait handle is read; a feed lives as long as the app.")]
    private sealed class Feed(string topic, LiveTopic kind)
    {
        private readonly Lock _gate = new();
        private readonly SemaphoreSlim _reading = new(1, 1);
        private List<Outbox> _viewers = [];
        private int _pending;

        private LiveState? _latest;

        public int Count { get { lock (_gate) return _viewers.Count; } }

        /// <summary>Adds a viewer, with the latest state known (null when it must be read).</summary>
        public (Outbox Viewer, LiveState? Latest) Add()
        {
            var outbox = new Outbox();
            lock (_gate)
            {
                _viewers = [.. _viewers, outbox];
                return (outbox, _latest);
            }
        }

        public void Remove(Outbox outbox)
        {
            lock (_gate)
            {
                _viewers = _viewers.Where(v => v != outbox).ToList();
                // A state kept while nobody watches could miss a notice still on its way: the next viewer reads afresh.
                if (_viewers.Count == 0) _latest = null;
            }
            outbox.Close();
        }

        /// <summary>True (and the state forgotten) when nobody views the topic; false when it must be read again for its viewers.</summary>
        public bool ForgetUnlessViewed()
        {
            lock (_gate)
            {
                if (_viewers.Count > 0) return false;
                _latest = null;
                return true;
            }
        }

        /// <summary>Reads the state again. Notices arriving during a read make one more read after it, not one each.</summary>
        public async Task RefreshAndSendAsync(IServiceScopeFactory scopes, ILogger log)
        {
            if (Interlocked.Increment(ref _pending) > 1) return;
            do
            {
                Interlocked.Exchange(ref _pending, 1);
                var state = await RefreshAsync(scopes, log, CancellationToken.None);
                if (state is null) continue;
                List<Outbox> viewers;
                lock (_gate) viewers = _viewers;
                foreach (var v in viewers) v.Offer(state);
            }
            while (Interlocked.Decrement(ref _pending) > 0);
        }

        public async Task<LiveState?> RefreshAsync(IServiceScopeFactory scopes, ILogger log, CancellationToken ct)
        {
            await _reading.WaitAsync(ct);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var state = await kind.Load(scope.ServiceProvider, topic, ct);
                if (state is not null) lock (_gate) _latest = state;
                return state;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The live view {Topic} could not be read again.", topic);
                return null;
            }
            finally
            {
                _reading.Release();
            }
        }
    }

    /// <summary>What one viewer has still to receive: only the newest state matters.</summary>
    private sealed class Outbox
    {
        private readonly Channel<LiveState> _channel = Channel.CreateBounded<LiveState>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public ChannelReader<LiveState> Reader => _channel.Reader;
        public void Offer(LiveState state) => _channel.Writer.TryWrite(state);
        public void Close() => _channel.Writer.TryComplete();
    }
}
