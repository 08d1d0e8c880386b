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
/// <summary>What a new convening is, as the Secretariat gives it.</summary>
/// <param name="Workplan">With <paramref name="Planned"/>: the workplan entry (its position) the convening is created from; it takes up its topics.</param>
public sealed record ConveningInput(int Number, ConveningKind Kind, int? Ordinal, string? Designation, int? Continues,
    string Venue, DateOnly StartDate, DateOnly EndDate, MeetingFormat Format, int FirstPlenaryMeetingNumber = 1, Guid? Workplan = null, int? Planned = null);

/// <summary>Who opened, presided over and closed a convening: officers by their place in the body's list, or someone else who opened it.</summary>
public sealed record PresidingInput(int? OpenedBy, string? OpenedByOther, int? PresidedBy, int? OnBehalfOf, int? ClosedBy);

/// <summary>A step in a convening's lifecycle, as the Secretariat records it (ConveningLifecycle in the domain).</summary>
public enum LifecycleStep { DatesApproved, AgendaApproved, Convened, AgendaAdopted, Closed, ReportAdopted, Postponed, Cancelled, FormatChanged }

/// <summary>
/// What the Secretariat says of a step: when it happened, on what authority (and who decided, at which plenary
/// meeting), the new dates (or "to be determined"), what happens to the sittings, the format, the reason or details.
/// </summary>
public sealed record LifecycleInput(LifecycleStep Step, DateOnly? Date, DecisionMeans? Authority = null, string? DecidedBy = null, int? PlenaryMeeting = null,
    DateOnly? StartDate = null, DateOnly? EndDate = null, bool ToBeDetermined = false, SittingsOnMove Sittings = SittingsOnMove.Move,
    MeetingFormat? Format = null, string? Details = null);

/// <summary>
/// The decision behind new dates or a new format given in a convening's details: the day it was taken, its
/// authority (who decided, at which plenary meeting), what happens to the sittings when the dates move, and the
/// arrangements of a format ("with remote simultaneous interpretation"). Unused when neither changes.
/// </summary>
public sealed record ChangeDecision(DateOnly? Date, DecisionMeans? Authority, string? DecidedBy = null, int? PlenaryMeeting = null,
    SittingsOnMove? Sittings = null, string? Arrangements = null);

