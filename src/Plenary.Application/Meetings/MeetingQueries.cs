using Microsoft.EntityFrameworkCore;
using Plenary.Application.Bodies;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Editorial;
using Plenary.Application.Records;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Meetings;

public sealed record MeetingEventView(DateOnly Date, string Kind, string? DecidedBy, string Means, string Text)
{
    /// <summary>The plenary meeting at which it happened or was decided.</summary>
    public int? PlenaryMeeting { get; init; }
    /// <summary>On what authority, in words: "by silence procedure of the extended Bureau".</summary>
    public string? Authority { get; init; }
    /// <summary>Who recorded it in Plenary, and when.</summary>
    public string? RecordedBy { get; init; }
    public DateTimeOffset? RecordedAt { get; init; }
}

public sealed record PlenaryMeetingView(int Number, string Name, DateOnly Date, string Day, string? StartsAt, string? EndsAt, string? Time, IReadOnlyList<string> Interpretation);

public sealed record BureauPostView(string Office, string Person, string State, string? RegionalGroup, bool OpenedMeeting, bool PresidedOnBehalfOfChair)
{
    /// <summary>The post's place in the Bureau's list (from 1): what an edit names to remove it.</summary>
    public int Position { get; init; }
}

public sealed record DocumentationView(string? Symbol, string Title, string? Link);

public sealed record AgendaItemView(string Number, string Label, bool IsSubItem, string Title, string? ShortTitle, string? Annotation,
    string AnnotationHtml, IReadOnlyList<DocumentationView> Documentation, IReadOnlyList<string> Panellists)
{
    /// <summary>What the item does at its convening; documents are written from it.</summary>
    public Domain.Agenda.AgendaItemRole Role { get; init; }
}

public sealed record AgendaView(string Status, int? AdoptedAtPlenaryMeeting, IReadOnlyList<AgendaItemView> Items);

public sealed record WorkRowView(int? PlenaryMeeting, string? Item, string Title, bool Continued, bool NonWorking);

public sealed record WorkSlotView(int? PlenaryMeeting, string? Time, IReadOnlyList<WorkRowView> Rows);

public sealed record WorkDayView(DateOnly Date, string Day, IReadOnlyList<WorkSlotView> Slots);

public sealed record MeetingDetails(BodySummary Body, MeetingSummary Meeting, string DatesInText, string? Summary, string SummaryHtml,
    IReadOnlyList<MeetingEventView> History, IReadOnlyList<PlenaryMeetingView> PlenaryMeetings, IReadOnlyList<BureauPostView> Bureau,
    AgendaView Agenda, IReadOnlyList<WorkDayView> OrganizationOfWork, IReadOnlyList<DocumentView> Documents)
{
    public string? PresidingNote { get; init; }

    public Guid MeetingId { get; init; }

    /// <summary>The meeting's version: an edit names it, and one from an older version is refused.</summary>
    public int Version { get; init; }

    /// <summary>"Postponed from 6–8 April 2020 to 27–29 July 2020", when the history moved the meeting's dates.</summary>
    public string? PostponementNote { get; init; }

    /// <summary>What the convening is called on its own: "meeting", "session" or "consultation".</summary>
    public string Noun { get; init; } = "meeting";

    /// <summary>Where it stands in its lifecycle, in words: "planned", "in session", "postponed", "held", "cancelled".</summary>
    public string State { get; init; } = "planned";

    /// <summary>What its sittings are called: "meeting" or "plenary meeting".</summary>
    public string SittingNoun { get; init; } = "meeting";

    /// <summary>The convening this one continues, by name ("Second session"), when it is resumed or reconvened.</summary>
    public string? ContinuesName { get; init; }

    /// <summary>Who opened, presided (on whose behalf) and closed it: officers by their place in the body's list.</summary>
    public PresidingView Presiding { get; init; } = new(null, null, null, null, null, null);

    /// <summary>The warning when the convening plans more plenary meetings than the body's conference services allow with interpretation; null within them.</summary>
    public string? ConferenceServicesWarning { get; init; }
}

/// <summary>Who opened, presided over and closed a convening (officers by position in the body's list), and the sentence the page shows.</summary>
public sealed record PresidingView(int? OpenedBy, string? OpenedByOther, int? PresidedBy, int? OnBehalfOf, int? ClosedBy, string? Text);

public sealed class MeetingQueries(PlenaryDbContext db)
{

