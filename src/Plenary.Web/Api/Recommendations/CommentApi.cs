using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Recommendations;
using Plenary.Web.Api.Decisions;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Recommendations;

/// <summary>Opening a comment round: the deadline (date, time of day, IANA time zone) and the audience (memberStates, observers, stakeholders).</summary>
public sealed record OpenRoundBody(DateOnly? DeadlineDate, TimeOnly? DeadlineTime, string? TimeZone, IReadOnlyList<string>? Audience);

/// <summary>Extending a round's deadline: the new date and time, in the round's time zone, and the round's version.</summary>
public sealed record ExtendRoundBody(int? Version, DateOnly? DeadlineDate, TimeOnly? DeadlineTime) : IVersionedBody;

/// <summary>A file sent with a comment: its name and its bytes in base64.</summary>
public sealed record AttachmentBody(string? FileName, string? ContentBase64);

/// <summary>
/// A comment: on a text of the compilation ('item', its identifier) or in general (no item); 'for' names the State or
/// organization only when the Secretariat enters a comment received otherwise (a delegate comments for their own State, a
/// stakeholder for their own organization).
/// </summary>
public sealed record CommentBody(string? Item, string? Text, string? For, AttachmentBody? Attachment);

/// <summary>
/// Comment rounds through the API: the rounds and their posted comments (public), the export of posted comments as one
/// document (public), comments (a delegate or stakeholder for their own delegation, or the Secretariat on one's behalf), and the
/// Secretariat's review (post online or decline). The same permissions as the pages.
/// </summary>
public static class CommentApi
{
    private const string Rounds = "/bodies/{slug}/comment-rounds";
    private const string Round = Rounds + "/{round:int}";
    private const string Comment = Round + "/comments/{n:int}";

    public static void MapCommentApi(this RouteGroupBuilder root)
    {
        var read = root.MapGroup("").AllowAnonymous();
        read.MapGet(Rounds, async Task<Results<Ok<IReadOnlyList<CommentRoundSummary>>, ProblemHttpResult>> (string slug, CommentRoundQueries q, CancellationToken ct) =>
                await q.ListAsync(slug, ct: ct) is { } list ? TypedResults.Ok(list) : NoBody(slug))
            .WithName("ListCommentRounds").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A body's comment rounds on compilations, newest first: the compilation's symbol, the deadline in words, whether comments are still taken, the audience and how many comments are posted.");

        read.MapGet(Round, async Task<Results<Ok<CommentRoundView>, ProblemHttpResult>> (string slug, int round, CommentRoundQueries q, CancellationToken ct) =>
                await q.GetAsync(slug, round, CommentsShown.Public, ct) is { } view ? TypedResults.Ok(view) : NoRound(slug, round))
            .WithName("GetCommentRound").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A comment round with the texts of its compilation and the comments posted online (comments waiting for review or declined are not public).");

        read.MapGet(Round + "/document", async (string slug, int round, [FromQuery] string? format, CommentRoundQueries q, DocumentFormats formats, HttpContext http, CancellationToken ct) =>
            {
                var output = OutputFormat.Html;
                if (format is not null && !DocumentFormats.TryParseFormat(format, out output))
                    return Problems.BadParameter("format", $"'{format}' is not an output format; use one of {DocumentFormats.Names}.");
                if (await q.DocumentAsync(slug, round, ct) is not var (document, symbol)) return NoRound(slug, round);
                try
                {
                    var file = await formats.RenderAsync(document, output, ct);
                    if (output == OutputFormat.Html) http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.StandaloneDocumentPolicy;
                    return Results.File(file.Content, file.MediaType, output is OutputFormat.Html or OutputFormat.Txt ? null : DocumentFormats.FileName(symbol, file.Extension));
                }
                catch (PdfEngineMissingException e)
                {
                    return Problems.Create(StatusCodes.Status503ServiceUnavailable, "PDF output is not available", e.Message);
                }
            })
            .WithName("GetCommentsDocument").Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithSummary("All posted comments of a round as one document for delegations, an addendum to the compilation (format: docx, pdf, html or txt; html by default).");

        read.MapGet(Comment + "/attachment", async (string slug, int round, int n, HttpContext http, BodyQueries bodies, CommentRoundQueries q, CancellationToken ct) =>
            {
                if (await bodies.GetAsync(slug, ct) is not { } body) return NoBody(slug);
                if (await q.AttachmentAsync(slug, round, n, http.User.CommentsShown(body.BodyId), ct) is not var (file, content))
                    return Problems.Create(StatusCodes.Status404NotFound, "Not found", $"Comment {n} of round {round} has no attachment that you may read.");
                return Results.File(content, file.ContentType, file.FileName);
            })
            .WithName("GetCommentAttachment").Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The file that accompanied a comment (PDF or DOCX): public once the comment is posted.");

        root.MapGet(Round + "/comments", async (string slug, int round, HttpContext http, BodyQueries bodies, CommentRoundQueries q, CancellationToken ct) =>
            {
                if (await bodies.GetAsync(slug, ct) is not { } body) return NoBody(slug);
                if (!http.User.MayComment(body.BodyId))
                    return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "The comments waiting for review are the Secretariat's; a delegate or stakeholder reads their own.");
                return await q.GetAsync(slug, round, http.User.CommentsShown(body.BodyId), ct) is { } view ? Results.Ok(view.Comments) : NoRound(slug, round);
            })
            .RequireAuthorization(Policies.SignedIn)
            .Produces<IReadOnlyList<CommentView>>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("ListComments").WithSummary("A round's comments with their review: all of them for the Secretariat; the posted ones and their own for a delegate or stakeholder.");

