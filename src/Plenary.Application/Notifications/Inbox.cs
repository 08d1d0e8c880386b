using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;

namespace Plenary.Application.Notifications;

public sealed record NotificationView(Guid Id, DateTimeOffset CreatedAt, string Subject, string Text, string Link, bool Read, bool EmailSent);

/// <summary>A person's notifications: the inbox, its unread count, and marking them read.</summary>
public sealed class Inbox(PlenaryDbContext db, TimeProvider clock, UnreadCounts? counts = null)
{
    public Task<int> UnreadAsync(Guid userId, CancellationToken ct = default) => counts is null
        ? CountUnreadAsync(userId, ct)
        : counts.GetAsync(userId, () => CountUnreadAsync(userId, ct));

    private Task<int> CountUnreadAsync(Guid userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public async Task<IReadOnlyList<NotificationView>> ListAsync(Guid userId, int take = 100, CancellationToken ct = default) =>
        (await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(take).ToListAsync(ct))
        .Select(n => new NotificationView(n.Id, n.CreatedAt, n.Subject, n.Text, n.Link, n.ReadAt is not null, n.EmailSentAt is not null)).ToList();

    /// <summary>Marks one notification read (null: all of them); only the person's own.</summary>
    public async Task<int> MarkReadAsync(Guid userId, Guid? id, CancellationToken ct = default)
    {
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id)).ToListAsync(ct);
        foreach (var n in unread) n.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}
