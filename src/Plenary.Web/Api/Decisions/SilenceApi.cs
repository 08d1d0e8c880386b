using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Decisions;
using Plenary.Application.Editing;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Decisions;

public sealed record ProposalBody(int? Version, ProcedureSubject? Subject, int? MeetingNumber, string? Title, string? DecisionText, ProcedureCircle? Circle,
    DateOnly? DeadlineDate, TimeOnly? DeadlineTime, string? DeadlineTimeZone, DateOnly? ProposedStart, DateOnly? ProposedEnd,
    MeetingFormat? ProposedFormat, string? FormatArrangements, string? AttachedDocument) : IVersionedBody;
public sealed record VersionBody(int? Version) : IVersionedBody;
public sealed record ExtensionBody(int? Version, DateOnly? DeadlineDate, TimeOnly? DeadlineTime, string? DeadlineTimeZone, string? Reason) : IVersionedBody;
public sealed record WithdrawalBody(int? Version, string? Reason) : IVersionedBody;
public sealed record BreakBody(ResponseKind? Kind, string? Text);

/// <summary>
/// Silence procedures through the API: read by anyone (who answered and what only for the circle, the
/// body's Secretariat, officers and extended Bureau); drafted and circulated by the Secretariat or an
/// officer; answered by a member of the circle (no version: an answer does not depend on others');
/// extended or withdrawn by the Secretariat.
/// </summary>
public static class SilenceApi
{
    private const string Route = "/bodies/{slug}/silence-procedures";
    private const string ReadFrom = "/api/v1/bodies/{slug}/silence-procedures/{number}";

