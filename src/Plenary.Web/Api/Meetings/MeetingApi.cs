using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Meetings;
using Plenary.Web.Api;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Meetings;

public sealed record PlenaryMeetingBody(int? Version, DateOnly? Date, string? StartsAt, string? EndsAt) : IVersionedBody;
public sealed record DocumentationBody(int? Version, string? Symbol, string? Title) : IVersionedBody;
public sealed record MoveDocumentationBody(int? Version, int? To) : IVersionedBody;

/// <summary>A new convening of the body; with workplan and plannedMeeting (its position in the workplan), the planned convening it is, whose topics it takes up.</summary>
public sealed record NewConveningBody(int? Number, ConveningKind? Kind, int? Ordinal, string? Designation, int? Continues, string? Venue,
    DateOnly? StartDate, DateOnly? EndDate, MeetingFormat? Format, int? FirstPlenaryMeetingNumber, Guid? Workplan = null, int? PlannedMeeting = null);

/// <summary>A convening's kind and name.</summary>
public sealed record ConveningBody(int? Version, ConveningKind? Kind, int? Ordinal, string? Designation, int? Continues, int? FirstPlenaryMeetingNumber, bool? SummaryByChair) : IVersionedBody;

/// <summary>Who opened, presided over and closed a convening: officers by their position in the body's officers.</summary>
public sealed record PresidingBody(int? Version, int? OpenedBy, string? OpenedByOther, int? PresidedBy, int? OnBehalfOf, int? ClosedBy) : IVersionedBody;

/// <summary>Held (on its dates), cancelled or postponed (to dates to be determined; the reason in details); the day and authority of a cancellation or postponement (today and the secretariat if left out).</summary>
public sealed record StatusBody(int? Version, MeetingStatus? Status, DateOnly? Date = null, DecisionMeans? Authority = null, string? DecidedBy = null, string? Details = null) : IVersionedBody;

/// <summary>A step of a convening's lifecycle: what, on which day, on what authority; new dates (or toBeDetermined) and what happens to the sittings; the format; the reason.</summary>
public sealed record LifecycleBody(int? Version, LifecycleStep? Step, DateOnly? Date, DecisionMeans? Authority, string? DecidedBy, int? PlenaryMeeting,
    DateOnly? StartDate, DateOnly? EndDate, bool? ToBeDetermined, SittingsOnMove? Sittings, MeetingFormat? Format, string? Details) : IVersionedBody;

public sealed record NonWorkingDayBody(int? Version, DateOnly? Date, string? Description) : IVersionedBody;

