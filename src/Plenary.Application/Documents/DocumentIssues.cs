using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plenary.Domain.Documents;

namespace Plenary.Application.Documents;

/// <summary>One issue of a document, as the audit trail kept it: its symbol, issue version, date of issue, the fingerprint of its content (its first 12 hexadecimal digits), who issued it, through which door and when.</summary>
public sealed record IssueRecord(string Symbol, int Version, DateOnly? IssuedOn, string? Fingerprint, string IssuedBy, string Channel, DateTimeOffset? RecordedAt);

/// <summary>A member of a document's family: the original, a revision (of the original) or a corrigendum (to the original or a revision), with the symbol it revises or corrects.</summary>
public sealed record FamilyMember(string Symbol, string Relation, string? Of, DateOnly? IssuedOn, int Version)
{
    public string SymbolSlug => DocumentQueries.SlugOf(Symbol);
    /// <summary>"original", "revision of A/B/1", "corrigendum to A/B/1/Rev.1".</summary>
    public string Describe => Of is null ? Relation : $"{Relation} {(Relation == "corrigendum" ? "to" : "of")} {Of}";
}

/// <summary>A document with its revisions and corrigenda (linked both ways by their symbols) and every issue of each.</summary>
public sealed record DocumentFamilyView(string Original, IReadOnlyList<FamilyMember> Members, IReadOnlyList<IssueRecord> Issues);

public sealed partial class DocumentQueries
{
    /// <summary>
    /// The family of the document with this symbol (it may be the original, a revision or a corrigendum): the
    /// original, its revisions and the corrigenda in symbol order, and each issue of each from the audit trail
    /// (a document that came in with a record file, before any issue here, shows its register entry, "from the record").
    /// Null when the body is unknown.
    /// </summary>
    public async Task<DocumentFamilyView?> FamilyAsync(string bodySlug, string symbol, CancellationToken ct = default)
    {
        var bodyId = await db.Bodies.Where(b => b.Slug == bodySlug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
        if (bodyId is null) return null;
        var original = DocumentFamily.OriginalOf(symbol);
        var family = new DocumentFamily(original, await db.Documents.AsNoTracking()
            .Where(d => d.BodyId == bodyId && (d.Symbol == original || d.Symbol.StartsWith(original + "/"))).ToListAsync(ct));
        var ids = family.Members.Select(d => d.Id.ToString()).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Document) && ids.Contains(e.EntityId) && (e.Action == "Added" || e.Action == "Modified"))
            .OrderBy(e => e.Id).ToListAsync(ct);
        var issues = new List<IssueRecord>();
        foreach (var document in family.Members)
        {
            var own = entries.Where(e => e.EntityId == document.Id.ToString())
                .Select(e => (Entry: e, Before: Read(e.Before), After: Read(e.After)))
                .Where(x => x.After.Hash is not null && (x.Before.Hash != x.After.Hash || x.Before.IssuedOn != x.After.IssuedOn))
                .Select(x => new IssueRecord(x.After.Symbol ?? document.Symbol, x.After.Version ?? document.Version, x.After.IssuedOn, Short(x.After.Hash),
                    x.Entry.Actor, x.Entry.Channel.ToString(), x.Entry.OccurredAt))
                .ToList();
            if (own.Count == 0)
                own.Add(new IssueRecord(document.Symbol, document.Version, document.IssuedOn, Short(document.ContentHash), "from the record", "", null));
            issues.AddRange(own);
        }
        var members = family.Members.Select(d => Member(d, original)).ToList();
        return new DocumentFamilyView(original, members, issues);
    }

    private static FamilyMember Member(Document d, string original) =>
        d.Symbol == original ? new(d.Symbol, "original", null, d.IssuedOn, d.Version)
        : d.Symbol[(d.Symbol.LastIndexOf('/') + 1)..].StartsWith("Corr.", StringComparison.Ordinal)
            ? new(d.Symbol, "corrigendum", d.Symbol[..d.Symbol.LastIndexOf('/')], d.IssuedOn, d.Version)
            : new(d.Symbol, "revision", original, d.IssuedOn, d.Version);

    private static string? Short(string? hash) => hash is null ? null : hash[..Math.Min(12, hash.Length)];

    private readonly record struct Issued(string? Symbol, int? Version, DateOnly? IssuedOn, string? Hash);

    private static Issued Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return default;
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        var on = Text(nameof(Document.IssuedOn)) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : (DateOnly?)null;
        return new Issued(Text(nameof(Document.Symbol)), Number(nameof(Document.Version)), on, Text(nameof(Document.ContentHash)));
    }
}
