using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Bodies;

public sealed record BodySummary(string Slug, string FullName, string ShortName, string? Secretariat, string? SymbolSeries, string? ParentSlug, string? ParentName, int Meetings);

public sealed record MandateView(string Kind, string? Symbol, string? Title, string Organ, string? Session, DateOnly? AdoptedOn, string? Reference, string? Requests, string? ResolverLink)
{
    /// <summary>The mandate's place in the body's list, counted from 1: how an edit names it.</summary>
    public int Position { get; init; }

    /// <summary>How the mandate is named in a list: "General Assembly resolution 65/230" or the declaration's title.</summary>
    public string Label { get; init; } = "";
}

public sealed record MeetingSummary(int Number, string Name, DateOnly StartDate, DateOnly EndDate, string Dates, string Venue,
    MeetingFormat Format, MeetingStatus Status, bool Stocktaking, IReadOnlyList<string> Topics, string? ReportSymbol);

public sealed record PlannedMeetingView(int Year, int? MeetingNumber, IReadOnlyList<string> Topics, bool Stocktaking, string? Note)
{
    /// <summary>The planned meeting's place in its workplan, counted from 1: how an edit names it.</summary>
    public int Position { get; init; }
}

public sealed record WorkplanView(string Title, int StartYear, int EndYear, string? Symbol, int? AdoptedAtMeeting, IReadOnlyList<PlannedMeetingView> PlannedMeetings)
{
    /// <summary>How an edit names the workplan.</summary>
    public Guid Id { get; init; }
}

public sealed record BodyDetails(BodySummary Body, Membership Membership, IReadOnlyList<MandateView> Mandates,
    IReadOnlyList<WorkplanView> Workplans, IReadOnlyList<MeetingSummary> Meetings)
{
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
                w.PlannedMeetings.OrderBy(p => p.Position).Select(p => new PlannedMeetingView(p.Year, p.MeetingNumber, p.Topics, p.IsStocktaking, p.Note) { Position = p.Position }).ToList()) { Id = w.Id }).ToList(),
            meetings.Select(ToSummary).ToList()) { BodyId = body.Id, Version = body.Version };
    }

    public static MeetingSummary ToSummary(Meeting m) => new(m.Number, MeetingName(m.Number), m.StartDate, m.EndDate,
        Dates.Masthead(m.StartDate, m.EndDate), m.Venue, m.Format, m.Status, m.IsStocktaking, m.Topics, m.ReportSymbol);

    /// <summary>"Seventh meeting": meetings of a body are numbered in words.</summary>
    public static string MeetingName(int number)
    {
        return Sentences.Opening(Numbers.OrdinalInWords(number)) + " meeting";
    }

    private static BodySummary Summary(Body b, Body? parent, int meetings) =>
        new(b.Slug, b.FullName, b.ShortName, b.Secretariat, b.SymbolSeries, parent?.Slug, parent?.FullName, meetings);

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
