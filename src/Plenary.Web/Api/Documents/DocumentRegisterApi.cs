using Plenary.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Editing;
using Plenary.Domain.Documents;

using Plenary.Web.Api;

namespace Plenary.Web.Api.Documents;

public sealed record DocumentBody(int? Version, string? Symbol, string? Title, DocumentType? Type, int? Meeting, DateOnly? IssuedOn,
    Distribution? Distribution, string? OriginalLanguage, IReadOnlyList<string>? LanguageVersions) : IVersionedBody;

/// <summary>
/// A body's document register through the API: reading it (public) and, for a personal access
/// token of the body's Secretariat, registering, editing and removing entries and uploading or
/// removing the file of each language version (the raw PDF or DOCX as the request body).
/// </summary>
public static class DocumentRegisterApi
{
    private const string Register = "/bodies/{slug}/documents";
    private const string Entry = Register + "/{id}";
    private const string File = Entry + "/files/{lang}";

    public static void MapDocumentRegisterApi(this RouteGroupBuilder root)
    {
        var read = root.MapGroup("").AllowAnonymous();
        read.MapGet(Register, async Task<Results<Ok<IReadOnlyList<DocumentView>>, ProblemHttpResult>> (string slug, [FromQuery] string? meeting, [FromQuery] string? type, DocumentQueries q, CancellationToken ct) =>
            {
                int? n = null;
                if (meeting is not null)
                {
                    if (!int.TryParse(meeting, out var parsed) || parsed < 1)
                        return Problems.BadParameter("meeting", $"'{meeting}' is not the number of a convening; convenings are numbered 1, 2, 3 ...");
                    n = parsed;
                }
                DocumentType? t = null;
                if (type is not null)
                {
                    if (!Enum.TryParse<DocumentType>(type, ignoreCase: true, out var parsedType) || int.TryParse(type, out _))
                        return Problems.BadParameter("type", $"'{type}' is not a document type; use one of {string.Join(", ", Enum.GetNames<DocumentType>())}.");
                    t = parsedType;
                }
                return await q.ListAsync(slug, n, t, ct) is { } docs ? TypedResults.Ok(docs) : NoBody(slug);
            })
            .WithName("ListBodyDocuments").ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound).WithSummary("A body's document register, optionally for one meeting and one type; each entry with its edit version and its files.");

        read.MapGet(Entry, async Task<Results<Ok<DocumentView>, ProblemHttpResult>> (string slug, string id, DocumentQueries q, CancellationToken ct) =>
                await q.GetAsync(slug, id, ct) is { } doc ? TypedResults.Ok(doc) : NoDocument(slug, id))
            .WithName("GetDocument").ProducesProblems(StatusCodes.Status404NotFound).WithSummary("One entry of the register, by id or by symbol with '_' for '/' (UNODC_CCPCJ_EG.4_2021_1): its metadata, its edit 'version' and its files.");

