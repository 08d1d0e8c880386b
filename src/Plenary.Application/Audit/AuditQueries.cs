using System.Text;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Audit;

public sealed record AuditFilter(string? User, string? Entity, DateOnly? From, DateOnly? To);

public sealed record AuditRow(long Id, DateTimeOffset OccurredAt, string Actor, string Channel, string EntityType, string EntityId, string Action, string? Before, string? After);

/// <summary>Reading the audit trail: the Administrator's log with filters and CSV, and a meeting's History panel.</summary>
public sealed partial class AuditQueries(PlenaryDbContext db)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<AuditRow>> ListAsync(AuditFilter filter, int limit = PageSize, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User)) query = query.Where(e => e.Actor.Contains(filter.User.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Entity)) query = query.Where(e => e.EntityType == filter.Entity.Trim());
        var rows = await query.OrderByDescending(e => e.Id).Take(5000).ToListAsync(ct);
        // Dates are filtered after loading: DateTimeOffset comparisons are not translated alike on every provider.
        return rows
            .Where(e => filter.From is not { } from || DateOnly.FromDateTime(e.OccurredAt.UtcDateTime) >= from)
            .Where(e => filter.To is not { } to || DateOnly.FromDateTime(e.OccurredAt.UtcDateTime) <= to)
            .Take(limit)
            .Select(ToRow)
            .ToList();
    }

    public async Task<IReadOnlyList<AuditRow>> ForMeetingAsync(Guid meetingId, CancellationToken ct = default) =>
        (await db.AuditEntries.AsNoTracking().Where(e => e.MeetingId == meetingId).OrderByDescending(e => e.Id).Take(50).ToListAsync(ct))
            .Select(ToRow).ToList();

    /// <summary>A body's History panel: changes to the body itself and to what carries its id (mandates, workplans, meetings, documents).</summary>
    public async Task<IReadOnlyList<AuditRow>> ForBodyAsync(Guid bodyId, CancellationToken ct = default) =>
        (await db.AuditEntries.AsNoTracking().Where(e => e.BodyId == bodyId).OrderByDescending(e => e.Id).Take(50).ToListAsync(ct))
            .Select(ToRow).ToList();

    /// <summary>One entity's History panel (a document, say).</summary>
    public async Task<IReadOnlyList<AuditRow>> ForEntityAsync(string entityType, string entityId, CancellationToken ct = default) =>
        (await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderByDescending(e => e.Id).Take(50).ToListAsync(ct))
            .Select(ToRow).ToList();

    /// <summary>A document's History panel: its register entry and its files (whose key begins with the document's id).</summary>
    public async Task<IReadOnlyList<AuditRow>> ForDocumentAsync(Guid documentId, CancellationToken ct = default)
    {
        var id = documentId.ToString();
        var files = id + ",";
        return (await db.AuditEntries.AsNoTracking()
                .Where(e => (e.EntityType == "Document" && e.EntityId == id) || (e.EntityType == "DocumentFile" && e.EntityId.StartsWith(files)))
                .OrderByDescending(e => e.Id).Take(50).ToListAsync(ct))
            .Select(ToRow).ToList();
    }

    /// <summary>A delegation's History panel: the delegation and the persons on it (found by the delegation's id in their values).</summary>
    public async Task<IReadOnlyList<AuditRow>> ForDelegationAsync(Guid delegationId, CancellationToken ct = default)
    {
        var id = delegationId.ToString();
        return (await db.AuditEntries.AsNoTracking()
                .Where(e => (e.EntityType == "Delegation" && e.EntityId == id)
                    || (e.EntityType == "DelegationMember" && ((e.After != null && e.After.Contains(id)) || (e.Before != null && e.Before.Contains(id)))))
                .OrderByDescending(e => e.Id).Take(50).ToListAsync(ct))
            .Select(ToRow).ToList();
    }

    /// <summary>
    /// The entries in words (ChangeWording), with the names of the meetings, bodies, documents,
    /// delegations and accounts their ids stand for, found in one query per kind.
    /// </summary>
    public async Task<IReadOnlyList<ChangeDescription>> DescribeAsync(IReadOnlyList<AuditRow> rows, CancellationToken ct = default)
    {
        var ids = rows.Where(r => r.Action is "Added" or "Modified" or "Deleted")
            .SelectMany(r => GuidsIn(r.Before).Concat(GuidsIn(r.After))).ToHashSet().ToList();
        var things = new Dictionary<Guid, string>();
        var conveningNames = new Dictionary<Guid, string>();
        var nouns = new Dictionary<Guid, string>();
        if (ids.Count > 0)
        {
            var bodyRows = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ShortName, b.Convenes }).ToListAsync(ct);
            var bodies = bodyRows.ToDictionary(b => b.Id, b => b.ShortName);
            var convenes = bodyRows.ToDictionary(b => b.Id, b => b.Convenes);
            foreach (var (id, name) in bodies.Where(b => ids.Contains(b.Key))) things[id] = name;
            foreach (var (id, word) in convenes) nouns[id] = Convenings.Noun(word);
            foreach (var m in await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id))
                         .Select(m => new { m.Id, m.BodyId, m.Number, m.Kind, m.Ordinal, m.Designation }).ToListAsync(ct))
            {
                // The body's word and the convening's kind name it ("the resumed third session"); a body no longer in the record says "meeting".
                var name = Convenings.The(convenes.GetValueOrDefault(m.BodyId, Convenes.Meetings), m.Kind, m.Ordinal, m.Designation);
                conveningNames[m.Id] = name;
                things[m.Id] = $"{name} ({bodies.GetValueOrDefault(m.BodyId, "a body no longer in the record")})";
            }
            foreach (var d in await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Symbol }).ToListAsync(ct))
                things[d.Id] = d.Symbol;
            var delegations = await db.Delegations.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Participant, d.MeetingNumber, d.BodyId }).ToListAsync(ct);
            var delegationBodies = delegations.Select(d => d.BodyId).Distinct().ToList();
            var delegationMeetings = delegations.Count == 0 ? []
                : await db.Meetings.AsNoTracking().Where(m => delegationBodies.Contains(m.BodyId))
                    .Select(m => new { m.BodyId, m.Number, m.Kind, m.Ordinal, m.Designation }).ToListAsync(ct);
            foreach (var d in delegations)
            {
                // Named as its body names the convening ("the third session"); one no longer in the record by its number.
                var m = delegationMeetings.FirstOrDefault(m => m.BodyId == d.BodyId && m.Number == d.MeetingNumber);
                var convening = m is null ? $"convening {d.MeetingNumber}" : Convenings.The(convenes.GetValueOrDefault(m.BodyId, Convenes.Meetings), m.Kind, m.Ordinal, m.Designation);
                things[d.Id] = $"the delegation of {d.Participant} to {convening} ({bodies.GetValueOrDefault(d.BodyId, "a body no longer in the record")})";
            }
            foreach (var u in await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct))
                things[u.Id] = u.Email ?? "an account";
        }
        var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned()).GroupBy(t => t.ClrType.Name).ToDictionary(g => g.Key, g => g.First().ClrType);
        var names = new AuditNames(things, (type, property) =>
            types.TryGetValue(type, out var clr) ? clr.GetProperty(property)?.PropertyType : null) { Convenings = conveningNames, Nouns = nouns };
        return rows.Select(r => ChangeWording.Describe(r, names)).ToList();
    }

    /// <summary>The ids an entry's values hold (its own, and those of what it refers to).</summary>
    private static IEnumerable<Guid> GuidsIn(string? json)
    {
        if (string.IsNullOrEmpty(json)) yield break;
        foreach (System.Text.RegularExpressions.Match m in GuidPattern().Matches(json))
            if (Guid.TryParse(m.Value, out var id)) yield return id;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial System.Text.RegularExpressions.Regex GuidPattern();

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

    public static string ToCsv(IEnumerable<AuditRow> rows)
    {
        var csv = new StringBuilder("id,occurred_at,actor,channel,entity_type,entity_id,action,before,after\r\n");
        foreach (var r in rows)
            csv.AppendJoin(',', new[] { r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.OccurredAt.ToString("O"), r.Actor, r.Channel, r.EntityType, r.EntityId, r.Action, r.Before ?? "", r.After ?? "" }.Select(Quote))
                .Append("\r\n");
        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value.StartsWith('=') || value.StartsWith('+') || value.StartsWith('-') || value.StartsWith('@')
            ? "\"" + (value.StartsWith('=') || value.StartsWith('+') || value.StartsWith('-') || value.StartsWith('@') ? "'" : "") + value.Replace("\"", "\"\"") + "\""
            : value;

    private static AuditRow ToRow(AuditEntry e) => new(e.Id, e.OccurredAt, e.Actor, e.Channel.ToString(), e.EntityType, e.EntityId, e.Action, e.Before, e.After);
}
