using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bodies;

using Plenary.Web.Api;

namespace Plenary.Web.Api.Bodies;

public sealed record BodyDetailsBody(int? Version, string? FullName, string? ShortName, string? Secretariat, string? SymbolSeries, Membership? Membership) : IVersionedBody;
public sealed record MandateBody(int? Version, MandateKind? Kind, string? Symbol, string? Title, string? Organ, string? Session, DateOnly? AdoptedOn, string? Reference, string? Requests) : IVersionedBody;
public sealed record WorkplanBody(int? Version, string? Title, int? StartYear, int? EndYear, string? Symbol, int? AdoptedAtMeeting) : IVersionedBody;
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
                return Problems.FromEdit(await edit.UpdateDetailsAsync(slug, version, body.FullName, body.ShortName, body.Secretariat, body.SymbolSeries, membership, ct));
            })
            .AsRecordWrite("UpdateBody", "Changes a body's full and short names, secretariat, symbol series and membership (the slug stays).", ReadFrom);

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
                if (body.Year is not { } year) return Problems.BadParameter("year", "Give the year of the planned meeting, such as 2019.");
                return Problems.FromEdit(await edit.AddPlannedMeetingAsync(slug, version, workplan, PlannedInputOf(body, year), ct), created: $"/api/v1/bodies/{slug}");
            })
            .AsRecordWrite("AddPlannedMeeting", "Plans a meeting in a workplan: its year, number, topics, whether it is the stocktaking meeting.", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPut(Body + "/workplans/{workplan:guid}/planned-meetings/{position:int}", async (string slug, Guid workplan, int position, PlannedMeetingBody? body, EditBody edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Year is not { } year) return Problems.BadParameter("year", "Give the year of the planned meeting, such as 2019.");
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
        !string.IsNullOrWhiteSpace(b.Title) && b.StartYear is { } start && b.EndYear is { } end ? new(b.Title, start, end, b.Symbol, b.AdoptedAtMeeting) : null;

    private static IResult WorkplanMissing(WorkplanBody b) =>
        string.IsNullOrWhiteSpace(b.Title) ? Problems.BadParameter("title", "Give the workplan's title.")
        : b.StartYear is null ? Problems.BadParameter("startYear", "Give the workplan's first year, such as 2018.")
        : Problems.BadParameter("endYear", "Give the workplan's last year, such as 2021.");

    private static PlannedMeetingInput PlannedInputOf(PlannedMeetingBody b, int year) => new(year, b.MeetingNumber, b.Topics ?? [], b.Stocktaking ?? false, b.Note);
}