        read.MapGet(Entry + "/issues", async Task<Results<Ok<DocumentFamilyView>, ProblemHttpResult>> (string slug, string id, DocumentQueries q, BodyQueries bodies, HttpContext http, CancellationToken ct) =>
            {
                if (await q.GetAsync(slug, id, ct) is not { } doc || await q.FamilyAsync(slug, doc.Symbol, ct) is not { } family) return NoDocument(slug, id);
                // Who issued each is the Secretariat's to see, as the audit trail is.
                var body = await bodies.GetAsync(slug, ct);
                return TypedResults.Ok(body is not null && http.User.CanEditRecord(body.BodyId) ? family
                    : family with { Issues = family.Issues.Select(i => i with { IssuedBy = "", Channel = "" }).ToList() });
            })
            .WithName("GetDocumentIssues").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A document's family and versions: the original, its revisions (/Rev.N) and corrigenda (/Corr.N), linked by their symbols, and every issue of each with its date, its content's fingerprint and (for the body's Secretariat) who issued it.");

        read.MapGet(File, async (string slug, string id, string lang, DocumentQueries q, CancellationToken ct) =>
                await q.FileAsync(slug, id, lang, ct) is { } file
                    ? Results.File(file.Content, file.ContentType, file.FileName)
                    : Problems.Create(StatusCodes.Status404NotFound, "File not found", $"The register of '{slug}' holds no {lang} file for '{id}'."))
            .WithName("GetDocumentFile").ProducesProblems(StatusCodes.Status404NotFound).WithSummary("The file of a language version (ar, zh, en, fr, ru, es), as an attachment.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.PdfType);

        root.MapPost(Register, async (string slug, DocumentBody? body, EditDocuments edit, CancellationToken ct) =>
            {
                if (Input(body) is not { } input) return Missing(body);
                var (result, id) = await edit.RegisterAsync(slug, input.Input, ct);
                return Problems.FromEdit(result, created: id is null ? null : $"/api/v1/bodies/{slug}/documents/{id}");
            })
            .AsRecordWrite("RegisterDocument", "Registers a document: symbol, title, type, meeting, issuedOn, distribution, originalLanguage, languageVersions.", readFrom: null, success: StatusCodes.Status201Created);

        root.MapPut(Entry, async (string slug, string id, DocumentBody? body, EditDocuments edit, CancellationToken ct) =>
            {
                if (!Guid.TryParse(id, out var documentId)) return BadId(id);
                var version = body.BaseVersion();
                if (Input(body) is not { } input) return Missing(body);
                return Problems.FromEdit(await edit.EditAsync(slug, documentId, version, input.Input, ct));
            })
            .AsRecordWrite("EditDocument", "Replaces a register entry's metadata (the symbol only while no file is attached).", ReadFrom);

        root.MapDelete(Entry, async (string slug, string id, [FromQuery] int? version, EditDocuments edit, CancellationToken ct) =>
            {
                if (!Guid.TryParse(id, out var documentId)) return BadId(id);
                var v = version.BaseVersion();
                return NoContentOr(await edit.RemoveAsync(slug, documentId, v, ct));
            })
            .AsRecordWrite("RemoveDocument", "Removes an entry and its files from the register (?version=N, success: StatusCodes.Status204NoContent); refused while an agenda item lists it as documentation.", ReadFrom);

        root.MapPut(File, async (string slug, string id, string lang, [FromQuery] int? version, [FromQuery] string? fileName, HttpContext http,
                EditDocuments edit, DocumentLimits limits, CancellationToken ct) =>
            {
                if (!Guid.TryParse(id, out var documentId)) return BadId(id);
                var v = version.BaseVersion();
                var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
                if (mediaType is not (DocumentFile.PdfType or DocumentFile.DocxType))
                    return Problems.BadParameter("Content-Type", $"Send the file as the request body with 'Content-Type: {DocumentFile.PdfType}' or '{DocumentFile.DocxType}'; only PDF and DOCX files are accepted.");
                var content = await ReadAsync(http.Request.Body, limits.MaxFileBytes, ct);
                if (content is null)
                    return Problems.Create(StatusCodes.Status413PayloadTooLarge, "File too large", $"The file is larger than {limits.MaxFileBytes} bytes, the largest file accepted.");
                var name = string.IsNullOrWhiteSpace(fileName) ? $"{id}-{lang}{(mediaType == DocumentFile.PdfType ? ".pdf" : ".docx")}" : fileName;
                var result = await edit.UploadFileAsync(slug, documentId, v, lang, name, content, ct);
                return Problems.FromEdit(result);
            })
            // No Accepts metadata: routing would answer another Content-Type with a bare 415; the handler names the rule in a 400.
            .WithMetadata(new TakesFileUploadAttribute())
            .AsRecordWrite("UploadDocumentFile", "Uploads (or replaces) the file of a language version: the raw PDF or DOCX as the body, ?version=N and optionally ?fileName=.", ReadFrom);

        root.MapDelete(File, async (string slug, string id, string lang, [FromQuery] int? version, EditDocuments edit, CancellationToken ct) =>
            {
                if (!Guid.TryParse(id, out var documentId)) return BadId(id);
                var v = version.BaseVersion();
                return NoContentOr(await edit.RemoveFileAsync(slug, documentId, v, lang, ct));
            })
            .AsRecordWrite("RemoveDocumentFile", "Removes the file of a language version (?version=N, success: StatusCodes.Status204NoContent); the audit trail keeps its hash.", ReadFrom);
    }

    private const string ReadFrom = "/api/v1/bodies/{slug}/documents/{id}";

    private sealed record CheckedInput(DocumentInput Input);

    private static CheckedInput? Input(DocumentBody? body) =>
        body is { Symbol: { } symbol, Title: { } title, Type: { } type }
            ? new CheckedInput(new DocumentInput(symbol, title, type, body.Meeting, body.IssuedOn, body.Distribution ?? Distribution.General,
                body.OriginalLanguage ?? "en", body.LanguageVersions ?? []))
            : null;

    private static IResult Missing(DocumentBody? body) => body switch
    {
        null or { Symbol: null } => Problems.BadParameter("symbol", "Give the document's symbol, such as UNODC/CCPCJ/EG.4/2021/CRP.1."),
        { Title: null } => Problems.BadParameter("title", "Give the document's title."),
        _ => Problems.BadParameter("type", $"Give the document's type: one of {string.Join(", ", Enum.GetNames<DocumentType>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}."),
    };

    private static IResult NoContentOr(EditResult result) => result.Succeeded ? Results.NoContent() : Problems.FromEdit(result);

    private static ProblemHttpResult BadId(string id) =>
        Problems.BadParameter("id", $"'{id}' is not a document id; writes name the entry by its 'id' from GET /api/v1/bodies/{{slug}}/documents.");

    private static ProblemHttpResult NoBody(string slug) =>
        Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");

    private static ProblemHttpResult NoDocument(string slug, string id) =>
        Problems.Create(StatusCodes.Status404NotFound, "Document not found", $"The register of '{slug}' holds no document '{id}'.");

    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes (read no further than that).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