public sealed class EditMeeting(PlenaryDbContext db, EditPipeline pipeline, TimeProvider? clock = null)
{
    /// <summary>
    /// Schedules a new convening of the body: its number (the key in links), kind, ordinal or designation,
    /// what it continues, venue, dates and format. Its name must differ from the body's other convenings';
    /// a number in use is a clash naming it.
    /// </summary>
    public async Task<(EditResult Result, Meeting? Added)> CreateAsync(string slug, ConveningInput c, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.Workplans).ThenInclude(w => w.PlannedMeetings).SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return (EditResult.Missing($"There is no body with the slug '{slug}'."), null);
        var others = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id).ToListAsync(ct);
        return await pipeline.AddAsync(() =>
            {
                var meeting = Meeting.Schedule(body.Id, c.Number, c.Venue, DateRange.Create(c.StartDate, c.EndDate), c.Format);
                meeting.Designate(c.Kind, OrdinalOf(c.Kind, c.Ordinal, c.Designation, c.Number), c.Designation, Continued(others, c.Continues));
                meeting.NumberSittingsFrom(c.FirstPlenaryMeetingNumber, body.SittingNumbering);
                meeting.EnsureNamedApartFrom(others, body.Convenes);
                if (c.Workplan is { } workplan)
                    meeting.TakeUp(body.PlannedIn(workplan, c.Planned ?? throw new DomainException("planned_meeting.unknown", "Say which planned convening of the workplan this is (its position).")), body.Convenes);
                return meeting;
            },
            m => Task.FromResult(others.Any(o => o.Number == m.Number) ? NumberTaken(m.Number) : null),
            FieldOf, m => NumberTaken(m.Number), ct);
    }

    /// <summary>Says what kind of convening this is, how it is named, what it continues and where its sittings are numbered from; whether its summary is the Chair's.</summary>
    public Task<EditResult> DesignateAsync(string slug, int number, int version, ConveningKind kind, int? ordinal, string? designation, int? continues,
        int firstPlenaryMeetingNumber, bool summaryByChair, CancellationToken ct = default) =>
        pipeline.EditAsync(Target(slug, number), version, async m =>
        {
            var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == m.BodyId, ct);
            var others = await db.Meetings.AsNoTracking().Where(o => o.BodyId == m.BodyId && o.Id != m.Id).ToListAsync(ct);
            m.Designate(kind, OrdinalOf(kind, ordinal, designation, m.Number), designation, Continued(others, continues));
            m.NumberSittingsFrom(firstPlenaryMeetingNumber, body.SittingNumbering);
            m.EnsureNamedApartFrom(others, body.Convenes);
            m.AttributeSummary(summaryByChair);
            return null;
        }, ct);

    /// <summary>Records who opened the convening, who presided (on whose behalf) and who closed it, from the body's officers in office.</summary>
    public Task<EditResult> RecordPresidingAsync(string slug, int number, int version, PresidingInput p, CancellationToken ct = default) =>
        pipeline.EditAsync(Target(slug, number), version, async m =>
        {
            var body = await db.Bodies.AsNoTracking().Include(b => b.Officers).SingleAsync(b => b.Id == m.BodyId, ct);
            Domain.Bureau.Officer? At(int? position) => position is { } n ? body.OfficerAt(n) : null;
            m.RecordPresiding(body, At(p.OpenedBy), p.OpenedByOther, At(p.PresidedBy), At(p.OnBehalfOf), At(p.ClosedBy));
            return null;
        }, ct);

    /// <summary>
    /// Records where the convening stands (the edit page's buttons, the API's PUT .../status) through the same lifecycle
    /// steps as the lifecycle page, so that the history says what happened: held (convened on its first day and closed
    /// on its last), cancelled, or postponed to dates to be determined (the reason is required). A cancellation or
    /// postponement is dated <paramref name="on"/> (today if left out) and taken on <paramref name="authority"/> (made
    /// known by the secretariat if left out).
    /// </summary>
    public Task<EditResult> SetStatusAsync(string slug, int number, int version, MeetingStatus status, string recordedBy,
        DateOnly? on = null, DecisionMeans? authority = null, string? decidedBy = null, string? reason = null, CancellationToken ct = default)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var recorded = new Recorded(recordedBy, now);
        var day = on ?? DateOnly.FromDateTime(now.UtcDateTime);
        var means = authority is null or DecisionMeans.None ? DecisionMeans.Notification : authority;
        return EditAsync(slug, number, version, m =>
        {
            switch (status)
            {
                case MeetingStatus.Held: m.Hold(recorded); break;
                case MeetingStatus.Cancelled: ApplyStep(m, new LifecycleInput(LifecycleStep.Cancelled, day, means, decidedBy, Details: reason), recorded); break;
                case MeetingStatus.Postponed:
                    ApplyStep(m, new LifecycleInput(LifecycleStep.Postponed, day, means, decidedBy, ToBeDetermined: true, Details: reason), recorded);
                    break;
                default: throw new DomainException("meeting.status", "A convening is marked as held, cancelled or postponed; it is planned when it is scheduled, or again when new dates are approved.");
            }
        }, ct);
    }

    /// <summary>
    /// Records a step of the convening's lifecycle as a dated event with who recorded it (the signed-in person, now)
    /// and on what authority; the domain refuses a step the convening's state does not allow.
    /// </summary>
    public Task<EditResult> RecordStepAsync(string slug, int number, int version, LifecycleInput s, string recordedBy, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => ApplyStep(m, s, new Recorded(recordedBy, (clock ?? TimeProvider.System).GetUtcNow())), ct);

    /// <summary>What a move of the convening's dates would do to its sittings, for the confirmation before a postponement or new dates.</summary>
    public async Task<string?> WhatMovingDoesAsync(string slug, int number, DateOnly? start, DateOnly? end, SittingsOnMove sittings, CancellationToken ct = default)
    {
        var meeting = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct) is { } bodyId
            ? await RecordLoader.MeetingsWithEverything(db).AsNoTracking().SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct)
            : null;
        if (meeting is null) return null;
        var dates = start is { } s && end is { } e && e >= s ? DateRange.Create(s, e) : null;
        return meeting.WhatMovingDoes(dates, sittings);
    }

    private static void ApplyStep(Meeting m, LifecycleInput s, Recorded recorded)
    {
        DateOnly On() => s.Date ?? throw new DomainException("event.date", "Give the date on which the step happened.");
        Authority By()
        {
            if (s.Authority is not { } means || means == DecisionMeans.None)
                throw new DomainException("event.means", "Say on what authority the step was taken: a silence procedure, a decision at a plenary meeting, a decision of the Chair, or made known by the secretariat.");
            var decidedBy = string.IsNullOrWhiteSpace(s.DecidedBy) ? means == DecisionMeans.SilenceProcedure ? "extended Bureau" : null : s.DecidedBy.Trim();
            return new Authority(means, decidedBy, s.PlenaryMeeting);
        }
        DateRange? NewDates(bool required)
        {
            if (s.StartDate is { } start && s.EndDate is { } end) return DateRange.Create(start, end);
            if (!required && s.ToBeDetermined && s.StartDate is null && s.EndDate is null) return null;
            throw new DomainException("meeting.dates", required
                ? "Give the first and last day of the dates approved."
                : "Give the new first and last day, or say that the new dates are to be determined.");
        }
        switch (s.Step)
        {
            case LifecycleStep.DatesApproved: m.ApproveDates(On(), NewDates(true)!, By(), recorded, s.Sittings); break;
            case LifecycleStep.AgendaApproved: m.ApproveAgenda(On(), By(), recorded); break;
            case LifecycleStep.Convened: m.Convene(On(), s.PlenaryMeeting, recorded); break;
            case LifecycleStep.AgendaAdopted:
                m.AdoptAgendaAt(s.PlenaryMeeting ?? throw new DomainException("event.plenary_meeting", "Say at which plenary meeting the agenda was adopted."), recorded);
                break;
            case LifecycleStep.Closed: m.Close(On(), s.PlenaryMeeting, recorded); break;
            case LifecycleStep.ReportAdopted: m.AdoptReport(On(), By(), recorded); break;
            case LifecycleStep.Postponed:
                if (s.ToBeDetermined && (s.StartDate is not null || s.EndDate is not null))
                    throw new DomainException("meeting.dates", "Either give the new dates or say that they are to be determined, not both.");
                m.Postpone(On(), NewDates(false), s.Details ?? "", By(), recorded, s.Sittings);
                break;
            case LifecycleStep.Cancelled: m.Cancel(On(), s.Details, By(), recorded); break;
            case LifecycleStep.FormatChanged:
                // A value that is no format is refused first: it is what the client got wrong, whatever else is missing.
                var format = Meeting.CheckFormat(s.Format ?? throw new DomainException("meeting.format", "Choose the format: in person, hybrid or online."));
                m.ChangeFormat(On(), format, s.Details, By(), recorded);
                break;
            default: throw new DomainException("event.kind", $"{(int)s.Step} is not a step of a convening's lifecycle.");
        }
    }

    /// <summary>Marks a day of the convening as one without plenary meetings (a holiday) in the organization of work.</summary>
    public Task<EditResult> AddNonWorkingDayAsync(string slug, int number, int version, DateOnly date, string description, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.PlanNonWorkingDay(date, description), ct);

    public Task<EditResult> RemoveNonWorkingDayAsync(string slug, int number, int version, DateOnly date, CancellationToken ct = default) =>
        EditAsync(slug, number, version, m => m.RemoveNonWorkingDay(date), ct);

    /// <summary>A regular convening given neither ordinal nor designation is named by its number, as the record format reads it.</summary>
    private static int? OrdinalOf(ConveningKind kind, int? ordinal, string? designation, int number) =>
        ordinal ?? (kind == ConveningKind.Regular && string.IsNullOrWhiteSpace(designation) ? number : null);

    private static Meeting? Continued(IEnumerable<Meeting> others, int? number) => number is { } n
        ? others.FirstOrDefault(o => o.Number == n) ?? throw new DomainException("convening.continues", $"The body has no convening {n} to continue.")
        : null;

    private static EditResult NumberTaken(int number) =>
        EditResult.Clash($"The body already has a convening numbered {number}; each convening has its own number (in its links), so choose another.", "Number");

    /// <summary>
    /// Changes a convening's venue, dates and format from its details. The venue is simply changed; new dates are
    /// recorded as the step "dates approved" and a new format as "format changed", through the same steps as the
    /// lifecycle (<see cref="RecordStepAsync"/>), on the <paramref name="decision"/>'s date and authority: the
    /// domain refuses them where it refuses those steps, and the convening's history shows them.
    /// </summary>
    public Task<EditResult> UpdateDetailsAsync(string slug, int number, int version, string venue, DateOnly start, DateOnly end, MeetingFormat format,
        ChangeDecision? decision, string recordedBy, CancellationToken ct = default)
    {
        var recorded = new Recorded(recordedBy, (clock ?? TimeProvider.System).GetUtcNow());
        var d = decision ?? new ChangeDecision(null, null);
        return EditAsync(slug, number, version, m =>
        {
            var dates = DateRange.Create(start, end);
            m.Relocate(venue);
            if (dates != m.Dates)
                ApplyStep(m, new LifecycleInput(LifecycleStep.DatesApproved, d.Date, d.Authority, d.DecidedBy, d.PlenaryMeeting, start, end,
                    Sittings: d.Sittings ?? throw new DomainException("event.sittings",
                        "Say what happens to the plenary meetings and the organization of work when the dates change: they move with the dates, or are taken out to be planned again.")), recorded);
            if (format != m.Format)
                ApplyStep(m, new LifecycleInput(LifecycleStep.FormatChanged, d.Date, d.Authority, d.DecidedBy, d.PlenaryMeeting, Format: format, Details: d.Arrangements), recorded);
        }, ct);
    }

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

    /// <summary>Adds a plenary meeting; beyond the plenary meetings the body's conference services allow with interpretation, the result carries a warning (the edit is made).</summary>
    public async Task<EditResult> AddPlenaryMeetingAsync(string slug, int number, int version, DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, CancellationToken ct = default) =>
        await WithConferenceServicesAsync(await EditAsync(slug, number, version, m => m.SchedulePlenaryMeeting(date, startsAt, endsAt, []), ct), slug, number, ct);

    /// <summary>A successful edit of the plenary meetings, with the body's warning when the convening now plans more than its conference services allow with interpretation.</summary>
    private async Task<EditResult> WithConferenceServicesAsync(EditResult result, string slug, int number, CancellationToken ct)
    {
        if (!result.Succeeded) return result;
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body?.PlenaryMeetingsWithInterpretation is null) return result;
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.PlenaryMeetings).SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Number == number, ct);
        return meeting is not null && body.ConferenceServicesWarning(meeting) is { } warning ? result with { Warnings = [warning] } : result;
    }

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

    /// <summary>An edit of the meeting that a feature keeps in its own use case (an item's panel, Participation/Panels).</summary>
    public Task<EditResult> ApplyAsync(string slug, int number, int version, Action<Meeting> edit, CancellationToken ct) =>
        EditAsync(slug, number, version, edit, ct);

    /// <summary>A meeting of a body, with everything an edit may change (agenda, plenary meetings, Bureau, organization of work).</summary>
    private EditTarget<Meeting> Target(string slug, int number) => new("The convening",
        async ct => await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct) is { } bodyId
            ? await RecordLoader.MeetingsWithEverything(db).SingleOrDefaultAsync(m => m.BodyId == bodyId && m.Number == number, ct)
            : null,
        $"There is no convening {number} of '{slug}'.")
    {
        PageShows = "the convening as it stands",
        FieldOf = FieldOf,
    };

    /// <summary>Which form field a broken rule is about, so the page can show the message next to it.</summary>
    private static string? FieldOf(string code) => code switch
    {
        "dates.end_before_start" => "EndDate",
        "meeting.dates" or "dates.start" => "StartDate",
        "dates.end" => "EndDate",
        "meeting.format" => "Format",
        "meeting.summary" => "Summary",
        "agenda.annotation" => "Annotation",
        "agenda.short_title" => "ShortTitle",
        "meeting.venue" => "Venue",
        "agenda.title" => "Title",
        "plenary.date" => "Date",
        "plenary.overlap" => "StartsAt",
        "plenary.times" => "EndsAt",
        "agenda.role" => "Role",
        "meeting.number" => "Number",
        "convening.kind" => "Kind",
        "convening.ordinal" => "Ordinal",
        "convening.designation" => "Designation",
        "convening.continues" => "Continues",
        "convening.first_sitting" => "FirstPlenaryMeetingNumber",
        "convening.opened_by" or "convening.presiding" or "officer.unknown" => "OpenedBy",
        "convening.presided_by" => "PresidedBy",
        "convening.on_behalf_of" => "OnBehalfOf",
        "convening.closed_by" => "ClosedBy",
        "work.date" => "Date",
        "meeting.status" => "Status",
        "work.description" => "Description",
        "documentation.symbol" => "Symbol",
        "panellist.title" => "PanellistTitle",
        "panellist.name" => "PanellistName",
        "panellist.state" => "PanellistState",
        "panellist.organization" => "PanellistOrganization",
        "event.date" => "Date",
        "event.means" => "Authority",
        "event.decided_by" => "DecidedBy",
        "event.plenary_meeting" or "plenary.unknown" => "PlenaryMeeting",
        "event.details" => "Details",
        "event.sittings" => "Sittings",
        "meeting.postpone" => "StartDate",
        "workplan.unknown" => "Workplan",
        "planned_meeting.unknown" => "PlannedMeeting",
        _ => null,
    };
}
