using Plenary.Application.Data;

namespace Plenary.Application.Notifications;

/// <summary>
/// Each reader's unread count, kept until the inboxes' version rises (<see cref="RecordVersion.Inboxes"/>):
/// every signed-in page shows it in the navigation, and it changes only when a notification is added or
/// read. The version is read on each call, so a new notification shows on the very next page, on any
/// instance (the same rule as <see cref="RecordMemo"/>, ADR 0020).
/// </summary>
public sealed class UnreadCounts : IAsyncDisposable
{
    private readonly RecordVersionGate _gate;
    private readonly RecordMemo _memo;

    public UnreadCounts(PlenaryStore store, TimeProvider clock, bool enabled = true)
    {
        _gate = new RecordVersionGate(store, RecordVersion.Inboxes);
        _memo = new RecordMemo(_gate, clock, enabled);
    }

    public Task<int> GetAsync(Guid userId, Func<Task<int>> count) => _memo.GetAsync($"unread:{userId:N}", count);

    public async ValueTask DisposeAsync()
    {
        _memo.Dispose();
        await _gate.DisposeAsync();
    }
}
