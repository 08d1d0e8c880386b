using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Web.Api;

namespace Plenary.Web.Api.Meetings;

public sealed record PlenaryMeetingBody(int? Version, DateOnly? Date, string? StartsAt, string? EndsAt) : IVersionedBody;
public sealed record DocumentationBody(int? Version, string? Symbol, string? Title) : IVersionedBody;
public sealed record MoveDocumentationBody(int? Version, int? To) : IVersionedBody;

/// <summary>
/// A meeting's other writes through the API: plenary meetings, removing agenda items,
/// unassigning them, and their documentation. For a personal access token of the body's Secretariat;
/// a DELETE names the version it was based on as ?version=N.
/// </summary>
public static class MeetingApi
{
    private const string Meeting = "/bodies/{slug}/meetings/{number:int}";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}";

    public static void MapMeetingApi(this RouteGroupBuilder api)
    {
        api.MapPost(Meeting + "/plenary-meetings", async (string slug, int number, PlenaryMeetingBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (ReadSitting(body) is { } bad) return bad;
                return Problems.FromEdit(await edit.AddPlenaryMeetingAsync(slug, number, version, body.Date!.Value, Time(body.StartsAt), Time(body.EndsAt), ct),
                    created: $"/api/v1/bodies/{slug}/meetings/{number}");
            })
            .AsRecordWrite("AddPlenaryMeeting", "Adds a plenary meeting (date, and startsAt/endsAt as HH:mm or neither, success: StatusCodes.Status201Created); plenary meetings are renumbered in the order they are held.", ReadFrom);

        api.MapPut(Meeting + "/plenary-meetings/{plenary:int}", async (string slug, int number, int plenary, PlenaryMeetingBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (ReadSitting(body) is { } bad) return bad;
                return Problems.FromEdit(await edit.EditPlenaryMeetingAsync(slug, number, version, plenary, body.Date!.Value, Time(body.StartsAt), Time(body.EndsAt), ct));
            })
            .AsRecordWrite("EditPlenaryMeeting", "Moves a plenary meeting to another date or time; the organization of work follows it.", ReadFrom);

        api.MapDelete(Meeting + "/plenary-meetings/{plenary:int}", async (string slug, int number, int plenary, [FromQuery] int? version, EditMeeting edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemovePlenaryMeetingAsync(slug, number, v, plenary, ct));
            })
            .AsRecordWrite("RemovePlenaryMeeting", "Removes a plenary meeting together with the agenda items' assignments to it; later ones are renumbered.", ReadFrom);

        api.MapDelete(Meeting + "/agenda/items/{item}", async (string slug, int number, string item, [FromQuery] int? version, EditMeeting edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveItemAsync(slug, number, v, item, ct));
            })
            .AsRecordWrite("RemoveAgendaItem", "Removes an item (with its sub-items) or a sub-item, its documentation and its rows in the organization of work; the rest are renumbered.", ReadFrom);

        api.MapDelete(Meeting + "/agenda/items/{item}/assignment", async (string slug, int number, string item, [FromQuery] int? plenaryMeeting, [FromQuery] int? version, EditMeeting edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                if (plenaryMeeting is not { } plenary) return Problems.BadParameter("plenaryMeeting", "Give the number of the plenary meeting to take the item off (?plenaryMeeting=N).");
                return Problems.FromEdit(await edit.UnassignItemAsync(slug, number, v, item, plenary, ct));
            })
            .AsRecordWrite("UnassignAgendaItem", "Takes an item off a plenary meeting in the organization of work.", ReadFrom);

        api.MapPost(Meeting + "/agenda/items/{item}/documentation", async (string slug, int number, string item, DocumentationBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.Symbol) && string.IsNullOrWhiteSpace(body.Title))
                    return Problems.BadParameter("symbol", "Give the symbol of a document in the body's register, or the title of a document without a symbol.");
                return Problems.FromEdit(await edit.AddDocumentationAsync(slug, number, version, item, body.Symbol, body.Title, ct),
                    created: $"/api/v1/bodies/{slug}/meetings/{number}");
            })
            .AsRecordWrite("AddDocumentation", "Lists a document under an agenda item: by the symbol of a document in the body's register (its title comes from the register), or by a title alone.", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPost(Meeting + "/agenda/items/{item}/documentation/{position:int}/move", async (string slug, int number, string item, int position, MoveDocumentationBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.To is not { } to) return Problems.BadParameter("to", "Give the place the document moves to ('to', counted from 1).");
                return Problems.FromEdit(await edit.MoveDocumentationAsync(slug, number, version, item, position, to, ct));
            })
            .AsRecordWrite("MoveDocumentation", "Moves a document listed under an agenda item (its place, from 1) to another place.", ReadFrom);

        api.MapDelete(Meeting + "/agenda/items/{item}/documentation/{position:int}", async (string slug, int number, string item, int position, [FromQuery] int? version, EditMeeting edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveDocumentationAsync(slug, number, v, item, position, ct));
            })
            .AsRecordWrite("RemoveDocumentation", "Takes a document (its place, from 1) off an agenda item's documentation; it stays in the register.", ReadFrom);
    }

    private static IResult? ReadSitting(PlenaryMeetingBody body)
    {
        if (body.Date is null) return Problems.BadParameter("date", "Give the day of the plenary meeting as YYYY-MM-DD.");
        if (body.StartsAt is { } s && !string.IsNullOrWhiteSpace(s) && !IsTime(s)) return Problems.BadParameter("startsAt", $"'{s}' is not a time; write it HH:mm, such as 10:00.");
        if (body.EndsAt is { } e && !string.IsNullOrWhiteSpace(e) && !IsTime(e)) return Problems.BadParameter("endsAt", $"'{e}' is not a time; write it HH:mm, such as 13:00.");
        return null;
    }

    private static bool IsTime(string text) => TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static TimeOnly? Time(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
