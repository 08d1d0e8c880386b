using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Meetings;

/// <summary>
/// The Secretariat's edits to a meeting: its details (venue, dates, format) and its agenda (add an
/// item or sub-item, edit it, move it, assign it to a plenary meeting). Each names the meeting
/// version it was made from; an edit from an older version is refused and told what changed since.
/// Nothing is silently overwritten.
/// </summary>
public sealed class EditMeeting(PlenaryDbContext db, AuditQueries audit)
{
    public Task<EditResult> UpdateDetailsAsync(string slug, int number, int version, string venue, DateOnly start, DateOnly end, MeetingFormat format, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m =>
        {
            m.MoveTo(venue, DateRange.Create(start, end));
            m.ChangeFormat(format);
        }, ct);

    public Task<EditResult> AddItemAsync(string slug, int number, int version, string title, string? shortTitle, string? annotation, int? parentItem, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.AddAgendaItem(title, shortTitle, annotation, parentItem), ct);

    public Task<EditResult> EditItemAsync(string slug, int number, int version, string item, string title, string? shortTitle, string? annotation, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.EditAgendaItem(AgendaItemNumber.Parse(item), title, shortTitle, annotation), ct);

    public Task<EditResult> MoveItemAsync(string slug, int number, int version, int item, int toPosition, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.MoveAgendaItem(item, toPosition), ct);

    public Task<EditResult> AssignItemAsync(string slug, int number, int version, string item, int plenaryMeeting, bool continued, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.AssignToPlenaryMeeting(plenaryMeeting, AgendaItemNumber.Parse(item), continued), ct);

    private async Task<EditResult> EditAsync(string slug, int number, int version, Action<Meeting> edit, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        var meeting = bodyId is null ? null : await RecordLoader.MeetingsWithEverything(db).SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct);
        if (meeting is null) return EditResult.Missing($"There is no meeting {number} of '{slug}'.");
        try
        {
            meeting.BeginEdit(version);
            edit(meeting);
            await db.SaveChangesAsync(ct);
            return EditResult.Done(meeting.Version);
        }
        catch (StaleEditException e)
        {
            return await StaleAsync(meeting.Id, e.CurrentVersion - version, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Meetings.AsNoTracking().Where(m => m.Id == meeting.Id).Select(m => m.Version).SingleAsync(ct);
            return await StaleAsync(meeting.Id, current - version, ct);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return EditResult.Refused(e.Message, FieldOf(e.Code));
        }
    }

    /// <summary>Which form field a broken rule is about, so the page can show the message next to it.</summary>
    private static string? FieldOf(string code) => code switch
    {
        "dates.end_before_start" => "EndDate",
        "meeting.dates" => "StartDate",
        "meeting.venue" => "Venue",
        "agenda.title" => "Title",
        _ => null,
    };

    private async Task<EditResult> StaleAsync(Guid meetingId, int editsSince, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var changes = (await audit.ForMeetingAsync(meetingId, ct)).Where(c => c.EntityType == nameof(Meeting)).Take(Math.Max(editsSince, 1)).ToList();
        var who = string.Join("; ", changes.Select(c => $"{c.Actor} at {c.OccurredAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
        return EditResult.Stale(
            $"The agenda was changed by someone else after you opened this page ({(who.Length > 0 ? who : "another edit")}). Your change was not saved; the page now shows the current agenda, so check it and make your change again.",
            changes);
    }
}
