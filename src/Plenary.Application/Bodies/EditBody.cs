using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Bodies;

/// <summary>What a mandate says, as an edit gives it.</summary>
public sealed record MandateInput(MandateKind Kind, string? Symbol, string? Title, string Organ, string? Session, DateOnly? AdoptedOn, string? Reference, string? Requests);

/// <summary>What a workplan says of itself, as an edit gives it; <see cref="PreliminaryConclusions"/> null keeps what it says.</summary>
public sealed record WorkplanInput(string Title, int StartYear, int EndYear, string? Symbol, int? AdoptedAtMeeting, bool? PreliminaryConclusions = null);

/// <summary>An officer's term as an edit gives it: the State by code or name, the regional group by name (or none: the State's).</summary>
public sealed record OfficerInput(BureauOffice Office, string? OfficeTitle, string Person, string State, string? RegionalGroup,
    DateOnly? ElectedOn, int? ElectedAt, DateOnly? TermEndsOn, bool ForLife)
{
    public OfficerTerm ToTerm() => new(Office, Person, State, RegionalGroup, ElectedOn, ElectedAt, TermEndsOn, ForLife, OfficeTitle);
}

/// <summary>The conference services a body's resources allow: the plenary meetings with interpretation per convening (null: none recorded).</summary>
public sealed record ConferenceServicesInput(int? PlenaryMeetingsWithInterpretation);

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
    /// <summary>
    /// Creates a body (the Administrator's step: a secretariat is then given its role): its slug, names,
    /// secretariat, symbol series, membership and conventions. A slug in use is a clash naming it.
    /// </summary>
    public Task<(EditResult Result, Body? Added)> CreateAsync(string slug, string fullName, string shortName, string? secretariat, string? symbolSeries,
        Membership membership, BodyConventions conventions, CancellationToken ct = default) =>
        pipeline.AddAsync(() =>
            {
                var body = Body.Create(slug, fullName, shortName, secretariat, symbolSeries, membership);
                body.SetConventions(conventions);
                return body;
            },
            async b => await db.Bodies.AnyAsync(x => x.Slug == b.Slug, ct) ? SlugTaken(b.Slug) : null,
            code => code == "body.slug" ? "Slug" : FieldOf(code), b => SlugTaken(b.Slug), ct);

    private static EditResult SlugTaken(string slug) =>
        EditResult.Clash($"A body with the slug '{slug}' already exists; the slug names one body in every link, so choose another.", "Slug");

    /// <param name="conventions">How the body's documents are written; null keeps them.</param>
    /// <param name="services">The conference services its resources allow; null keeps them.</param>
    public Task<EditResult> UpdateDetailsAsync(string slug, int version, string fullName, string shortName, string? secretariat, string? symbolSeries, Membership membership,
        BodyConventions? conventions = null, ConferenceServicesInput? services = null, CancellationToken ct = default) =>
        EditAsync(slug, version, b =>
        {
            b.EditDetails(fullName, shortName, secretariat, symbolSeries, membership);
            if (conventions is not null) b.SetConventions(conventions);
            if (services is not null) b.SetConferenceServices(services.PlenaryMeetingsWithInterpretation);
        }, ct);

    public Task<EditResult> ElectOfficerAsync(string slug, int version, OfficerInput o, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.ElectOfficer(o.ToTerm()), ct);

    public Task<EditResult> EditOfficerAsync(string slug, int version, int position, OfficerInput o, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditOfficer(position, o.ToTerm()), ct);

    /// <summary>Elects a successor to the officer at <paramref name="position"/>; that term ends the day before.</summary>
    public Task<EditResult> ReplaceOfficerAsync(string slug, int version, int position, OfficerInput successor, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.ReplaceOfficer(position, successor.ToTerm()), ct);

    /// <summary>Removes an officer, unless a convening of the body names them as having opened, presided over or closed it.</summary>
    public Task<EditResult> RemoveOfficerAsync(string slug, int version, int position, CancellationToken ct = default) =>
        pipeline.EditAsync(Target(slug), version, async b =>
        {
            var officer = b.OfficerAt(position).Id;
            var named = await db.Meetings.AsNoTracking()
                .Where(m => m.BodyId == b.Id && (m.OpenedBy == officer || m.PresidedBy == officer || m.PresidedOnBehalfOf == officer || m.ClosedBy == officer))
                .OrderBy(m => m.StartDate).ToListAsync(ct);
            b.RemoveOfficer(position, named.Select(m => Convenings.The(b.Convenes, m)).ToList());
            return null;
        }, ct);

    public Task<EditResult> SeatInExtendedBureauAsync(string slug, int version, ExtendedBureauSeat seat, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.SeatInExtendedBureau(seat), ct);

    public Task<EditResult> EditExtendedBureauSeatAsync(string slug, int version, int position, ExtendedBureauSeat seat, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditExtendedBureauSeat(position, seat), ct);

    public Task<EditResult> RemoveExtendedBureauSeatAsync(string slug, int version, int position, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.RemoveExtendedBureauSeat(position), ct);

    public Task<EditResult> AddMandateAsync(string slug, int version, MandateInput m, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.AddMandate(m.Kind, m.Symbol, m.Title, m.Organ, m.Session, m.AdoptedOn, m.Reference, m.Requests), ct);

    public Task<EditResult> EditMandateAsync(string slug, int version, int position, MandateInput m, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditMandate(position, m.Kind, m.Symbol, m.Title, m.Organ, m.Session, m.AdoptedOn, m.Reference, m.Requests), ct);

    public Task<EditResult> MoveMandateAsync(string slug, int version, int position, int toPosition, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.MoveMandate(position, toPosition), ct);

    public Task<EditResult> RemoveMandateAsync(string slug, int version, int position, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.RemoveMandate(position), ct);

    public Task<EditResult> AddWorkplanAsync(string slug, int version, WorkplanInput w, CancellationToken ct = default) =>
        EditAsync(slug, version, b =>
        {
            var workplan = b.AddWorkplan(w.Title, w.StartYear, w.EndYear, w.Symbol, w.AdoptedAtMeeting);
            if (w.PreliminaryConclusions is { } provides) workplan.ProvideForPreliminaryConclusions(provides);
        }, ct);

    public Task<EditResult> EditWorkplanAsync(string slug, int version, Guid workplanId, WorkplanInput w, CancellationToken ct = default) =>
        EditAsync(slug, version, b =>
        {
            var workplan = b.EditWorkplan(workplanId, w.Title, w.StartYear, w.EndYear, w.Symbol, w.AdoptedAtMeeting);
            if (w.PreliminaryConclusions is { } provides) workplan.ProvideForPreliminaryConclusions(provides);
        }, ct);

    public Task<EditResult> RemoveWorkplanAsync(string slug, int version, Guid workplanId, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.RemoveWorkplan(workplanId), ct);

    public Task<EditResult> AddPlannedMeetingAsync(string slug, int version, Guid workplanId, PlannedMeetingInput p, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.PlanInWorkplan(workplanId, p.Year, p.MeetingNumber, p.Topics, p.IsStocktaking, p.Note), ct);

    public Task<EditResult> EditPlannedMeetingAsync(string slug, int version, Guid workplanId, int position, PlannedMeetingInput p, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.EditPlannedInWorkplan(workplanId, position, p.Year, p.MeetingNumber, p.Topics, p.IsStocktaking, p.Note), ct);

    public Task<EditResult> RemovePlannedMeetingAsync(string slug, int version, Guid workplanId, int position, CancellationToken ct = default) =>
        EditAsync(slug, version, b => b.RemovePlannedFromWorkplan(workplanId, position), ct);

    private Task<EditResult> EditAsync(string slug, int version, Action<Body> edit, CancellationToken ct) =>
        pipeline.EditAsync(Target(slug), version, edit, ct);

    private EditTarget<Body> Target(string slug) => new("The body's record",
        ct => db.Bodies.WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct),
        $"There is no body with the slug '{slug}'.")
    {
        PageShows = "the current record",
        FieldOf = FieldOf,
    };

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
        "body.report_title" => "ReportTitle",
        "body.sitting_numbering" => "SittingNumbering",
        "body.plenary_meetings_with_interpretation" => "PlenaryMeetingsWithInterpretation",
        "symbol_pattern.agenda" => "AgendaSymbolPattern",
        "symbol_pattern.report" => "ReportSymbolPattern",
        "symbol_pattern.list_of_participants" => "ListOfParticipantsSymbolPattern",
        "symbol_pattern.conference_room_paper" => "ConferenceRoomPaperSymbolPattern",
        "symbol_pattern.limited" => "LimitedSymbolPattern",
        "officer.person" or "extended_bureau.person" => "Person",
        "officer.state" or "extended_bureau.state" => "State",
        "officer.regional_group" or "extended_bureau.regional_group" => "RegionalGroup",
        "officer.office" or "officer.replaced" => "Office",
        "officer.office_title" => "OfficeTitle",
        "officer.elected_on" => "ElectedOn",
        "officer.elected_at" => "ElectedAt",
        "officer.term" => "TermEndsOn",
        "extended_bureau.organization" => "Organization",
        "extended_bureau.until" => "Until",
        "extended_bureau.from" => "From",
        "extended_bureau.role" => "Role",
        "mandate.kind" => "Kind",
        "mandate.adopted_on" => "AdoptedOn",
        "mandate.requests" => "Requests",
        "workplan.note" => "Note",
        "body.membership" => "Membership",
        "body.convenes" => "Convenes",
        "body.participants" => "Participants",
        _ when code.StartsWith("symbol.", StringComparison.Ordinal) => "Symbol",
        _ => null,
    };
}
