using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain.Bodies;

namespace Plenary.Application.Bodies;

/// <summary>What a mandate says, as an edit gives it.</summary>
public sealed record MandateInput(MandateKind Kind, string? Symbol, string? Title, string Organ, string? Session, DateOnly? AdoptedOn, string? Reference, string? Requests);

/// <summary>What a workplan says of itself, as an edit gives it.</summary>
public sealed record WorkplanInput(string Title, int StartYear, int EndYear, string? Symbol, int? AdoptedAtMeeting);

/// <summary>One meeting a workplan plans, as an edit gives it.</summary>
public sealed record PlannedMeetingInput(int Year, int? MeetingNumber, IReadOnlyList<string> Topics, bool IsStocktaking, string? Note);

/// <summary>
/// The Secretariat's edits to a body: its details (names, secretariat, symbol series, membership;
/// not the slug, which is in every link), its mandates, its workplans and the meetings they plan.
/// The body and all it holds are one unit of concurrency: each edit names the body's version it was
/// made from, and an edit from an older version is refused and told what changed since.
/// </summary>
public sealed class EditBody(PlenaryDbContext db, EditPipeline pipeline)
{
    public Task<EditResult> UpdateDetailsAsync(string slug, int version, string fullName, string shortName, string? secretariat, string? symbolSeries, Membership membership, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditDetails(fullName, shortName, secretariat, symbolSeries, membership), ct);

    public Task<EditResult> AddMandateAsync(string slug, int version, MandateInput m, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.AddMandate(m.Kind, m.Symbol, m.Title, m.Organ, m.Session, m.AdoptedOn, m.Reference, m.Requests), ct);

    public Task<EditResult> EditMandateAsync(string slug, int version, int position, MandateInput m, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditMandate(position, m.Kind, m.Symbol, m.Title, m.Organ, m.Session, m.AdoptedOn, m.Reference, m.Requests), ct);

    public Task<EditResult> MoveMandateAsync(string slug, int version, int position, int toPosition, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.MoveMandate(position, toPosition), ct);

    public Task<EditResult> RemoveMandateAsync(string slug, int version, int position, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.RemoveMandate(position), ct);

    public Task<EditResult> AddWorkplanAsync(string slug, int version, WorkplanInput w, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.AddWorkplan(w.Title, w.StartYear, w.EndYear, w.Symbol, w.AdoptedAtMeeting), ct);

    public Task<EditResult> EditWorkplanAsync(string slug, int version, Guid workplanId, WorkplanInput w, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditWorkplan(workplanId, w.Title, w.StartYear, w.EndYear, w.Symbol, w.AdoptedAtMeeting), ct);

    public Task<EditResult> RemoveWorkplanAsync(string slug, int version, Guid workplanId, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.RemoveWorkplan(workplanId), ct);

    public Task<EditResult> AddPlannedMeetingAsync(string slug, int version, Guid workplanId, PlannedMeetingInput p, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.WorkplanWith(workplanId).PlanMeeting(p.Year, p.MeetingNumber, p.Topics, p.IsStocktaking, p.Note), ct);

    public Task<EditResult> EditPlannedMeetingAsync(string slug, int version, Guid workplanId, int position, PlannedMeetingInput p, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.WorkplanWith(workplanId).EditPlannedMeeting(position, p.Year, p.MeetingNumber, p.Topics, p.IsStocktaking, p.Note), ct);

    public Task<EditResult> RemovePlannedMeetingAsync(string slug, int version, Guid workplanId, int position, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.WorkplanWith(workplanId).RemovePlannedMeeting(position), ct);

    private Task<EditResult> EditAsync(string slug, int version, Action<Body> edit, CancellationToken ct) =>
        pipeline.EditAsync(new EditTarget<Body>("The body's record",
            ct => db.Bodies.WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct),
            $"There is no body with the slug '{slug}'.")
        {
            PageShows = "the current record",
            FieldOf = FieldOf,
        }, version, edit, ct);

    /// <summary>Which form field a broken rule is about, so the page can show the message next to it.</summary>
    private static string? FieldOf(string code) => code switch
    {
        "body.full_name" => "FullName",
        "body.short_name" => "ShortName",
        "body.secretariat" => "Secretariat",
        "body.symbol_series" => "SymbolSeries",
        "mandate.symbol" or "mandate.duplicate" => "Symbol",
        "mandate.identity" or "mandate.title" or "workplan.title" => "Title",
        "mandate.organ" => "Organ",
        "mandate.session" => "Session",
        "mandate.reference" => "Reference",
        "mandate.position" => "To",
        "workplan.start_year" or "workplan.duplicate" => "StartYear",
        "workplan.period" => "EndYear",
        "workplan.adopted_at" => "AdoptedAtMeeting",
        "workplan.year" => "Year",
        "workplan.meeting" => "MeetingNumber",
        "workplan.topics" or "workplan.topic" => "Topics",
        "workplan.stocktaking" => "IsStocktaking",
        _ when code.StartsWith("symbol.", StringComparison.Ordinal) => "Symbol",
        _ => null,
    };
}
