using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;

using Plenary.Web.Api.Agenda;
using Plenary.Web.Api.Bodies;
using Plenary.Web.Api.Documents;
using Plenary.Web.Api.Meetings;
using Plenary.Web.Api.Participation;
using Plenary.Web.Api.Recommendations;

namespace Plenary.Web.Api;

/// <summary>The JSON API, version 1: the public reads here, the writes in their own files. It mirrors the pages and answers errors with RFC 9457 problem details.</summary>
public static class PlenaryApi
{
    public static void MapPlenaryApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup("/api/v1");
        // Reading the record is public; writes name their own policies (AllowAnonymous would override them).
        var api = root.MapGroup("").AllowAnonymous();

        api.MapGet("/bodies", async (BodyQueries q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct)))
            .WithName("ListBodies").WithSummary("Every body in the record.").WithTags("Bodies");

        api.MapGet("/bodies/{slug}", async Task<Results<Ok<BodyDetails>, ProblemHttpResult>> (string slug, BodyQueries q, CancellationToken ct) =>
                await q.GetAsync(slug, ct) is { } body ? TypedResults.Ok(body) : NoBody(slug))
            .WithName("GetBody").WithSummary("A body with its mandates, workplans and meetings.").WithTags("Bodies")
            .ProducesProblems(StatusCodes.Status404NotFound);

        api.MapGet("/bodies/{slug}/meetings", async Task<Results<Ok<IReadOnlyList<MeetingSummary>>, ProblemHttpResult>> (string slug, MeetingQueries q, CancellationToken ct) =>
                await q.ListAsync(slug, ct) is { } meetings ? TypedResults.Ok(meetings) : NoBody(slug))
            .WithName("ListMeetings").WithSummary("The meetings of a body, in order.").WithTags("Meetings")
            .ProducesProblems(StatusCodes.Status404NotFound);

        api.MapGet("/bodies/{slug}/meetings/{number}", async Task<Results<Ok<MeetingDetails>, ProblemHttpResult>> (string slug, string number, MeetingQueries q, BodyQueries bodies, CancellationToken ct) =>
            {
                if (!int.TryParse(number, out var n) || n < 1)
                    return BadParameter("number", $"'{number}' is not the number of a convening; convenings are numbered 1, 2, 3 ...");
                if (await q.GetAsync(slug, n, ct) is { } meeting) return TypedResults.Ok(meeting);
                return await bodies.GetAsync(slug, ct) is null ? NoBody(slug)
                    : Problem(StatusCodes.Status404NotFound, "Not found", $"The body '{slug}' has no convening numbered {n}.");
            })
            .WithName("GetMeeting").WithSummary("A meeting with its history, plenary meetings, Bureau, agenda, organization of work and documents.").WithTags("Meetings")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        api.MapGet("/documents", async Task<Results<Ok<IReadOnlyList<DocumentView>>, ProblemHttpResult>> ([FromQuery] string? body, [FromQuery] string? meeting, DocumentQueries q, CancellationToken ct) =>
            {
                int? n = null;
                if (meeting is not null)
                {
                    if (!int.TryParse(meeting, out var parsed) || parsed < 1)
                        return BadParameter("meeting", $"'{meeting}' is not the number of a convening; convenings are numbered 1, 2, 3 ...");
                    if (body is null)
                        return BadParameter("meeting", "Filtering by meeting needs the body too: add body=<slug>.");
                    n = parsed;
                }
                return await q.ListAsync(body, n, ct: ct) is { } docs ? TypedResults.Ok(docs) : NoBody(body!);
            })
            .WithName("ListDocuments").WithSummary("The document register, optionally for one body and one of its meetings.").WithTags("Documents")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        // Each feature's routes under its tag (ApiDocument describes the tags).
        api.MapGroup("").WithTags("Meetings").MapDocumentsApi();
        root.MapGroup("").WithTags("Agenda").MapAgendaApi();
        root.MapGroup("").WithTags("Delegations").MapDelegationsApi();
        root.MapGroup("").WithTags("List of speakers").MapSpeakersApi();
        root.MapGroup("").WithTags("Statements").MapStatementsApi();
        root.MapGroup("").WithTags("Agenda").MapPanelsApi();
        root.MapGroup("").WithTags("Registers").MapRegisterApi();
        root.MapGroup("").WithTags("Meetings").MapMeetingApi();
        root.MapGroup("").WithTags("Bodies").MapBodiesApi();
        root.MapGroup("").WithTags("Documents").MapDocumentRegisterApi();
        Decisions.SilenceApi.MapSilenceApi(root.MapGroup("").WithTags("Silence procedures"));
        root.MapGroup("").WithTags("Conclusions and recommendations").MapPreliminaryApi();
        root.MapGroup("").WithTags("Conclusions and recommendations").MapCommentApi();
        root.MapGroup("").WithTags("Conclusions and recommendations").MapConsolidationApi();

        // Unknown routes under the API answer in problem details too, not with an HTML page.
        // Reads only: a write that misses (no JSON body, say) gets its own 405 or 415, not "no such route".
        api.MapFallback(() => Problem(StatusCodes.Status404NotFound, "Not found", "There is no such route in the Plenary API v1; see /openapi/v1.json."))
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]))
            .ExcludeFromDescription();
    }

    private static ProblemHttpResult NoBody(string slug) =>
        Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");

    private static ProblemHttpResult BadParameter(string parameter, string detail) => Problems.BadParameter(parameter, detail);

    private static ProblemHttpResult Problem(int status, string title, string detail) => Problems.Create(status, title, detail);
}
