using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;

using Plenary.Web.Api;

namespace Plenary.Web.Api.Documents;

/// <summary>GET a meeting's official document, generated from the record, in any output format.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/bodies/{slug}/meetings/{number}/documents/{kind}", async (string slug, string number, string kind, [FromQuery] string? format,
                OfficialDocuments documents, DocumentFormats formats, HttpContext http, CancellationToken ct) =>
            {
                if (!int.TryParse(number, out var n) || n < 1)
                    return Problems.BadParameter("number", $"'{number}' is not the number of a convening; convenings are numbered 1, 2, 3 ...");
                if (!OfficialDocuments.TryParseKind(kind, out var documentKind))
                    return Problems.BadParameter("kind", $"'{kind}' is not a document Plenary generates; use agenda, report, compilation, participants or adopted.");
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
                    return Problems.Create(StatusCodes.Status404NotFound, "Not found", $"There is no convening {n} of a body '{slug}'.");
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
            .WithSummary("A convening's annotated provisional agenda or report, or the stocktaking convening's compilation of preliminary conclusions and recommendations (a conference room paper) or its list of adopted conclusions and recommendations (adopted), or the provisional list of participants (participants), generated from the record (format: docx, pdf, html or txt; html by default). Reading it does not issue it.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>/css/document.css: the look of a document embedded in a page, from the one stylesheet the renderer owns.</summary>
    public static void MapDocumentStylesheet(this IEndpointRouteBuilder app) =>
        app.MapGet("/css/document.css", () => Results.Text(HtmlRenderer.DocumentStylesheet, "text/css"))
            .ExcludeFromDescription().AllowAnonymous();
}
