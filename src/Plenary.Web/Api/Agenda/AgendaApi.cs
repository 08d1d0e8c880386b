using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Meetings;

using Plenary.Web.Api;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Agenda;

public sealed record AddAgendaItemBody(int? Version, string? Title, string? ShortTitle, string? Annotation, int? ParentItem, Plenary.Domain.Agenda.AgendaItemRole? Role = null) : IVersionedBody;
public sealed record EditAgendaItemBody(int? Version, string? Title, string? ShortTitle, string? Annotation, Plenary.Domain.Agenda.AgendaItemRole? Role = null) : IVersionedBody;
public sealed record MoveAgendaItemBody(int? Version, int? To) : IVersionedBody;
public sealed record AssignAgendaItemBody(int? Version, int? PlenaryMeeting, bool? Continued) : IVersionedBody;
/// <summary>
/// A convening's venue, dates and format; new dates or a new format are recorded as lifecycle steps on the decision
/// given with them, as POST .../events takes it: date, authority, decidedBy, plenaryMeeting, sittings (when the dates move), details (a format's arrangements).
/// </summary>
public sealed record MeetingDetailsBody(int? Version, string? Venue, DateOnly? StartDate, DateOnly? EndDate, MeetingFormat? Format,
    DateOnly? Date = null, DecisionMeans? Authority = null, string? DecidedBy = null, int? PlenaryMeeting = null, SittingsOnMove? Sittings = null, string? Details = null) : IVersionedBody;

/// <summary>A meeting's writes through the API (its details and its agenda), for a personal access token of the body's Secretariat.</summary>
public static class AgendaApi
{
    private const string Meeting = "/bodies/{slug}/meetings/{number:int}";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}";

    public static void MapAgendaApi(this RouteGroupBuilder api)
    {
        api.MapPut(Meeting, async (string slug, int number, MeetingDetailsBody? body, EditMeeting edit, HttpContext http, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.Venue)) return Problems.BadParameter("venue", "Give the venue, such as Vienna.");
                if (body.StartDate is not { } start) return Problems.BadParameter("startDate", "Give the first day of the meeting as YYYY-MM-DD.");
                if (body.EndDate is not { } end) return Problems.BadParameter("endDate", "Give the last day of the meeting as YYYY-MM-DD.");
                if (body.Format is not { } format) return Problems.BadParameter("format", "Give the format: inPerson, hybrid or online.");
                return Problems.FromEdit(await edit.UpdateDetailsAsync(slug, number, version, body.Venue, start, end, format,
                    new ChangeDecision(body.Date, body.Authority, body.DecidedBy, body.PlenaryMeeting, body.Sittings, body.Details), http.User.StepActor().Name, ct));
            })
            .AsRecordWrite("UpdateMeetingDetails", "Changes a convening's venue, dates and format. New dates are recorded as the lifecycle step datesApproved and a new format as formatChanged, "
                + "on the decision given with them as POST .../events takes it: date, authority (silenceProcedure, meeting, decisionOfTheChair, notification), decidedBy, plenaryMeeting, "
                + "sittings (move or replan; required when the dates change) and details (the format's arrangements). A step the convening's state does not allow is refused (400).", ReadFrom);

        api.MapPost(Meeting + "/agenda/items", async (string slug, int number, AddAgendaItemBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.Title)) return Problems.BadParameter("title", "Give the item's title.");
                return Problems.FromEdit(await edit.AddItemAsync(slug, number, version, body.Title, body.ShortTitle, body.Annotation, body.ParentItem, body.Role, ct),
                    created: $"/api/v1/bodies/{slug}/meetings/{number}");
            })
            .AsRecordWrite("AddAgendaItem", "Adds an item (or a sub-item of parentItem) to a meeting's agenda, with its role (opening, electionOfOfficers, adoptionOfAgenda, substantive, otherMatters, adoptionOfReport, closure, organizational; left out: the role its title suggests).", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPut(Meeting + "/agenda/items/{item}", async (string slug, int number, string item, EditAgendaItemBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.Title)) return Problems.BadParameter("title", "Give the item's title.");
                return Problems.FromEdit(await edit.EditItemAsync(slug, number, version, item, body.Title, body.ShortTitle, body.Annotation, body.Role, ct));
            })
            .AsRecordWrite("EditAgendaItem", "Replaces an agenda item's title, short title and annotation (Markdown). The item is '3' or '1a'.", ReadFrom);

        api.MapPost(Meeting + "/agenda/items/{item:int}/move", async (string slug, int number, int item, MoveAgendaItemBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.To is not { } to) return Problems.BadParameter("to", "Give the position the item moves to ('to', counted from 1).");
                return Problems.FromEdit(await edit.MoveItemAsync(slug, number, version, item, to, ct));
            })
            .AsRecordWrite("MoveAgendaItem", "Moves an item to another position; the items between are renumbered.", ReadFrom);

        api.MapPost(Meeting + "/agenda/items/{item}/assignment", async (string slug, int number, string item, AssignAgendaItemBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.PlenaryMeeting is not { } plenary) return Problems.BadParameter("plenaryMeeting", "Give the number of the plenary meeting that takes up the item.");
                return Problems.FromEdit(await edit.AssignItemAsync(slug, number, version, item, plenary, body.Continued ?? false, ct));
            })
            .AsRecordWrite("AssignAgendaItem", "Assigns an item to a plenary meeting in the organization of work.", ReadFrom);
    }
}
