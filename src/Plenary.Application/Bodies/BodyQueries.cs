using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Editorial;
using Plenary.Domain.Participation;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Bodies;

public sealed record BodySummary(string Slug, string FullName, string ShortName, string? Secretariat, string? SymbolSeries, string? ParentSlug, string? ParentName, int Meetings)
{
    /// <summary>What the body convenes: meetings or sessions.</summary>
    public Convenes Convenes { get; init; }

    /// <summary>"meeting" or "session", for the pages' own words.</summary>
    public string Noun => Convenings.Noun(Convenes);
}

/// <summary>How the body's documents are written (see BodyConventions), as pages and the API show it.</summary>
public sealed record ConventionsView(Convenes Convenes, SittingNumbering SittingNumbering, ParticipantTerm Participants, string? ReportTitle,
    string ReportTitlePattern, bool NoDocumentationNote, string? AgendaSymbolPattern, string? ReportSymbolPattern, string? ListOfParticipantsSymbolPattern,
    string? ConferenceRoomPaperSymbolPattern, string? LimitedSymbolPattern);

/// <summary>The conference services the body's resources allow: plenary meetings with interpretation per convening (null: none recorded).</summary>
public sealed record ConferenceServicesView(int? PlenaryMeetingsWithInterpretation);

/// <summary>An officer's term as pages and the API show it; <see cref="Position"/> is how an edit names the officer.</summary>
public sealed record OfficerView(int Position, BureauOffice Office, string Title, string? OfficeTitle, string Person, string State, string StateName,
    string? RegionalGroup, DateOnly? ElectedOn, int? ElectedAt, string? ElectedAtName, DateOnly? TermEndsOn, bool ForLife, string? ReplacedBy, string Term);

/// <summary>A seat in the extended Bureau besides the officers; <see cref="Position"/> is how an edit names it.</summary>
public sealed record ExtendedBureauSeatView(int Position, ExtendedBureauRole Role, string? RegionalGroup, string? State, string? StateName, string? Person,
    string? Organization, DateOnly? From, DateOnly? Until, string Label, string Period);

public sealed record MandateView(string Kind, string? Symbol, string? Title, string Organ, string? Session, DateOnly? AdoptedOn, string? Reference, string? Requests, string? ResolverLink)
{
    /// <summary>The mandate's place in the body's list, counted from 1: how an edit names it.</summary>
    public int Position { get; init; }

    /// <summary>How the mandate is named in a list: "General Assembly resolution 65/230" or the declaration's title.</summary>
    public string Label { get; init; } = "";
}

public sealed record MeetingSummary(int Number, string Name, DateOnly StartDate, DateOnly EndDate, string Dates, string Venue,
    MeetingFormat Format, MeetingStatus Status, bool Stocktaking, IReadOnlyList<string> Topics, string? ReportSymbol)
{
    public ConveningKind Kind { get; init; }
    /// <summary>The ordinal in its name; a regular convening's is usually its number.</summary>
    public int? Ordinal { get; init; }
    public string? Designation { get; init; }
    /// <summary>The number of the convening a resumed or reconvened one continues.</summary>
    public int? Continues { get; init; }
    public int FirstPlenaryMeetingNumber { get; init; } = 1;
    public bool SummaryByChair { get; init; }
}

public sealed record PlannedMeetingView(int Year, int? MeetingNumber, IReadOnlyList<string> Topics, bool Stocktaking, string? Note)
{
    /// <summary>The planned meeting's place in its workplan, counted from 1: how an edit names it.</summary>
    public int Position { get; init; }
}

public sealed record WorkplanView(string Title, int StartYear, int EndYear, string? Symbol, int? AdoptedAtMeeting, IReadOnlyList<PlannedMeetingView> PlannedMeetings)
{
    /// <summary>Whether the Rapporteur prepares a list of preliminary conclusions and recommendations at each convening it plans.</summary>
    public bool PreliminaryConclusions { get; init; }

    /// <summary>How an edit names the workplan.</summary>
    public Guid Id { get; init; }
}

