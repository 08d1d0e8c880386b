using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Bodies;

public sealed record BodyDetailsBody(int? Version, string? FullName, string? ShortName, string? Secretariat, string? SymbolSeries, Membership? Membership,
    ConventionsBody? Conventions = null, ConferenceServicesBody? ConferenceServices = null) : IVersionedBody;

/// <summary>The plenary meetings with interpretation the body's resources allow per convening (null: none recorded); left out of a PUT, they stay as they are.</summary>
public sealed record ConferenceServicesBody(int? PlenaryMeetingsWithInterpretation);

/// <summary>How a body's documents are written; left out of a PUT, they stay as they are.</summary>
public sealed record ConventionsBody(Convenes? Convenes, SittingNumbering? SittingNumbering, ParticipantTerm? Participants, string? ReportTitle, bool? NoDocumentationNote,
    string? AgendaSymbolPattern, string? ReportSymbolPattern, string? ListOfParticipantsSymbolPattern, string? ConferenceRoomPaperSymbolPattern, string? LimitedSymbolPattern)
{
    public BodyConventions ToConventions() => new(Convenes ?? Domain.Bodies.Convenes.Meetings, SittingNumbering ?? Domain.Bodies.SittingNumbering.WithinConvening,
        Participants ?? ParticipantTerm.Representatives, ReportTitle, NoDocumentationNote ?? false,
        new SymbolPatterns(AgendaSymbolPattern, ReportSymbolPattern, ListOfParticipantsSymbolPattern, ConferenceRoomPaperSymbolPattern, LimitedSymbolPattern));
}

/// <summary>A new body (the Administrator's write).</summary>
public sealed record NewBodyBody(string? Slug, string? FullName, string? ShortName, string? Secretariat, string? SymbolSeries, Membership? Membership, ConventionsBody? Conventions);

/// <summary>An officer's term: the State by code or name, the regional group by name (or none: the State's), the convening elected at by number.</summary>
public sealed record OfficerBody(int? Version, BureauOffice? Office, string? OfficeTitle, string? Person, string? State, string? RegionalGroup,
    DateOnly? ElectedOn, int? ElectedAt, DateOnly? TermEndsOn, bool? ForLife) : IVersionedBody;

public sealed record ExtendedBureauSeatBody(int? Version, ExtendedBureauRole? Role, string? RegionalGroup, string? State, string? Person, string? Organization,
    DateOnly? From, DateOnly? Until) : IVersionedBody;
public sealed record MandateBody(int? Version, MandateKind? Kind, string? Symbol, string? Title, string? Organ, string? Session, DateOnly? AdoptedOn, string? Reference, string? Requests) : IVersionedBody;
public sealed record WorkplanBody(int? Version, string? Title, int? StartYear, int? EndYear, string? Symbol, int? AdoptedAtMeeting, bool? PreliminaryConclusions = null) : IVersionedBody;
public sealed record PlannedMeetingBody(int? Version, int? Year, int? MeetingNumber, IReadOnlyList<string>? Topics, bool? Stocktaking, string? Note) : IVersionedBody;

/// <summary>
/// A body's writes through the API (its details, mandates, workplans and planned meetings), for a
/// personal access token of the body's Secretariat. Mandates are named by their position (1, 2 ...),
/// workplans by their id, planned meetings by their position in the workplan; all as GET /api/v1/bodies/{slug} gives them.
/// </summary>
public static class BodiesApi
{
    private const string Body = "/bodies/{slug}";
    private const string ReadFrom = "/api/v1/bodies/{slug}";