    public static void MapSilenceApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").AllowAnonymous();
        read.MapGet(Route, async (string slug, [FromQuery] string? status, HttpContext http, SilenceProcedureQueries q, CancellationToken ct) =>
            {
                ProcedureStatus? wanted = null;
                if (status is not null)
                {
                    if (!Enum.TryParse<ProcedureStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s))
                        return Problems.BadParameter("status", $"'{status}' is not a status; give open, adopted, notAdopted, withdrawn or draft.");
                    wanted = s;
                }
                if (await q.ListAsync(slug, wanted, ct) is not { } list) return NoBody(slug);
                var drafts = http.User.MayDraftSilence(list.BodyId);
                return Results.Ok(list.Procedures.Where(p => drafts || p.Status != ProcedureStatus.Draft));
            })
            .Produces<IEnumerable<ProcedureSummary>>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)
            .WithName("ListSilenceProcedures").WithSummary("A body's silence procedures, newest first (drafts only for those who draft); ?status=open|adopted|notAdopted|withdrawn|draft.");

        read.MapGet(Route + "/{number:int}", async (string slug, int number, HttpContext http, BodyQueries bodies, SilenceProcedureQueries q, CancellationToken ct) =>
            {
                if (await bodies.GetAsync(slug, ct) is not { } body) return NoBody(slug);
                var details = await q.GetAsync(slug, number, http.User.UserId(), http.User.SeesSilenceResponses(body.BodyId), ct);
                return details is null || (details.IsDraft && !http.User.MayDraftSilence(body.BodyId))
                    ? Problems.Create(StatusCodes.Status404NotFound, "Not found", $"The body '{slug}' has no silence procedure {number}.")
                    : Results.Ok(details);
            })
            .Produces<ProcedureDetails>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithName("GetSilenceProcedure").WithSummary("A silence procedure: proposal, circle, deadline (its zone and UTC), status as time has it, timeline and outcome.");

        read.MapGet(Route + "/{number:int}/notice", NoticeAsync)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)
            .WithName("GetSilenceOutcomeNotice").WithSummary("The outcome notice of a concluded procedure, a letter from the secretariat to the circle (format: docx, pdf, html or txt; html by default). The breaks' texts only for the circle and those who run procedures.");

        api.MapPost(Route, async (string slug, ProposalBody? body, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
            {
                if (ProposalOf(body, out var missing) is not { } proposal) return missing!;
                var (result, number) = await procedures.DraftAsync(slug, proposal, http.User.StepActor(), ct);
                return Problems.FromEdit(result, created: number is { } n ? $"/api/v1/bodies/{slug}/silence-procedures/{n}" : null);
            })
            .AsRecordWrite("DraftSilenceProcedure", "Drafts a proposal (subject, convening, decision text, circle, deadline with its IANA time zone); nothing is sent until it is circulated. The Secretariat or an officer of the body.",
                null, RefuseUnlessDrafterAsync, Policies.SignedIn);

        api.MapPost(Route + "/{number:int}/revisions", async (string slug, int number, ProposalBody? body, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
            {
                if (ProposalOf(body, out var missing) is not { } proposal) return missing!;
                var (result, made) = await procedures.DraftRevisionAsync(slug, number, proposal, http.User.StepActor(), ct);
                return Problems.FromEdit(result, created: made is { } n ? $"/api/v1/bodies/{slug}/silence-procedures/{n}" : null);
            })
            .AsRecordWrite("DraftRevisedSilenceProcedure", "After silence was broken on a procedure, drafts a revised proposal as a new procedure linked to it.", null);

        api.MapPut(Route + "/{number:int}", async (string slug, int number, ProposalBody? body, SilenceProcedures procedures, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (ProposalOf(body, out var missing) is not { } proposal) return missing!;
                return Problems.FromEdit(await procedures.EditDraftAsync(slug, number, version, proposal, ct));
            })
            .AsRecordWrite("EditSilenceProcedureDraft", "Changes a draft before it is circulated.", ReadFrom, RefuseUnlessDrafterAsync, Policies.SignedIn);

        api.MapPost(Route + "/{number:int}/circulate", async (string slug, int number, VersionBody? body, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
                Problems.FromEdit(await procedures.CirculateAsync(slug, number, body.BaseVersion(), http.User.StepActor(), ct)))
            .AsRecordWrite("CirculateSilenceProcedure", "Circulates a draft to every account of its circle (inbox and email); the deadline must leave the body's least notice (72 hours by default).",
                ReadFrom, RefuseUnlessDrafterAsync, Policies.SignedIn);

        api.MapPost(Route + "/{number:int}/break", async (string slug, int number, BreakBody? body, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
            {
                if (body?.Kind is not { } kind) return Problems.BadParameter("kind", "Say how silence is broken: objection or amendment.");
                if (string.IsNullOrWhiteSpace(body.Text)) return Problems.BadParameter("text", "Give the text of the objection or of the proposed amendment.");
                return Answer(await procedures.BreakSilenceAsync(slug, number, http.User.UserId()!.Value, kind, body.Text, ct));
            })
            .AsRecordWrite("BreakSilence", "A member of the circle breaks silence before the deadline with an objection or a proposed amendment and its text (no version: an answer does not depend on others'). Refused after the deadline (400) and from outside the circle (403).",
                null, RefuseUnlessBodyAsync, Policies.SignedIn);

        api.MapPost(Route + "/{number:int}/no-objection", async (string slug, int number, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
                Answer(await procedures.RecordNoObjectionAsync(slug, number, http.User.UserId()!.Value, ct)))
            .AsRecordWrite("RecordNoObjection", "A member of the circle records that they have no objection; the procedure goes on to its deadline.", null, RefuseUnlessBodyAsync, Policies.SignedIn);

        api.MapPost(Route + "/{number:int}/extend", async (string slug, int number, ExtensionBody? body, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.DeadlineDate is not { } date) return Problems.BadParameter("deadlineDate", "Give the new deadline's date (YYYY-MM-DD).");
                if (body.DeadlineTime is not { } time) return Problems.BadParameter("deadlineTime", "Give the new deadline's time (HH:mm).");
                return Problems.FromEdit(await procedures.ExtendAsync(slug, number, version, date, time, body.DeadlineTimeZone, body.Reason, http.User.StepActor(), ct));
            })
            .AsRecordWrite("ExtendSilenceProcedure", "Moves an open procedure's deadline later, before it has passed; the members are told.", ReadFrom);

        api.MapPost(Route + "/{number:int}/withdraw", async (string slug, int number, WithdrawalBody? body, HttpContext http, SilenceProcedures procedures, CancellationToken ct) =>
                Problems.FromEdit(await procedures.WithdrawAsync(slug, number, body.BaseVersion(), body.Reason, http.User.StepActor(), ct)))
            .AsRecordWrite("WithdrawSilenceProcedure", "Withdraws a draft, or an open procedure before its deadline; the members are told.", ReadFrom);
    }

    private static SilenceProposal? ProposalOf(ProposalBody? body, out IResult? missing)
    {
        missing = body?.Subject is null ? Problems.BadParameter("subject", "Give the subject: conveningDates, provisionalAgenda, format, organizationOfWork or other.")
            : body.Circle is null ? Problems.BadParameter("circle", "Give the circle: extendedBureau, bureau or allMemberStates.")
            : body.DeadlineDate is null ? Problems.BadParameter("deadlineDate", "Give the deadline's date (YYYY-MM-DD).")
            : body.DeadlineTime is null ? Problems.BadParameter("deadlineTime", "Give the deadline's time (HH:mm).")
            : null;
        if (missing is not null) return null;
        return new SilenceProposal(body!.Subject!.Value, body.MeetingNumber, body.Title, body.DecisionText, body.Circle!.Value, body.DeadlineDate!.Value, body.DeadlineTime!.Value,
            body.DeadlineTimeZone, body.ProposedStart, body.ProposedEnd, body.ProposedFormat, body.FormatArrangements, body.AttachedDocument);
    }

    /// <summary>An answer refused because the caller is not in the circle is 403; every other refusal as usual.</summary>
    private static IResult Answer(EditResult result) => result.Code == "silence.circle"
        ? Problems.Create(StatusCodes.Status403Forbidden, "Not in the circle", result.Error!)
        : Problems.FromEdit(result);

    private static async Task<IResult?> RefuseUnlessDrafterAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        if (await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body) return NoBody(slug);
        return http.User.MayDraftSilence(body.BodyId) ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", $"Only the Secretariat or an officer of '{slug}' drafts and circulates its silence procedures.");
    }

    private static async Task<IResult?> RefuseUnlessBodyAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        return await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is null ? NoBody(slug) : null;
    }

    private static IResult NoBody(string slug) => Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");

    /// <summary>The outcome notice, rendered by the document engine; the same for the page's link and the API.</summary>
    public static async Task<IResult> NoticeAsync(string slug, int number, [FromQuery] string? format, HttpContext http, BodyQueries bodies,
        Plenary.Application.Data.PlenaryDbContext db, ConcludeSilenceProcedures conclude, Plenary.Application.Documents.Rendering.DocumentFormats formats, CancellationToken ct)
    {
        var output = Plenary.Application.Documents.Rendering.OutputFormat.Html;
        if (format is not null && !Plenary.Application.Documents.Rendering.DocumentFormats.TryParseFormat(format, out output))
            return Problems.BadParameter("format", $"'{format}' is not an output format; use one of {Plenary.Application.Documents.Rendering.DocumentFormats.Names}.");
        if (await bodies.GetAsync(slug, ct) is not { } body) return NoBody(slug);
        var notice = await OutcomeNotice.LoadAsync(db, conclude, slug, number, http.User.UserId(), http.User.SeesSilenceResponses(body.BodyId), ct);
        if (notice is null)
            return Problems.Create(StatusCodes.Status404NotFound, "Not found", $"The body '{slug}' has no concluded silence procedure {number}: a notice is written once a procedure has ended.");
        try
        {
            var file = await formats.RenderAsync(notice, output, ct);
            if (output == Plenary.Application.Documents.Rendering.OutputFormat.Html)
                http.Response.Headers.ContentSecurityPolicy = Security.SecurityHeaders.StandaloneDocumentPolicy;
            return Results.File(file.Content, file.MediaType,
                output is Plenary.Application.Documents.Rendering.OutputFormat.Html or Plenary.Application.Documents.Rendering.OutputFormat.Txt ? null : $"silence-procedure-{number}-outcome.{file.Extension}");
        }
        catch (Plenary.Application.Documents.Rendering.PdfEngineMissingException e)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "PDF output is not available", e.Message);
        }
    }
}
