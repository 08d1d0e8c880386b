using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Documents;

public sealed record DocumentView(string Symbol, string Title, string Type, string Body, int? Meeting, DateOnly? IssuedOn, string? Issued,
    string Distribution, string OriginalLanguage, IReadOnlyList<string> Languages, string Link);

public sealed class DocumentQueries(PlenaryDbContext db)
{
    /// <summary>The register, optionally narrowed to one body and one of its meetings. Null when the body is unknown.</summary>
    public async Task<IReadOnlyList<DocumentView>?> ListAsync(string? bodySlug, int? meeting, CancellationToken ct = default)
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
        var documents = await query.ToListAsync(ct);
        return documents
            .OrderBy(d => DocumentSymbol.Create(d.Symbol))
            .Select(d => new DocumentView(d.Symbol, d.Title, d.Type.ToString(), bodies.GetValueOrDefault(d.BodyId, ""), d.MeetingNumber,
                d.IssuedOn, d.IssuedOn is { } i ? Dates.Day(i) : null, d.Distribution.ToString(), d.OriginalLanguage, d.LanguageVersions, d.ResolverLink.ToString()))
            .ToList();
    }
}