    public static void MapBodiesApi(this RouteGroupBuilder api)
    {
        api.MapPut(Body, async (string slug, BodyDetailsBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.FullName)) return Problems.BadParameter("fullName", "Give the body's full name.");
                if (string.IsNullOrWhiteSpace(body.ShortName)) return Problems.BadParameter("shortName", "Give the body's short name, such as Expert Group.");
                if (body.Membership is not { } membership) return Problems.BadParameter("membership", "Give the membership: openEnded or listed.");
                return Problems.FromEdit(await edit.UpdateDetailsAsync(slug, version, body.FullName, body.ShortName, body.Secretariat, body.SymbolSeries, membership,
                    body.Conventions?.ToConventions(),
                    body.ConferenceServices is { } services ? new ConferenceServicesInput(services.PlenaryMeetingsWithInterpretation) : null, ct));
            })
            .AsRecordWrite("UpdateBody", "Changes a body's full and short names, secretariat, symbol series and membership (the slug stays), and, when given, its conventions: what it convenes, how it numbers sittings, what it calls participants, its report title, its no-documentation notes and symbol patterns; "
                + "and, when given, its conferenceServices: plenaryMeetingsWithInterpretation, the plenary meetings with interpretation its resources allow per convening (a whole number from 1, or null for none).", ReadFrom);

        api.MapPost("/bodies", async (NewBodyBody? body, EditBody edit, CancellationToken ct) =>
            {
                if (body is null || string.IsNullOrWhiteSpace(body.Slug)) return Problems.BadParameter("slug", "Give the body's slug: lowercase letters, digits and hyphens, such as ahc-hydrological-data.");
                if (string.IsNullOrWhiteSpace(body.FullName)) return Problems.BadParameter("fullName", "Give the body's full name.");
                if (string.IsNullOrWhiteSpace(body.ShortName)) return Problems.BadParameter("shortName", "Give the body's short name, such as Ad Hoc Committee.");
                var (result, added) = await edit.CreateAsync(body.Slug, body.FullName, body.ShortName, body.Secretariat, body.SymbolSeries,
                    body.Membership ?? Membership.OpenEnded, body.Conventions?.ToConventions() ?? new BodyConventions(), ct);
                return Problems.FromEdit(result, created: added is null ? null : $"/api/v1/bodies/{added.Slug}");
            })
            .AsRecordWrite("CreateBody", "Creates a body with its conventions (Administrator only); its Secretariat is then given its role.", null,
                scope: _ => Task.FromResult<IResult?>(null), policy: Policies.Administrator);

        api.MapPost(Body + "/officers", async (string slug, OfficerBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (OfficerInputOf(body) is not { } input) return OfficerMissing(body);
                return Problems.FromEdit(await edit.ElectOfficerAsync(slug, version, input, ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("ElectOfficer", "Records an officer's election: office, person, State, regional group, elected on and at which convening, until when or for the body's life.", ReadFrom);

        api.MapPut(Body + "/officers/{position:int}", async (string slug, int position, OfficerBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (OfficerInputOf(body) is not { } input) return OfficerMissing(body);
                return Problems.FromEdit(await edit.EditOfficerAsync(slug, version, position, input, ct));
            })
            .AsRecordWrite("EditOfficer", "Replaces what the record says of the officer at a position (1, 2 ... as the body's officers list them).", ReadFrom);

        api.MapPost(Body + "/officers/{position:int}/successor", async (string slug, int position, OfficerBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (OfficerInputOf(body with { Office = body.Office ?? BureauOffice.Chair }) is not { } input) return OfficerMissing(body);
                if (body.ElectedOn is null) return Problems.BadParameter("electedOn", "Give the date on which the successor was elected; the term in place ends the day before.");
                return Problems.FromEdit(await edit.ReplaceOfficerAsync(slug, version, position, input, ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("ReplaceOfficer", "Elects a successor to the officer at a position (same office); that term ends the day before the successor's election.", ReadFrom);

        api.MapDelete(Body + "/officers/{position:int}", async (string slug, int position, [FromQuery] int? version, EditBody edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveOfficerAsync(slug, v, position, ct));
            })
            .AsRecordWrite("RemoveOfficer", "Removes an officer from the record (refused while a convening names them as having opened, presided over or closed it). The version is a query parameter (?version=N).", ReadFrom);

        api.MapPost(Body + "/extended-bureau", async (string slug, ExtendedBureauSeatBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Role is not { } role) return Problems.BadParameter("role", "Give the seat's role: regionalGroupChair or standingInvitee.");
                return Problems.FromEdit(await edit.SeatInExtendedBureauAsync(slug, version, SeatOf(body, role), ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("SeatInExtendedBureau", "Adds a seat to the extended Bureau besides the officers: a regional group's chair or a standing invitee, for a period.", ReadFrom);

        api.MapPut(Body + "/extended-bureau/{position:int}", async (string slug, int position, ExtendedBureauSeatBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Role is not { } role) return Problems.BadParameter("role", "Give the seat's role: regionalGroupChair or standingInvitee.");
                return Problems.FromEdit(await edit.EditExtendedBureauSeatAsync(slug, version, position, SeatOf(body, role), ct));
            })
            .AsRecordWrite("EditExtendedBureauSeat", "Replaces the extended Bureau seat at a position (1, 2 ... as the body's extendedBureau lists them).", ReadFrom);

        api.MapDelete(Body + "/extended-bureau/{position:int}", async (string slug, int position, [FromQuery] int? version, EditBody edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveExtendedBureauSeatAsync(slug, v, position, ct));
            })
            .AsRecordWrite("RemoveExtendedBureauSeat", "Removes an extended Bureau seat; those after it move up one place. The version is a query parameter (?version=N).", ReadFrom);

        api.MapPost(Body + "/mandates", async (string slug, MandateBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (MandateInputOf(body) is not { } input) return MandateMissing(body);
                return Problems.FromEdit(await edit.AddMandateAsync(slug, version, input, ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("AddMandate", "Adds a mandate at the end of the body's list.", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPut(Body + "/mandates/{position:int}", async (string slug, int position, MandateBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (MandateInputOf(body) is not { } input) return MandateMissing(body);
                return Problems.FromEdit(await edit.EditMandateAsync(slug, version, position, input, ct));
            })
            .AsRecordWrite("EditMandate", "Replaces what the mandate at a position (1, 2 ...) says.", ReadFrom);

        api.MapDelete(Body + "/mandates/{position:int}", async (string slug, int position, [FromQuery] int? version, EditBody edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveMandateAsync(slug, v, position, ct));
            })
            .AsRecordWrite("RemoveMandate", "Removes the mandate at a position; those after it move up one place. The version is a query parameter (?version=N).", ReadFrom);

        api.MapPost(Body + "/workplans", async (string slug, WorkplanBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (WorkplanInputOf(body) is not { } input) return WorkplanMissing(body);
                return Problems.FromEdit(await edit.AddWorkplanAsync(slug, version, input, ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("AddWorkplan", "Adds a workplan for a period; GET the body for its id.", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPut(Body + "/workplans/{workplan:guid}", async (string slug, Guid workplan, WorkplanBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (WorkplanInputOf(body) is not { } input) return WorkplanMissing(body);
                return Problems.FromEdit(await edit.EditWorkplanAsync(slug, version, workplan, input, ct));
            })
            .AsRecordWrite("EditWorkplan", "Replaces a workplan's title, period, symbol and adopting meeting; its planned meetings must stay inside the period.", ReadFrom);

        api.MapDelete(Body + "/workplans/{workplan:guid}", async (string slug, Guid workplan, [FromQuery] int? version, EditBody edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveWorkplanAsync(slug, v, workplan, ct));
            })
            .AsRecordWrite("RemoveWorkplan", "Removes a workplan with the meetings it plans. The version is a query parameter (?version=N).", ReadFrom);

        api.MapPost(Body + "/workplans/{workplan:guid}/planned-meetings", async (string slug, Guid workplan, PlannedMeetingBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Year is not { } year) return Problems.BadParameter("year", "Give the year of the planned convening, such as 2019.");
                return Problems.FromEdit(await edit.AddPlannedMeetingAsync(slug, version, workplan, PlannedInputOf(body, year), ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("AddPlannedMeeting", "Plans a meeting in a workplan: its year, number, topics, whether it is the stocktaking meeting.", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPut(Body + "/workplans/{workplan:guid}/planned-meetings/{position:int}", async (string slug, Guid workplan, int position, PlannedMeetingBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Year is not { } year) return Problems.BadParameter("year", "Give the year of the planned convening, such as 2019.");
                return Problems.FromEdit(await edit.EditPlannedMeetingAsync(slug, version, workplan, position, PlannedInputOf(body, year), ct));
            })
            .AsRecordWrite("EditPlannedMeeting", "Replaces the planned meeting at a position (1, 2 ...) of a workplan.", ReadFrom);

        api.MapDelete(Body + "/workplans/{workplan:guid}/planned-meetings/{position:int}", async (string slug, Guid workplan, int position, [FromQuery] int? version, EditBody edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemovePlannedMeetingAsync(slug, v, workplan, position, ct));
            })
            .AsRecordWrite("RemovePlannedMeeting", "Removes a planned meeting from a workplan; those after it move up one place. The version is a query parameter (?version=N).", ReadFrom);
    }

    private static MandateInput? MandateInputOf(MandateBody b) =>
        b.Kind is { } kind && !string.IsNullOrWhiteSpace(b.Organ) ? new(kind, b.Symbol, b.Title, b.Organ, b.Session, b.AdoptedOn, b.Reference, b.Requests) : null;

    private static IResult MandateMissing(MandateBody b) => b.Kind is null
        ? Problems.BadParameter("kind", "Give the kind of mandate: resolution, decision, declaration or document.")
        : Problems.BadParameter("organ", "Give the organ that adopted or issued the mandate, such as General Assembly.");

    private static WorkplanInput? WorkplanInputOf(WorkplanBody b) =>
        !string.IsNullOrWhiteSpace(b.Title) && b.StartYear is { } start && b.EndYear is { } end ? new(b.Title, start, end, b.Symbol, b.AdoptedAtMeeting, b.PreliminaryConclusions) : null;

    private static OfficerInput? OfficerInputOf(OfficerBody b) =>
        b.Office is { } office && !string.IsNullOrWhiteSpace(b.Person) && !string.IsNullOrWhiteSpace(b.State)
            ? new(office, b.OfficeTitle, b.Person, b.State, b.RegionalGroup, b.ElectedOn, b.ElectedAt, b.TermEndsOn, b.ForLife ?? false)
            : null;

    private static IResult OfficerMissing(OfficerBody b) =>
        b.Office is null ? Problems.BadParameter("office", "Give the office: president, chair, viceChair, rapporteur, viceChairCumRapporteur or other.")
        : string.IsNullOrWhiteSpace(b.Person) ? Problems.BadParameter("person", "Give the officer's name as it is printed, with honorifics.")
        : Problems.BadParameter("state", "Give the officer's State, by name or three-letter code, such as Morocco or MAR.");

    private static Domain.Bureau.ExtendedBureauSeat SeatOf(ExtendedBureauSeatBody b, ExtendedBureauRole role) =>
        new(role, b.RegionalGroup, b.State, b.Person, b.Organization, b.From, b.Until);

    private static IResult WorkplanMissing(WorkplanBody b) =>
        string.IsNullOrWhiteSpace(b.Title) ? Problems.BadParameter("title", "Give the workplan's title.")
        : b.StartYear is null ? Problems.BadParameter("startYear", "Give the workplan's first year, such as 2018.")
        : Problems.BadParameter("endYear", "Give the workplan's last year, such as 2021.");

    private static PlannedMeetingInput PlannedInputOf(PlannedMeetingBody b, int year) => new(year, b.MeetingNumber, b.Topics ?? [], b.Stocktaking ?? false, b.Note);
}