/// <summary>Issuing a generated document: its date of issue (left out: the default), whether it is a revision or a corrigendum, and the symbol of a first issue (left out: the one proposed).</summary>
public sealed record IssueBody(DateOnly? DateOfIssue, bool? Revised, bool? Corrigendum = null, string? Symbol = null);

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
        api.MapPost("/bodies/{slug}/meetings", async (string slug, NewConveningBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                if (body?.Number is not { } number) return Problems.BadParameter("number", "Give the convening's number, its key in the body's record.");
                if (string.IsNullOrWhiteSpace(body.Venue)) return Problems.BadParameter("venue", "Give the venue, such as New York.");
                if (body.StartDate is not { } start) return Problems.BadParameter("startDate", "Give the first day, YYYY-MM-DD.");
                if (body.EndDate is not { } end) return Problems.BadParameter("endDate", "Give the last day, YYYY-MM-DD.");
                if (body.Workplan is not null && body.PlannedMeeting is null)
                    return Problems.BadParameter("plannedMeeting", "Give the planned convening's position in the workplan (1 for its first).");
                if (body.Workplan is null && body.PlannedMeeting is not null)
                    return Problems.BadParameter("workplan", "Give the id of the workplan that plans the convening.");
                var (result, added) = await edit.CreateAsync(slug, new ConveningInput(number, body.Kind ?? ConveningKind.Regular, body.Ordinal, body.Designation,
                    body.Continues, body.Venue, start, end, body.Format ?? MeetingFormat.InPerson, body.FirstPlenaryMeetingNumber ?? 1, body.Workplan, body.PlannedMeeting), ct);
                return Problems.FromEdit(result, created: added is null ? null : $"/api/v1/bodies/{slug}/meetings/{added.Number}");
            })
            .AsRecordWrite("ScheduleConvening", "Schedules a new convening of the body: number (its key), kind (regular, special, resumed, reconvened, organizational, intersessional, informalConsultation), ordinal or designation, what a resumed one continues, venue, dates, format; "
                + "with workplan (its id) and plannedMeeting (its position), the workplan's planned convening it is: it takes up the planned topics, and its dates must fall in the year planned.", null);

        api.MapPost(Meeting + "/documents/{kind}/issue", async (string slug, int number, string kind, IssueBody? body, Plenary.Application.Documents.OfficialDocuments documents, CancellationToken ct) =>
            {
                if (!Plenary.Application.Documents.OfficialDocuments.TryParseKind(kind, out var documentKind))
                    return Problems.BadParameter("kind", $"'{kind}' is not a document Plenary generates; use agenda, report, compilation or adopted.");
                if (body?.Revised == true && body.Corrigendum == true)
                    return Problems.BadParameter("corrigendum", "Ask for a revision or a corrigendum, not both.");
                var issueAs = body?.Corrigendum == true ? Plenary.Domain.Documents.IssueAs.Corrigendum : body?.Revised == true ? Plenary.Domain.Documents.IssueAs.Revision : Plenary.Domain.Documents.IssueAs.Issue;
                try
                {
                    var issued = await documents.IssueAsync(slug, number, documentKind, new Plenary.Application.Documents.IssueRequest(issueAs, body?.DateOfIssue, body?.Symbol), ct);
                    if (issued is null) return Problems.Create(StatusCodes.Status404NotFound, "Convening not found", $"There is no convening {number} of '{slug}'.");
                    return Results.Ok(new { symbol = issued.Symbol, version = issued.Version, issuedOn = issued.IssuedOn, outcome = issued.Outcome?.ToString(), title = issued.Document.Title,
                        message = Plenary.Application.Documents.OfficialDocuments.IssueSentence(issued, issueAs) });
                }
                catch (Plenary.Domain.DomainException e)
                {
                    return Problems.FromEdit(e.Code == "document.symbol_taken"
                        ? Plenary.Application.Editing.EditResult.Clash(e.Message)
                        : Plenary.Application.Editing.EditResult.Refused(e.Message, e.Code switch { "document.date_of_issue" => "DateOfIssue", "document.symbol" or "symbol.invalid" or "document.symbol_series" => "Symbol", "document.issue_as" => "Corrigendum", _ => null }));
                }
            })
            .AsRecordWrite("IssueDocument", "Issues a convening's annotated provisional agenda, report or (for the stocktaking convening) compilation: registered under its symbol (symbol, else the one proposed from the body's symbol pattern and the register) with the date of issue given, else the date the register plans, else today while the convening has not ended; a past convening's document needs a date. "
                + "revised: true issues the next /Rev.N; corrigendum: true the next /Corr.N of the latest text; on content unchanged since the issue readers hold, nothing is issued and the answer says so (outcome Unchanged). Issuing cannot be undone; each issue is in the audit trail.", null);

        api.MapPut(Meeting + "/convening", async (string slug, int number, ConveningBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Kind is not { } kind) return Problems.BadParameter("kind", "Give the kind: regular, special, resumed, reconvened, organizational, intersessional or informalConsultation.");
                return Problems.FromEdit(await edit.DesignateAsync(slug, number, version, kind, body.Ordinal, body.Designation, body.Continues,
                    body.FirstPlenaryMeetingNumber ?? 1, body.SummaryByChair ?? false, ct));
            })
            .AsRecordWrite("DesignateConvening", "Sets a convening's kind and name: ordinal, designation, what it continues, the number of its first plenary meeting, whether its summary is the Chair's.", ReadFrom);

        api.MapPut(Meeting + "/status", async (string slug, int number, StatusBody? body, EditMeeting edit, HttpContext http, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Status is not { } status) return Problems.BadParameter("status", "Give the status: held, cancelled or postponed.");
                return Problems.FromEdit(await edit.SetStatusAsync(slug, number, version, status, http.User.StepActor().Name, body.Date, body.Authority, body.DecidedBy, body.Details, ct));
            })
            .AsRecordWrite("SetConveningStatus", "Marks a planned convening as held (recorded as convened on its first day and closed on its last), cancelled, or postponed to dates to be determined (the reason in details is required); "
                + "a cancellation or postponement is dated date (today if left out) on authority (notification by the secretariat if left out). Each is recorded as a lifecycle event, as POST .../events does.", ReadFrom);

        api.MapPost(Meeting + "/events", async (string slug, int number, LifecycleBody? body, EditMeeting edit, HttpContext http, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Step is not { } step)
                    return Problems.BadParameter("step", "Give the step: datesApproved, agendaApproved, convened, agendaAdopted, closed, reportAdopted, postponed, cancelled or formatChanged.");
                // Moving the dates says what happens to the plenary meetings and the organization of work, as the page's confirmation does.
                if (step is LifecycleStep.Postponed or LifecycleStep.DatesApproved && body.StartDate is not null && body.Sittings is null)
                    return Problems.BadParameter("sittings", "Say what happens to the plenary meetings and the organization of work: move (with the dates) or replan (taken out, to be planned again).");
                var input = new LifecycleInput(step, body.Date, body.Authority, body.DecidedBy, body.PlenaryMeeting, body.StartDate, body.EndDate,
                    body.ToBeDetermined ?? false, body.Sittings ?? SittingsOnMove.Move, body.Format, body.Details);
                return Problems.FromEdit(await edit.RecordStepAsync(slug, number, version, input, http.User.StepActor().Name, ct));
            })
            .AsRecordWrite("RecordConveningStep", "Records a step of the convening's lifecycle as a dated event with its authority (silenceProcedure, meeting, decisionOfTheChair, notification) and who recorded it: "
                + "datesApproved, agendaApproved, convened, agendaAdopted (at plenaryMeeting), closed, reportAdopted, postponed (reason in details; startDate/endDate or toBeDetermined; sittings move or replan), cancelled, formatChanged. "
                + "A step the convening's state does not allow is refused (400) naming the state and the rule.", ReadFrom);

        api.MapPut(Meeting + "/presiding", async (string slug, int number, PresidingBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                return Problems.FromEdit(await edit.RecordPresidingAsync(slug, number, version,
                    new PresidingInput(body.OpenedBy, body.OpenedByOther, body.PresidedBy, body.OnBehalfOf, body.ClosedBy), ct));
            })
            .AsRecordWrite("RecordPresiding", "Records who opened a convening (an officer by position, or openedByOther), who presided and on whose behalf, and who closed it.", ReadFrom);

        api.MapPost(Meeting + "/non-working-days", async (string slug, int number, NonWorkingDayBody? body, EditMeeting edit, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Date is not { } date) return Problems.BadParameter("date", "Give the day, YYYY-MM-DD.");
                if (string.IsNullOrWhiteSpace(body.Description)) return Problems.BadParameter("description", "Say what the day is, such as United Nations holiday (Labour Day).");
                return Problems.FromEdit(await edit.AddNonWorkingDayAsync(slug, number, version, date, body.Description, ct), created: $"/api/v1/bodies/{slug}/meetings/{number}");
            })
            .AsRecordWrite("AddNonWorkingDay", "Marks a day of the convening without plenary meetings (a holiday) in its organization of work.", ReadFrom);

        api.MapDelete(Meeting + "/non-working-days/{date}", async (string slug, int number, DateOnly date, [FromQuery] int? version, EditMeeting edit, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                return Problems.FromEdit(await edit.RemoveNonWorkingDayAsync(slug, number, v, date, ct));
            })
            .AsRecordWrite("RemoveNonWorkingDay", "Takes a non-working day out of the organization of work; the date is YYYY-MM-DD and the version a query parameter (?version=N).", ReadFrom);

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