        root.MapPost("/bodies/{slug}/meetings/{number:int}/comment-rounds", async (string slug, int number, OpenRoundBody? body, HttpContext http, CommentRounds rounds, CancellationToken ct) =>
            {
                if (body is null) return Problems.BadParameter("deadlineDate", "Give the deadline and the audience: {\"deadlineDate\": \"2021-01-15\", \"deadlineTime\": \"18:00\", \"timeZone\": \"Europe/Vienna\", \"audience\": [\"memberStates\", \"observers\", \"stakeholders\"]}.");
                var (result, round) = await rounds.OpenAsync(slug, number, new RoundInput(body.DeadlineDate, body.DeadlineTime, body.TimeZone, body.Audience ?? []), http.User.ActingName(), ct);
                return Problems.FromEdit(result, round is null ? null : $"/api/v1/bodies/{slug}/comment-rounds/{round}");
            })
            .AsRecordWrite("OpenCommentRound", "Opens a comment round on the stocktaking convening's compilation, with a deadline (date, time, IANA time zone) and an audience.",
                null, success: StatusCodes.Status201Created);

        root.MapPost(Round + "/extension", async (string slug, int round, ExtendRoundBody? body, HttpContext http, CommentRounds rounds, CancellationToken ct) =>
                Problems.FromEdit(await rounds.ExtendAsync(slug, round, body.BaseVersion(), body?.DeadlineDate, body?.DeadlineTime, http.User.ActingName(), ct)))
            .AsRecordWrite("ExtendCommentRound", "Extends an open round's deadline to a later 'deadlineDate' and 'deadlineTime' in the round's time zone; the first deadline stays on record. Refused for a closed or withdrawn round, or a deadline not later than the current one.",
                "/api/v1/bodies/{slug}/comment-rounds/{round}");

        root.MapPost(Round + "/withdrawal", async (string slug, int round, ReasonBody? body, HttpContext http, CommentRounds rounds, CancellationToken ct) =>
                Problems.FromEdit(await rounds.WithdrawAsync(slug, round, body.BaseVersion(), body?.Reason, http.User.ActingName(), ct)))
            .AsRecordWrite("WithdrawCommentRound", "Withdraws an open round, with an optional 'reason': it takes no more comments; those received stay as they are. Refused for a closed or withdrawn round.",
                "/api/v1/bodies/{slug}/comment-rounds/{round}");

        root.MapPost(Round + "/comments", async (string slug, int round, CommentBody? body, HttpContext http, BodyQueries bodies, CommentRounds rounds, CancellationToken ct) =>
            {
                if (body?.Text is null) return Problems.BadParameter("text", "Give the comment's text, and the identifier of the text it is on ('item'; none for a general comment): {\"item\": \"2020/IC/12\", \"text\": \"…\"}.");
                var found = (await bodies.GetAsync(slug, ct))!;
                if (http.User.Commenter(found.BodyId, body.For) is not { } who)
                    return Problems.BadParameter("for", "Name the State or organization the comment is made for: \"for\": \"South Africa\".");
                UploadedFile? file = null;
                if (body.Attachment is { } a)
                {
                    byte[] bytes;
                    try { bytes = Convert.FromBase64String(a.ContentBase64 ?? ""); }
                    catch (FormatException) { return Problems.BadParameter("attachment", "The attachment's 'contentBase64' is not base64; give the file's bytes in base64."); }
                    file = new UploadedFile(a.FileName, bytes);
                }
                var (result, number) = await rounds.CommentAsync(slug, round, who, body.Item, body.Text, file, http.User.ActingName(), ct);
                return Problems.FromEdit(result, number is null ? null : $"/api/v1/bodies/{slug}/comment-rounds/{round}/comments");
            })
            .AsRecordWrite("SubmitComment", "A delegate comments for their own State, a stakeholder for their own organization (the Secretariat enters a comment on one's behalf, naming it in 'for'), before the deadline; the comment waits for the Secretariat's review. A PDF or DOCX file may go with it ('attachment').",
                null, RefuseUnlessCommenterAsync, Policies.SignedIn, StatusCodes.Status201Created);

        root.MapPost(Comment + "/posting", async (string slug, int round, int n, VersionBody? body, HttpContext http, CommentRounds rounds, CancellationToken ct) =>
                Problems.FromEdit(await rounds.PostAsync(slug, round, n, body.BaseVersion(), http.User.ActingName(), ct)))
            .AsRecordWrite("PostComment", "Posts a received comment online.", "/api/v1/bodies/{slug}/comment-rounds/{round}/comments");

        root.MapPost(Comment + "/declination", async (string slug, int round, int n, ReasonBody? body, HttpContext http, CommentRounds rounds, CancellationToken ct) =>
                Problems.FromEdit(await rounds.DeclineAsync(slug, round, n, body.BaseVersion(), body.Reason, http.User.ActingName(), ct)))
            .AsRecordWrite("DeclineComment", "Declines a received comment for the 'reason' given, which its author reads; it is not posted.", "/api/v1/bodies/{slug}/comment-rounds/{round}/comments");
    }

    /// <summary>Null when the caller may comment in the body's rounds (a delegate or stakeholder of the body, or its Secretariat); else 404 or 403.</summary>
    private static async Task<IResult?> RefuseUnlessCommenterAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        if (await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body)
            return NoBody(slug);
        return http.User.MayComment(body.BodyId) ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "Comments are made by a delegate for their own State or a stakeholder for their own organization.");
    }

    private static ProblemHttpResult NoBody(string slug) => Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");

    private static ProblemHttpResult NoRound(string slug, int round) => Problems.Create(StatusCodes.Status404NotFound, "Not found", $"'{slug}' has no comment round {round}.");
}
