using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Documents;

/// <summary>A language version's file as the register lists it (never its bytes).</summary>
public sealed record DocumentFileView(string Language, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy, string Download);

/// <param name="Version">The edit version of the register entry: what a write names (see Document.EditVersion).</param>
/// <param name="IssueVersion">The issue version of the document itself: 1, then one more per re-issue (Document.Version).</param>
public sealed record DocumentView(Guid Id, string Symbol, string Title, string Type, string Body, int? Meeting, DateOnly? IssuedOn, string? Issued,
    string Distribution, string OriginalLanguage, IReadOnlyList<string> Languages, string Link, int Version, int IssueVersion,
    IReadOnlyList<DocumentFileView> Files)
{
    /// <summary>The readable address of the document's page: its symbol with '_' for '/'.</summary>
    public string SymbolSlug => DocumentQueries.SlugOf(Symbol);
}

/// <summary>One page of a body's register: its documents, which page it is of how many, and the number of documents in all.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentView> Documents, int Page, int Pages, int Total, int PageSize)
{
    /// <summary>The place of the page's first document in the whole list (1 for the first).</summary>
    public int First => Total == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int Last => First == 0 ? 0 : First + Documents.Count - 1;
}

/// <summary>A file to download.</summary>
public sealed record DocumentDownload(string FileName, string ContentType, byte[] Content);

public sealed partial class DocumentQueries(PlenaryDbContext db)
{
    /// <summary>A symbol as it reads in an address: '/' becomes '_' (no symbol holds '_').</summary>
    public static string SlugOf(string symbol) => symbol.Replace('/', '_');

    /// <summary>The register, optionally narrowed to one body, one of its meetings and one type. Null when the body is unknown.</summary>
    public async Task<IReadOnlyList<DocumentView>?> ListAsync(string? bodySlug, int? meeting, DocumentType? type = null, CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Slug, ct);
        var query = db.Documents.AsNoTracking();
        if (bodySlug is not null)
        {
            var id = bodies.FirstOrDefault(kv => kv.Value == bodySlug).Key;
            if (id == Guid.Empty) return null;
            query = query.Where(d => d.BodyId == id);
        }
        if (meeting is not null) query = query.Where(d => d.MeetingNumber == meeting);
        if (type is not null) query = query.Where(d => d.Type == type);
        var documents = await query.OrderBy(d => d.SymbolOrder).ToListAsync(ct);
        var files = await FilesAsync(documents.Select(d => d.Id).ToList(), ct);
        return documents.Select(d => View(d, bodies.GetValueOrDefault(d.BodyId, ""), files)).ToList();
    }

    /// <summary>
    /// One page of a body's register in the order of symbols, optionally narrowed to a meeting and a type;
    /// a page past the last is the last. The store counts the documents and sorts them by their symbols'
    /// order key (Document.SymbolOrder, indexed with the body), so that only the page is read.
    /// Null when the body is unknown.
    /// </summary>
    public async Task<DocumentPage?> PageAsync(string bodySlug, int? meeting, DocumentType? type, int page, int pageSize = 100, CancellationToken ct = default)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == bodySlug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null) return null;
        var query = db.Documents.AsNoTracking().Where(d => d.BodyId == bodyId);
        if (meeting is not null) query = query.Where(d => d.MeetingNumber == meeting);
        if (type is not null) query = query.Where(d => d.Type == type);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var documents = await query.OrderBy(d => d.SymbolOrder).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var files = await FilesAsync(documents.Select(d => d.Id).ToList(), ct);
        return new DocumentPage(documents.Select(d => View(d, bodySlug, files)).ToList(), page, pages, total, pageSize);
    }

    /// <summary>One document of a body, by its id or its symbol slug (UNODC_CCPCJ_EG.4_2021_1); null when there is none.</summary>
    public async Task<DocumentView?> GetAsync(string bodySlug, string idOrSymbol, CancellationToken ct = default)
    {
        if (await FindAsync(bodySlug, idOrSymbol, ct) is not { } document) return null;
        return View(document, bodySlug, await FilesAsync([document.Id], ct));
    }

    /// <summary>The file of a language version, bytes included; null when there is none.</summary>
    public async Task<DocumentDownload?> FileAsync(string bodySlug, string idOrSymbol, string language, CancellationToken ct = default)
    {
        if (await FindAsync(bodySlug, idOrSymbol, ct) is not { } document) return null;
        var code = language.Trim().ToLowerInvariant();
        return await db.DocumentFiles.AsNoTracking().Where(f => f.DocumentId == document.Id && f.Language == code)
            .Select(f => new DocumentDownload(f.FileName, f.ContentType, f.Content)).SingleOrDefaultAsync(ct);
    }

    internal async Task<Document?> FindAsync(string bodySlug, string idOrSymbol, CancellationToken ct)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == bodySlug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null) return null;
        var documents = db.Documents.AsNoTracking().Where(d => d.BodyId == bodyId);
        if (Guid.TryParse(idOrSymbol, out var id)) return await documents.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (!DocumentSymbol.TryCreate(idOrSymbol.Replace('_', '/'), out var symbol, out _)) return null;
        return await documents.SingleOrDefaultAsync(d => d.Symbol == symbol.Value, ct);
    }

    // Only the files' metadata: the bytes stay in the store.
    private async Task<ILookup<Guid, DocumentFileView>> FilesAsync(List<Guid> documentIds, CancellationToken ct) =>
        (await db.DocumentFiles.AsNoTracking().Where(f => documentIds.Contains(f.DocumentId))
            .Select(f => new { f.DocumentId, f.Language, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt, f.UploadedBy })
            .ToListAsync(ct))
        .ToLookup(f => f.DocumentId, f => new DocumentFileView(f.Language, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt, f.UploadedBy, ""));

    private static DocumentView View(Document d, string body, ILookup<Guid, DocumentFileView> files) =>
        new(d.Id, d.Symbol, d.Title, d.Type.ToString(), body, d.MeetingNumber, d.IssuedOn, d.IssuedOn is { } i ? Dates.Day(i) : null,
            d.Distribution.ToString(), d.OriginalLanguage, d.LanguageVersions, d.ResolverLink.ToString(), d.EditVersion, d.Version,
            files[d.Id].OrderBy(f => OfficialLanguage.Codes.ToList().IndexOf(f.Language))
                .Select(f => f with { Download = $"/bodies/{body}/documents/{d.Id}/files/{f.Language}" }).ToList());
}
