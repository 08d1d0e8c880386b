using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Documents;

/// <summary>What a register entry says, as a form or an API body gives it.</summary>
public sealed record DocumentInput(string Symbol, string Title, DocumentType Type, int? MeetingNumber, DateOnly? IssuedOn,
    Distribution Distribution, string OriginalLanguage, IReadOnlyList<string> LanguageVersions);

/// <summary>
/// The Secretariat's edits to the document register: register a document, edit its metadata,
/// remove it, upload or remove the file of a language version. Every edit but registering names
/// the entry's edit version (Document.EditVersion) it was made from; a stale one is refused and
/// told who changed it and when. Uploads are checked by content and size (DocumentFile).
/// </summary>
public sealed class EditDocuments(PlenaryDbContext db, EditPipeline pipeline, DocumentLimits limits)
{
    /// <summary>Registers a document; on success <c>Id</c> is the new entry's id.</summary>
    public async Task<(EditResult Result, Guid? Id)> RegisterAsync(string slug, DocumentInput input, CancellationToken ct = default)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null) return (EditResult.Missing($"There is no body with the slug '{slug}'."), null);
        var (result, document) = await pipeline.AddAsync(
            () => Document.Register(bodyId.Value, input.MeetingNumber, input.Symbol, input.Title, input.Type,
                input.IssuedOn, input.Distribution, input.OriginalLanguage, input.LanguageVersions),
            d => RefuseAsync(bodyId.Value, d.Id, d.Symbol, input.MeetingNumber, ct),
            code => FieldOf(code, "LanguageVersions"), d => SymbolTaken(d.Symbol), ct);
        return (result, document?.Id);
    }

    public Task<EditResult> EditAsync(string slug, Guid id, int version, DocumentInput input, CancellationToken ct = default) =>
        EditEntryAsync(slug, id, version, "LanguageVersions", async d =>
        {
            var withFiles = await LanguagesWithFilesAsync(d.Id, ct);
            d.Edit(input.Symbol, input.MeetingNumber, input.Title, input.Type, input.IssuedOn, input.Distribution,
                input.OriginalLanguage, input.LanguageVersions, withFiles);
            return await RefuseAsync(d.BodyId, d.Id, d.Symbol, d.MeetingNumber, ct);
        }, ct, () => SymbolTaken(input.Symbol.Trim()));

    /// <summary>Removes the entry and its files (each file's removal is in the audit trail with its hash).</summary>
    public Task<EditResult> RemoveAsync(string slug, Guid id, int version, CancellationToken ct = default) =>
        EditEntryAsync(slug, id, version, null, async d =>
        {
            d.EnsureRemovable(await ListedUnderAsync(d, ct));
            db.DocumentFiles.RemoveRange(await db.DocumentFiles.Where(f => f.DocumentId == d.Id).ToListAsync(ct));
            db.Documents.Remove(d);
            return null;
        }, ct);

    /// <summary>Uploads the file of a language version, or replaces the one there (the audit trail keeps the old one's hash).</summary>
    public Task<EditResult> UploadFileAsync(string slug, Guid id, int version, string language, string? fileName, byte[] content, CancellationToken ct = default) =>
        EditEntryAsync(slug, id, version, "Language", async d =>
        {
            var code = OfficialLanguage.Normalise(language);
            var now = db.Clock.GetUtcNow();
            var existing = await db.DocumentFiles.SingleOrDefaultAsync(f => f.DocumentId == d.Id && f.Language == code, ct);
            if (existing is null) db.DocumentFiles.Add(DocumentFile.Upload(d.Id, code, fileName, content, now, db.Actor.Name, limits.MaxFileBytes));
            else existing.Replace(fileName, content, now, db.Actor.Name, limits.MaxFileBytes);
            d.AddLanguageVersion(code);
            return null;
        }, ct);

    public Task<EditResult> RemoveFileAsync(string slug, Guid id, int version, string language, CancellationToken ct = default) =>
        EditEntryAsync(slug, id, version, "Language", async d =>
        {
            var code = OfficialLanguage.Normalise(language);
            var file = await db.DocumentFiles.SingleOrDefaultAsync(f => f.DocumentId == d.Id && f.Language == code, ct);
            if (file is null) return EditResult.Missing($"{d.Symbol} has no {OfficialLanguage.Name(code)} file.");
            db.DocumentFiles.Remove(file);
            return null;
        }, ct);

    /// <param name="clash">The refusal when the save clashes with a unique key (a symbol given to two entries at once); null: stale.</param>
    private Task<EditResult> EditEntryAsync(string slug, Guid id, int version, string? languageField, Func<Document, Task<EditResult?>> edit, CancellationToken ct,
        Func<EditResult>? clash = null) =>
        pipeline.EditAsync(new EditTarget<Document>("The document",
            async ct => await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct) is { } bodyId
                ? await db.Documents.SingleOrDefaultAsync(d => d.BodyId == bodyId && d.Id == id, ct)
                : null,
            $"There is no document {id} in the register of '{slug}'.")
        {
            PageShows = "the current entry",
            FieldOf = code => FieldOf(code, languageField),
            Clash = clash,
        }, version, edit, ct);

    private static EditResult SymbolTaken(string symbol) =>
        EditResult.Clash($"The symbol {symbol} has just been registered by another edit; each document has its own symbol.", "Symbol");

    /// <summary>
    /// The rules the store knows: a symbol of another body's series is that body's to register, a
    /// symbol is registered once, and the meeting must be one of the body's.
    /// </summary>
    private async Task<EditResult?> RefuseAsync(Guid bodyId, Guid id, string symbol, int? meeting, CancellationToken ct)
    {
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.Id == bodyId || b.SymbolSeries != null).ToListAsync(ct);
        bodies.Single(b => b.Id == bodyId).EnsureMayRegister(symbol, bodies);
        if (await db.Documents.AnyAsync(d => d.Symbol == symbol && d.Id != id, ct))
            return EditResult.Refused($"The symbol {symbol} is already in the register; each document has its own symbol.", "Symbol");
        if (meeting is { } n && !await db.Meetings.AnyAsync(m => m.BodyId == bodyId && m.Number == n, ct))
        {
            var noun = Convenings.Noun(bodies.Single(b => b.Id == bodyId).Convenes);
            return EditResult.Refused($"There is no {noun} {n} of this body; leave the {noun} empty for a document of the body at large.", "MeetingNumber");
        }
        return null;
    }

    private async Task<IReadOnlyCollection<string>> LanguagesWithFilesAsync(Guid id, CancellationToken ct) =>
        await db.DocumentFiles.Where(f => f.DocumentId == id).Select(f => f.Language).ToListAsync(ct);

    /// <summary>The agenda items of the body's convenings that list the document, e.g. "agenda item 2 of the seventh meeting" or "... of the third session".</summary>
    private async Task<IReadOnlyCollection<string>> ListedUnderAsync(Document document, CancellationToken ct)
    {
        var meetings = await RecordLoader.MeetingsWithEverything(db).AsNoTracking().Where(m => m.BodyId == document.BodyId).ToListAsync(ct);
        var convenes = await db.Bodies.AsNoTracking().Where(b => b.Id == document.BodyId).Select(b => b.Convenes).SingleAsync(ct);
        return meetings.OrderBy(m => m.Number)
            .SelectMany(m => m.AgendaItems.Where(i => i.Documentation.Any(r => r.Symbol == document.Symbol))
                .Select(i => $"agenda item {i.Number} of {Convenings.The(convenes, m)}"))
            .ToList();
    }

    /// <summary>Which form field a broken rule is about, so the page can show the message next to it.</summary>
    private static string? FieldOf(string code, string? languageField) => code switch
    {
        DocumentSymbol.InvalidCode or "document.symbol_locked" or "document.symbol_series" => "Symbol",
        "document.title" => "Title",
        "document.meeting" => "MeetingNumber",
        "document.languages" => "LanguageVersions",
        "document.type" => "Type",
        "document.issued_on" => "IssuedOn",
        "document.distribution" => "Distribution",
        "language.unknown" => languageField,
        "file.empty" or "file.too_large" or "file.type" or "file.content" or "file.name" => "File",
        _ => null,
    };
}

/// <summary>The limits on uploaded files (Plenary:Documents:MaxFileBytes, 25 MB by default).</summary>
public sealed record DocumentLimits(long MaxFileBytes = DocumentFile.DefaultMaxBytes);
