using Plenary.Application.Documents;

namespace Plenary.Web.Pages.Documents;

/// <summary>The download of a document's file from its page (the API has its own route under /api/v1).</summary>
public static class DocumentDownloads
{
    /// <summary>
    /// /bodies/{slug}/documents/{document}/files/{lang}: the file of a language version, as an
    /// attachment with its content type. Public: documents in the register are public documents.
    /// </summary>
    public static void MapDocumentDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/bodies/{slug}/documents/{document}/files/{lang}", async (string slug, string document, string lang, DocumentQueries q, CancellationToken ct) =>
                await q.FileAsync(slug, document, lang, ct) is { } file ? Results.File(file.Content, file.ContentType, file.FileName) : Results.NotFound())
            .ExcludeFromDescription().AllowAnonymous();
}
