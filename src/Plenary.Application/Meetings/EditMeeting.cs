using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Meetings;

/// <summary>
/// The Secretariat's edits to a meeting: its details (venue, dates, format), its plenary meetings,
/// its Bureau and its agenda (add an item or sub-item, edit, move or remove it, assign it to a plenary
/// meeting or take it off one, list its documentation). Each names the meeting
/// version it was made from; an edit from an older version is refused and told what changed since.
/// Nothing is silently overwritten.
/// </summary>
public sealed class EditMeeting(PlenaryDbContext db, EditPipeline pipeline)
{
    public Task<EditResult> UpdateDetailsAsync(string slug, int number, int version, string venue, DateOnly start, DateOnly end, MeetingFormat format, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m =>
        {
            m.MoveTo(venue, DateRange.Create(start, end));
            m.ChangeFormat(format);
        }, ct);

    /// <param name="role">What the item does; none: the role its title suggests (AgendaItemRoles.Infer).</param>
    public Task<EditResult> AddItemAsync(string slug, int number, int version, string title, string? shortTitle, string? annotation, int? parentItem, AgendaItemRole? role = null, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.AddAgendaItem(title, shortTitle, annotation, parentItem, role), ct);

    /// <param name="role">What the item does; none: the role it has.</param>
    public Task<EditResult> EditItemAsync(string slug, int number, int version, string item, string title, string? shortTitle, string? annotation, AgendaItemRole? role = null, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.EditAgendaItem(AgendaItemNumber.Parse(item), title, shortTitle, annotation, role), ct);

    public Task<EditResult> MoveItemAsync(string slug, int number, int version, int item, int toPosition, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.MoveAgendaItem(item, toPosition), ct);

    public Task<EditResult> AssignItemAsync(string slug, int number, int version, string item, int plenaryMeeting, bool continued, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.AssignToPlenaryMeeting(plenaryMeeting, AgendaItemNumber.Parse(item), continued), ct);

    public Task<EditResult> UnassignItemAsync(string slug, int number, int version, string item, int plenaryMeeting, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.UnassignAgendaItem(AgendaItemNumber.Parse(item), plenaryMeeting), ct);

    /// <summary>Removes an item (with its sub-items) or a sub-item, with its documentation and its rows in the organization of work.</summary>
    public Task<EditResult> RemoveItemAsync(string slug, int number, int version, string item, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.RemoveAgendaItem(AgendaItemNumber.Parse(item)), ct);

    public Task<EditResult> AddPlenaryMeetingAsync(string slug, int number, int version, DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.SchedulePlenaryMeeting(date, startsAt, endsAt, []), ct);

    public Task<EditResult> EditPlenaryMeetingAsync(string slug, int number, int version, int plenaryMeeting, DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.ReschedulePlenaryMeeting(plenaryMeeting, date, startsAt, endsAt), ct);

    /// <summary>Removes a plenary meeting and the assignments of agenda items to it; later ones are renumbered.</summary>
    public Task<EditResult> RemovePlenaryMeetingAsync(string slug, int number, int version, int plenaryMeeting, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.RemovePlenaryMeeting(plenaryMeeting), ct);

    /// <summary>
    /// Lists a document under an agenda item: one of the body's register, picked by its symbol (the
    /// title is the register's), or, without a symbol, one known by its title alone.
    /// </summary>
    public async Task<EditResult> AddDocumentationAsync(string slug, int number, int version, string item, string? symbol, string? title, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(symbol))
            return await EditAsync(slug, number, version, m => m.ListDocument(AgendaItemNumber.Parse(item), title ?? ""), ct, field: "DocumentTitle");
        var wanted = symbol.Trim();
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Symbol == wanted && db.Bodies.Any(b => b.Id == d.BodyId && b.Slug == slug)).SingleOrDefaultAsync(ct);
        return await EditAsync(slug, number, version, m => m.ListDocument(AgendaItemNumber.Parse(item), document
            ?? throw new DomainException("documentation.symbol", $"{wanted} is not in the document register of this body; pick one of its registered documents, or give a title without a symbol.")), ct, field: "Symbol");
    }

    public Task<EditResult> MoveDocumentationAsync(string slug, int number, int version, string item, int position, int toPosition, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.AgendaItem(AgendaItemNumber.Parse(item)).MoveDocumentation(position, toPosition), ct);

    public Task<EditResult> RemoveDocumentationAsync(string slug, int number, int version, string item, int position, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.AgendaItem(AgendaItemNumber.Parse(item)).RemoveDocumentation(position), ct);

    private Task<EditResult> EditAsync(string slug, int number, int version, Action<Meeting> edit, CancellationToken ct, string? field = null) =>
        pipeline.EditAsync(Target(slug, number), version, edit, ct, field);

    /// <summary>A meeting of a body, with everything an edit may change (agenda, plenary meetings, Bureau, organization of work).</summary>
    private EditTarget<Meeting> Target(string slug, int number) => new("The meeting",
        async ct => await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct) is { } bodyId
            ? await RecordLoader.MeetingsWithEverything(db).SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct)
            : null,
        $"There is no meeting {number} of '{slug}'.")
    {
        PageShows = "the meeting as it stands",
        FieldOf = FieldOf,
    };

    /// <summary>Which form field a broken rule is about, so the page can show the message next to it.</summary>
    private static string? FieldOf(string code) => code switch
    {
        "dates.end_before_start" => "EndDate",
        "meeting.dates" => "StartDate",
        "meeting.venue" => "Venue",
        "agenda.title" => "Title",
        "plenary.date" => "Date",
        "plenary.overlap" => "StartsAt",
        "plenary.times" => "EndsAt",
        "agenda.role" => "Role",
        "documentation.symbol" => "Symbol",
        _ => null,
    };
}
