using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Application.Live;
using Plenary.Application.Notifications;
using Plenary.Domain;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Decisions;

/// <summary>
/// Concludes the silence procedures whose deadline has passed, from stored times alone: called by the
/// background service every few seconds and by every read of a procedure, so that the outcome is right
/// even when no instance was running at the deadline. Exactly one caller concludes a procedure, however
/// many instances try at once (ADR 0022): each conclusion runs in a transaction that first locks the
/// procedure's row (PostgreSQL: SELECT … FOR UPDATE; SQLite: one writer at a time), then reads it again;
/// a caller that finds it concluded does nothing, and the version token refuses a second save in any
/// case. An adoption applies the decision to the convening (its dates, its format) and records the
/// dated event the documents narrate; the members are told the outcome.
/// </summary>
public sealed class ConcludeSilenceProcedures(PlenaryDbContext db, TimeProvider clock, IChangeNotices notices)
{
    /// <summary>How the audit trail names the one who concludes: nobody, the deadline does.</summary>
    public static readonly AuditActor Deadline = new(null, "Plenary (deadline of a silence procedure)", AuditChannel.System);

    /// <summary>Concludes every procedure that is due (of one body, or of all); returns how many this call concluded.</summary>
    public async Task<int> ConcludeDueAsync(Guid? bodyId = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var open = await db.SilenceProcedures.AsNoTracking()
            .Where(p => p.Status == ProcedureStatus.Open && (bodyId == null || p.BodyId == bodyId))
            .Select(p => new { p.Id, p.DeadlineAt }).ToListAsync(ct);
        var concluded = 0;
        foreach (var due in open.Where(p => p.DeadlineAt <= now).OrderBy(p => p.DeadlineAt))
            if (await ConcludeAsync(due.Id, now, ct)) concluded++;
        return concluded;
    }

    /// <summary>The earliest deadline still open, for the background service to wake up at.</summary>
    public async Task<DateTimeOffset?> NextDeadlineAsync(CancellationToken ct = default)
    {
        var deadlines = await db.SilenceProcedures.AsNoTracking().Where(p => p.Status == ProcedureStatus.Open).Select(p => p.DeadlineAt).ToListAsync(ct);
        return deadlines.Count == 0 ? null : deadlines.Min();
    }

    private async Task<bool> ConcludeAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var actor = db.Actor;
        db.ChangeTracker.Clear();
        db.Actor = Deadline;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM silence_procedures WHERE \"Id\" = {id} FOR UPDATE", ct);
            var p = await db.SilenceProcedures.Include(x => x.Members).Include(x => x.Steps).SingleOrDefaultAsync(x => x.Id == id, ct);
            if (p is null || !p.ConcludeIfDue(now)) return false;
            p.BeginEdit(p.Version);
            var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == p.BodyId, ct);
            if (p.Status == ProcedureStatus.Adopted) await ApplyAsync(p, ct);
            var link = SilenceNotices.Link(body.Slug, p.Number);
            var (subject, text) = SilenceNotices.Concluded(p, body.FullName, link);
            foreach (var m in p.Members) db.Notifications.Add(Notification.To(m.UserId, m.Email, body.Id, now, subject, text, link));
            foreach (var (userId, email) in await CircleAccounts.SecretariatAsync(db, body.Id, ct))
                if (p.Members.All(m => m.UserId != userId)) db.Notifications.Add(Notification.To(userId, email, body.Id, now, subject, text, link));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            await notices.PublishAsync(SilenceProcedures.Topic(body.Slug, p.Number), ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another caller concluded it (or changed it) first: it is theirs.
            db.ChangeTracker.Clear();
            return false;
        }
        finally
        {
            db.Actor = actor;
        }
    }

    /// <summary>Applies an adopted decision to the convening it concerns; what cannot be applied is noted on the procedure for the Secretariat.</summary>
    private async Task ApplyAsync(SilenceProcedure p, CancellationToken ct)
    {
        if (p.MeetingNumber is not { } number || p.Subject == ProcedureSubject.Other) return;
        var meeting = await db.Meetings.Include(m => m.History).Include(m => m.PlenaryMeetings).Include(m => m.OrganizationOfWork)
            .SingleOrDefaultAsync(m => m.BodyId == p.BodyId && m.Number == number, ct);
        if (meeting is null)
        {
            p.NoteApplication($"The decision was adopted, but the body no longer has convening {number} to apply it to.");
            return;
        }
        try
        {
            SilenceDecisions.Apply(p, meeting);
            meeting.BeginEdit(meeting.Version);
        }
        catch (DomainException e)
        {
            // The outcome stands (time decided it); the record is left as it was, and the Secretariat is told why.
            db.Entry(meeting).State = EntityState.Unchanged;
            foreach (var added in db.ChangeTracker.Entries<MeetingEvent>().Where(x => x.State == EntityState.Added).ToList()) added.State = EntityState.Detached;
            p.NoteApplication($"The decision was adopted but could not be applied to the record as it stands: {e.Message} Apply it by hand.");
        }
    }
}