    public async Task<IReadOnlyList<MeetingSummary>?> ListAsync(string slug, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id).OrderBy(m => m.Number).ToListAsync(ct);
        return meetings.Select(m => BodyQueries.ToSummary(m, body.Convenes)).ToList();
    }

    public async Task<MeetingDetails?> GetAsync(string slug, int number, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var meeting = await RecordLoader.MeetingsWithEverything(db).AsNoTracking()
            .SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Number == number, ct);
        if (meeting is null) return null;
        var parent = body.ParentId is { } pid ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == pid, ct) : null;
        var meetingCount = await db.Meetings.CountAsync(m => m.BodyId == body.Id, ct);
        var documents = await new DocumentQueries(db).ListAsync(slug, number, ct: ct) ?? [];

        var items = meeting.AgendaInOrder.ToList();
        var agenda = new AgendaView(RecordJson.Name(meeting.AgendaStatus), meeting.AgendaAdoptedAtPlenaryMeeting,
            items.Select(i => new AgendaItemView(i.Number.ToString(), i.Number.Label, i.Number.IsSubItem, i.Title, i.ShortTitle, i.Annotation,
                MarkdownText.ToHtml(i.Annotation),
                i.Documentation.OrderBy(d => d.Position).Select(d => new DocumentationView(d.Symbol, d.Title,
                    d.Symbol is null ? null : DocumentSymbol.Create(d.Symbol).ResolverLink.ToString())).ToList(),
                i.Panellists.OrderBy(p => p.Position).Select(p => p.ToString()).ToList()) { Role = i.Role }).ToList());

        var plenaries = meeting.PlenaryMeetings.OrderBy(p => p.Number).ToList();
        // As in the annex of an annotated agenda: an item's first row carries its full title,
        // the rows where it continues carry the short title.
        var titles = items.ToDictionary(i => i.Number.ToString(), i => i.Title);
        var shortTitles = items.ToDictionary(i => i.Number.ToString(), i => i.ShortTitle ?? i.Title);
        var work = meeting.OrganizationOfWork.OrderBy(r => r.Date).ThenBy(r => r.Position)
            .GroupBy(r => r.Date)
            .Select(day => new WorkDayView(day.Key, Dates.DayHeading(day.Key),
                day.GroupBy(r => r.PlenaryMeetingNumber).Select(slot =>
                {
                    var plenary = plenaries.FirstOrDefault(p => p.Number == slot.Key);
                    return new WorkSlotView(slot.Key, plenary is { StartsAt: { } s, EndsAt: { } e } ? Times.Slot(s, e) : null,
                        slot.Select(r => new WorkRowView(r.PlenaryMeetingNumber, r.AgendaItem,
                            r.NonWorking ? r.Description ?? "" : r.Description ?? (r.Continued ? shortTitles : titles).GetValueOrDefault(r.AgendaItem!, ""),
                            r.Continued, r.NonWorking)).ToList());
                }).ToList()))
            .ToList();

        var body_ = await db.Bodies.AsNoTracking().Include(b => b.Officers).SingleAsync(b => b.Id == body.Id, ct);
        var continued = meeting.Continues is { } c ? await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Number == c, ct) : null;
        var opener = body_.OfficerWith(meeting.OpenedBy ?? Guid.Empty);
        var closer = body_.OfficerWith(meeting.ClosedBy ?? Guid.Empty);
        var officers = body_.OfficersDuring(meeting.StartDate, meeting.EndDate);
        var presiding = body_.OfficerWith(meeting.PresidedBy ?? Guid.Empty);
        var onBehalfOf = body_.OfficerWith(meeting.PresidedOnBehalfOf ?? Guid.Empty);
        // Silence procedures on the convening that ended in no decision are part of its story (an adopted one is an event already).
        var circulated = await db.SilenceProcedures.AsNoTracking().Include(p => p.Steps)
            .Where(p => p.BodyId == body.Id && p.MeetingNumber == number && p.Status != Domain.Decisions.ProcedureStatus.Draft).ToListAsync(ct);
        var procedures = circulated.Select(p => (Procedure: p, Story: Decisions.ProcedureNarrative.Unsuccessful(p, Convenings.The(body.Convenes, meeting), circulated)))
            .Where(x => x.Story is not null)
            .Select(x => new MeetingEventView(x.Story!.Value.On, "silenceProcedure", ProcedureWordsCircle(x.Procedure), "silenceProcedure", x.Story.Value.Text)
            {
                Authority = $"Silence procedure {x.Procedure.Number}, {Domain.Decisions.ProcedureWords.Status(x.Procedure.Status)}",
            }).ToList();
        var moved = meeting.History.Where(e => e.PreviousDates is not null).OrderBy(e => e.OccurredOn).ToList();
        var postponement = moved.Count == 0 ? null
            : $"Postponed from {Dates.Masthead(moved[0].PreviousStart!.Value, moved[0].PreviousEnd!.Value)} to {Dates.Masthead(meeting.StartDate, meeting.EndDate)}.";
        return new MeetingDetails(
            new BodySummary(body.Slug, body.FullName, body.ShortName, body.Secretariat, body.SymbolSeries, parent?.Slug, parent?.FullName, meetingCount) { Convenes = body.Convenes },
            BodyQueries.ToSummary(meeting, body.Convenes),
            Dates.RangeInText(meeting.StartDate, meeting.EndDate),
            meeting.Summary,
            // Summaries are written to complete "At that meeting, the Expert Group ..." (docs/record-format.md), in the body's word.
            MarkdownText.ToHtml(meeting.Summary is { } s ? $"At this {Convenings.KindNoun(body.Convenes, meeting.Kind)}, the {body.ShortName} {Sentences.Continuing(s.Trim())}" : null),
            // Steps recorded in one save share their day and instant: they follow the order of a convening's life (MeetingEventKind).
            meeting.History.OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ThenBy(e => e.Kind).Select(e => new MeetingEventView(e.OccurredOn, RecordJson.Name(e.Kind), e.DecidedBy,
                RecordJson.Name(e.Means), MeetingHistoryText.Describe(e, Convenings.KindNoun(body.Convenes, meeting.Kind),
                    n => Numbers.OrdinalInFigures(meeting.SittingNumber(n)) + " " + Convenings.SittingNoun(body.Convenes)))
            {
                PlenaryMeeting = e.PlenaryMeetingNumber, Authority = MeetingHistoryText.Authority(e), RecordedBy = e.RecordedBy, RecordedAt = e.RecordedAt,
            }).Concat(procedures).OrderBy(e => e.Date).ToList(),
            plenaries.Select(p => new PlenaryMeetingView(p.Number, Numbers.OrdinalInFigures(meeting.SittingNumber(p.Number)) + " " + Convenings.SittingNoun(body.Convenes), p.Date, Dates.DayHeading(p.Date),
                p.StartsAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                p.EndsAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                p is { StartsAt: { } s, EndsAt: { } e } ? Times.Slot(s, e) : null,
                p.InterpretationLanguages)).ToList(),
            officers.Select(o => new BureauPostView(o.Title, o.Person, o.StateName, o.RegionalGroup is { } g ? Plenary.Domain.Participation.RegionalGroups.Name(g) : null, meeting.OpenedBy == o.Id, meeting.PresidedBy == o.Id) { Position = o.Position }).ToList(),
            agenda,
            work,
            documents)
        {
            PostponementNote = postponement,
            State = meeting.StateInWords,
            Noun = Convenings.KindNoun(body.Convenes, meeting.Kind),
            SittingNoun = Convenings.SittingNoun(body.Convenes),
            ContinuesName = continued is null ? null : Convenings.Heading(body.Convenes, continued),
            Presiding = new PresidingView(opener?.Position, meeting.OpenedByOther, presiding?.Position, onBehalfOf?.Position, closer?.Position,
                string.Join(" ", new[]
                {
                    opener is not null ? $"Opened by {opener}, {opener.Title}." : meeting.OpenedByOther is { } other ? $"Opened by {other}." : null,
                    presiding is not null ? $"Presided over by {presiding}, {presiding.Title}{(onBehalfOf is null ? "" : $", on behalf of the {onBehalfOf.Title}, {onBehalfOf}")}." : null,
                    closer is not null ? $"Closed by {closer}, {closer.Title}." : null,
                }.Where(x => x is not null)) is { Length: > 0 } text ? text : null),
            MeetingId = meeting.Id,
            Version = meeting.Version,
            ConferenceServicesWarning = body.ConferenceServicesWarning(meeting),
            PresidingNote = presiding is null ? null
                : $"{presiding}, {presiding.Title}, presided{(onBehalfOf is null ? "" : $" on behalf of the {onBehalfOf.Title}, {onBehalfOf}")}.",
        };
    }

    private static string ProcedureWordsCircle(Domain.Decisions.SilenceProcedure p) => Domain.Decisions.ProcedureWords.Circle(p.Circle);
}