public sealed record BodyDetails(BodySummary Body, Membership Membership, IReadOnlyList<MandateView> Mandates,
    IReadOnlyList<WorkplanView> Workplans, IReadOnlyList<MeetingSummary> Meetings)
{
    public ConventionsView Conventions { get; init; } = null!;
    public ConferenceServicesView ConferenceServices { get; init; } = new(null);
    public IReadOnlyList<OfficerView> Officers { get; init; } = [];
    public IReadOnlyList<ExtendedBureauSeatView> ExtendedBureau { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid BodyId { get; init; }

    /// <summary>The body's version (it counts edits to the body, its mandates and workplans): what an edit names.</summary>
    public int Version { get; init; }
}

public sealed class BodyQueries(PlenaryDbContext db)
{
    public async Task<IReadOnlyList<BodySummary>> ListAsync(CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.FullName).ToListAsync(ct);
        var counts = await db.Meetings.GroupBy(m => m.BodyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return bodies.Select(b => Summary(b, bodies.FirstOrDefault(p => p.Id == b.ParentId), counts.GetValueOrDefault(b.Id))).ToList();
    }

    public async Task<BodyDetails?> GetAsync(string slug, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var parent = body.ParentId is { } pid ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == pid, ct) : null;
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id).OrderBy(m => m.Number).ToListAsync(ct);
        return new BodyDetails(
            Summary(body, parent, meetings.Count),
            body.Membership,
            body.Mandates.OrderBy(m => m.Position).Select(ToView).ToList(),
            body.Workplans.OrderBy(w => w.StartYear).ThenBy(w => w.EndYear).Select(w => new WorkplanView(w.Title, w.StartYear, w.EndYear, w.Symbol, w.AdoptedAtMeeting,
                w.PlannedMeetings.OrderBy(p => p.Position).Select(p => new PlannedMeetingView(p.Year, p.MeetingNumber, p.Topics, p.IsStocktaking, p.Note) { Position = p.Position }).ToList()) { Id = w.Id, PreliminaryConclusions = w.PreliminaryConclusions }).ToList(),
            meetings.Select(m => ToSummary(m, body.Convenes)).ToList())
        {
            BodyId = body.Id,
            Version = body.Version,
            Conventions = new ConventionsView(body.Convenes, body.SittingNumbering, body.Participants, body.ReportTitle, body.ReportTitlePattern, body.NoDocumentationNote,
                body.AgendaSymbolPattern, body.ReportSymbolPattern, body.ListOfParticipantsSymbolPattern, body.ConferenceRoomPaperSymbolPattern, body.LimitedSymbolPattern),
            ConferenceServices = new ConferenceServicesView(body.PlenaryMeetingsWithInterpretation),
            Officers = body.Officers.OrderBy(o => o.Position).Select(o => ToView(body, o, meetings)).ToList(),
            ExtendedBureau = body.ExtendedBureau.OrderBy(e => e.Position).Select(e => new ExtendedBureauSeatView(e.Position, e.Role,
                e.RegionalGroup is { } g ? RegionalGroups.Name(g) : null, e.State, e.StateName, e.Person, e.Organization, e.From, e.Until, e.ToString(), Period(e.From, e.Until))).ToList(),
        };
    }

    /// <summary>A convening as lists show it, named as the body names it ("Resumed second session").</summary>
    public static MeetingSummary ToSummary(Meeting m, Convenes convenes) => new(m.Number, Convenings.Heading(convenes, m), m.StartDate, m.EndDate,
        Dates.Masthead(m.StartDate, m.EndDate), m.Venue, m.Format, m.Status, m.IsStocktaking, m.Topics, m.ReportSymbol)
    {
        Kind = m.Kind, Ordinal = m.Ordinal, Designation = m.Designation, Continues = m.Continues,
        FirstPlenaryMeetingNumber = m.FirstSittingNumber, SummaryByChair = m.SummaryByChair,
    };

    /// <summary>A convening a workplan plans, by its number: "Seventh meeting", "Third session".</summary>
    public static string PlannedName(Convenes convenes, int number) => Convenings.Heading(convenes, ConveningKind.Regular, number, null);

    private static OfficerView ToView(Body body, Officer o, IReadOnlyList<Meeting> meetings)
    {
        var electedAt = o.ElectedAtConvening is { } n ? meetings.FirstOrDefault(m => m.Number == n) : null;
        var end = body.TermEndOf(o);
        var term = o.ForBodysLife ? $"for the life of the {body.ShortName}{(o.ElectedOn is { } since ? $", from {Dates.Day(since)}" : "")}"
            : Period(o.ElectedOn, end) is { Length: > 0 } period ? period : "term not recorded";
        return new OfficerView(o.Position, o.Office, o.Title, o.OfficeTitle, o.Person, o.State, o.StateName,
            o.RegionalGroup is { } g ? RegionalGroups.Name(g) : null, o.ElectedOn, o.ElectedAtConvening,
            electedAt is null ? null : Convenings.Heading(body.Convenes, electedAt), o.TermEndsOn, o.ForBodysLife,
            o.ReplacedBy is { } next ? body.OfficerWith(next)?.ToString() : null, term);
    }

    private static string Period(DateOnly? from, DateOnly? until) => (from, until) switch
    {
        // "from 1 to 31 August 2022", "on 24 and 25 March 2022", as UN texts write a period.
        ({ } f, { } u) when u >= f => Dates.RangeInText(f, u),
        ({ } f, { } u) => $"{Dates.Day(f)} to {Dates.Day(u)}",
        ({ } f, null) => $"from {Dates.Day(f)}",
        (null, { } u) => $"until {Dates.Day(u)}",
        _ => "",
    };

    private static BodySummary Summary(Body b, Body? parent, int meetings) =>
        new(b.Slug, b.FullName, b.ShortName, b.Secretariat, b.SymbolSeries, parent?.Slug, parent?.FullName, meetings) { Convenes = b.Convenes };

    private static MandateView ToView(Mandate m) => new(m.Kind.ToString(), m.Symbol, m.Title, m.Organ, m.Session, m.AdoptedOn, m.Reference, m.Requests,
        m.Symbol is null ? null : Domain.Documents.DocumentSymbol.Create(m.Symbol).ResolverLink.ToString())
    {
        Position = m.Position,
        Label = m.Kind switch
        {
            MandateKind.Resolution or MandateKind.Decision when m.Number is { } n =>
                $"{m.Organ} {m.Kind.ToString().ToLowerInvariant()} {n}",
            _ => m.Title ?? m.Symbol ?? "",
        },
    };
}
