using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;

using Plenary.Web.Api;

namespace Plenary.Web.Api.Documents;

/// <summary>An issue asked for: the date of issue (none: the default the document's page names) and whether it is a revision (/Rev.N).</summary>
public sealed record IssueBody(DateOnly? DateOfIssue, bool? Revision);

/// <summary>What an issue did: the symbol and issue number it carries, its date, the outcome (firstIssue, reissued, unchanged) and the sentence that says so.</summary>
public sealed record IssuedDocument(string Symbol, int Version, DateOnly? IssuedOn, string Outcome, string Message);

/// <summary>GET a meeting's official document, generated from the record, in any output format; POST to issue it into the register.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/bodies/{slug}/meetings/{number}/documents/{kind}", async (string slug, string number, string kind, [FromQuery] string? format,
                OfficialDocuments documents, DocumentFormats formats, HttpContext http, CancellationToken ct) =>
            {
                if (!int.TryParse(number, out var n) || n < 1)
                    return Problems.BadParameter("number", $"'{number}' is not a meeting number; meetings are numbered 1, 2, 3 ...");
                if (!OfficialDocuments.TryParseKind(kind, out var documentKind))
                    return Problems.BadParameter("kind", $"'{kind}' is not a document Plenary generates; use agenda, report or compilation.");
                var outputFormat = OutputFormat.Html;
                if (format is not null && !DocumentFormats.TryParseFormat(format, out outputFormat))
                    return Problems.BadParameter("format", $"'{format}' is not an output format; use one of {DocumentFormats.Names}.");
                GeneratedDocument? generated;
                try
                {
                    generated = await documents.PreviewAsync(slug, n, documentKind, ct);
                }
                catch (DomainException e)
                {
                    return Problems.Create(StatusCodes.Status409Conflict, "The record cannot produce this document", e.Message);
                }
                if (generated is null)
                    return Problems.Create(StatusCodes.Status404NotFound, "Meeting not found", $"There is no meeting {n} of a body '{slug}'.");
                try
                {
                    var file = await formats.RenderAsync(generated.Document, outputFormat, ct);
                    if (outputFormat == OutputFormat.Html)
                        http.Response.Headers.ContentSecurityPolicy = Security.SecurityHeaders.StandaloneDocumentPolicy;
                    return Results.File(file.Content, file.MediaType,
                        outputFormat is OutputFormat.Html or OutputFormat.Txt ? null : DocumentFormats.FileName(generated.Symbol, file.Extension));
                }
                catch (PdfEngineMissingException e)
                {
                    return Problems.Create(StatusCodes.Status503ServiceUnavailable, "PDF output is not available", e.Message);
                }
            })
            .WithName("GetMeetingDocument")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)
            .WithSummary("A convening's annotated provisional agenda or report, or the stocktaking convening's compilation of preliminary conclusions and recommendations (a conference room paper), generated from the record (format: docx, pdf, html or txt; html by default). Reading it does not issue it.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>POST .../documents/{kind}/issues: issues the document (Secretariat), as the document's page does.</summary>
    public static void MapDocumentIssuesApi(this RouteGroupBuilder api) =>
        api.MapPost("/bodies/{slug}/meetings/{number:int}/documents/{kind}/issues", async (string slug, int number, string kind, IssueBody? body,
                OfficialDocuments documents, CancellationToken ct) =>
            {
                if (!OfficialDocuments.TryParseKind(kind, out var documentKind))
                    return Problems.BadParameter("kind", $"'{kind}' is not a document Plenary generates; use agenda or report.");
                // The API asks for the date of issue every time: an empty body issues nothing.
                if (body?.DateOfIssue is not { } dateOfIssue)
                    return Problems.BadParameter("dateOfIssue", "Give the date of issue (dateOfIssue, YYYY-MM-DD): the date the document carries in its masthead.");
                var revision = body.Revision ?? false;
                GeneratedDocument? issued;
                try
                {
                    issued = await documents.IssueAsync(slug, number, documentKind, new IssueRequest(revision, dateOfIssue), ct);
                }
                catch (DomainException e)
                {
                    var problem = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The issue breaks a rule", Detail = e.Message };
                    if (e.Code == "document.date_of_issue") problem.Extensions["field"] = "dateOfIssue";
                    return TypedResults.Problem(problem);
                }
                if (issued is null)
                    return Problems.Create(StatusCodes.Status404NotFound, "Meeting not found", $"There is no meeting {number} of a body '{slug}'.");
                var outcome = issued.Outcome ?? Domain.Documents.IssueOutcome.Unchanged;
                var answer = new IssuedDocument(issued.Symbol, issued.Version, issued.IssuedOn,
                    System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()), OfficialDocuments.IssueSentence(issued, revision));
                return outcome == Domain.Documents.IssueOutcome.FirstIssue
                    ? Results.Created($"/api/v1/bodies/{slug}/documents/{Uri.EscapeDataString(issued.Symbol)}", answer)
                    : Results.Ok(answer);
            })
            .AsRecordWrite("IssueMeetingDocument", "Issues the convening's annotated provisional agenda or report into the register: dateOfIssue (YYYY-MM-DD, required) "
                + "and revision (true: under /Rev.N). Unchanged content is not issued again, and a revision of it is refused by saying so (200, outcome unchanged); a first issue answers 201.",
                readFrom: null, answer: typeof(IssuedDocument))
            .Produces<IssuedDocument>(StatusCodes.Status201Created);

    /// <summary>/css/document.css: the look of a document embedded in a page, from the one stylesheet the renderer owns.</summary>
    public static void MapDocumentStylesheet(this IEndpointRouteBuilder app) =>
        app.MapGet("/css/document.css", () => Results.Text(HtmlRenderer.DocumentStylesheet, "text/css"))
            .ExcludeFromDescription().AllowAnonymous();
}
