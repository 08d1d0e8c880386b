using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Domain.Bodies;

namespace Plenary.Application.Records;

public enum ImportOutcome { Created, Updated, Unchanged, Refused }

public sealed record ImportResult(ImportOutcome Outcome, string? BodySlug, IReadOnlyList<RecordError> Errors, int Meetings = 0, int Documents = 0)
{
    public bool Succeeded => Outcome != ImportOutcome.Refused;

    /// <summary>What the body's convenings are called, in the plural, as the record says: "meetings" or "sessions".</summary>
    public string Convenes { get; init; } = "meetings";
}

/// <summary>
/// Loads a record file: all or nothing, and idempotent. The file is checked against the schema,
/// then built through the domain; any error refuses the whole file and nothing is written. A file
/// whose record equals the stored one changes nothing; otherwise the body's record is replaced.
/// </summary>
public sealed class ImportRecord(PlenaryDbContext db)
{
    public async Task<ImportResult> HandleAsync(string json, CancellationToken ct = default)
    {
        var schemaErrors = RecordSchema.Validate(json);
        if (schemaErrors.Count > 0) return new ImportResult(ImportOutcome.Refused, null, WithRuleErrors(json, schemaErrors));
        // A file of version 1 is read as version 2 from here on (docs/record-format.md explains how).
        json = RecordUpgrade.ToCurrent(json);

        RecordFile file;
        try
        {
            file = RecordJson.Deserialize(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            return new ImportResult(ImportOutcome.Refused, null, [new RecordError(e.Path ?? "$", $"cannot be read: {e.Message}")]);
        }

        // A dry build first: it reports every error and gives the normal form to compare with.
        var dryRun = new RecordBuilder();
        var built = dryRun.Build(file);
        if (built is null) return new ImportResult(ImportOutcome.Refused, file.Body.Slug, dryRun.Errors);
        var parentRecord = file.Body.Parent;
        var incoming = RecordJson.Serialize(RecordMapper.ToRecord(built.Body,
            parentRecord is null ? null : Body.Create(parentRecord.Slug, parentRecord.FullName, parentRecord.ShortName, parentRecord.Secretariat, parentRecord.SymbolSeries, Membership.Listed),
            built.Meetings, built.Documents, recommendations: built.Recommendations, procedures: built.Procedures, participation: built.Participation));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = await RecordLoader.LoadAsync(db, file.Body.Slug, ct);
        if (stored is not null && RecordJson.Serialize(stored.ToRecord()) == incoming)
            return new ImportResult(ImportOutcome.Unchanged, file.Body.Slug, [], built.Meetings.Count, built.Documents.Count) { Convenes = file.Body.Convenes };

        var conflict = await SymbolsHeldByOtherBodies(built, stored?.Body.Id, ct);
        if (conflict.Count == 0) conflict = await SymbolsOfAnotherBodysSeries(built, parentRecord?.Slug, ct);
        if (stored is not null) conflict.AddRange(NumbersHeldByLiveProcedures(built, stored));
        if (conflict.Count > 0) return new ImportResult(ImportOutcome.Refused, file.Body.Slug, conflict);

        Body? parent = null;
        if (parentRecord is not null)
        {
            parent = await db.Bodies.SingleOrDefaultAsync(b => b.Slug == parentRecord.Slug, ct);
            if (parent is null)
            {
                parent = Body.Create(parentRecord.Slug, parentRecord.FullName, parentRecord.ShortName, parentRecord.Secretariat, parentRecord.SymbolSeries, Membership.Listed);
                db.Bodies.Add(parent);
            }
            else
            {
                parent.Rename(parentRecord.Slug, parentRecord.FullName, parentRecord.ShortName);
                parent.Describe(parentRecord.Secretariat, parentRecord.SymbolSeries, parent.Membership);
            }
        }

        BuiltRecord record;
        if (stored is null)
        {
            record = built;
            db.Bodies.Add(record.Body);
        }
        else
        {
            var bodyId = stored.Body.Id;
            await db.Meetings.Where(m => m.BodyId == bodyId).ExecuteDeleteAsync(ct);
            await db.Documents.Where(d => d.BodyId == bodyId).ExecuteDeleteAsync(ct);
            await db.PreliminaryTexts.Where(t => t.BodyId == bodyId).ExecuteDeleteAsync(ct);
            await db.Suggestions.Where(s => s.BodyId == bodyId).ExecuteDeleteAsync(ct);
            // The record holds the concluded procedures; open ones and drafts stay (their numbers were checked above).
            await db.SilenceProcedures.Where(p => p.BodyId == bodyId && (p.Status == Plenary.Domain.Decisions.ProcedureStatus.Adopted
                || p.Status == Plenary.Domain.Decisions.ProcedureStatus.NotAdopted || p.Status == Plenary.Domain.Decisions.ProcedureStatus.Withdrawn)).ExecuteDeleteAsync(ct);
            await db.CommentRounds.Where(r => r.BodyId == bodyId).ExecuteDeleteAsync(ct); // their comments and attachments go with them (cascade)
            await db.Consolidations.Where(c => c.BodyId == bodyId).ExecuteDeleteAsync(ct); // their texts, versions, dispositions and snapshots too
            var builder = new RecordBuilder();
            record = builder.Build(file, stored.Body)
                ?? throw new InvalidOperationException("A record that built once failed to build again: " + string.Join("; ", builder.Errors));
        }
        record.Body.PlaceUnder(parent);
        db.Meetings.AddRange(record.Meetings);
        db.Documents.AddRange(record.Documents);
        db.PreliminaryTexts.AddRange(record.Recommendations.Preliminary);
        db.Suggestions.AddRange(record.Recommendations.Suggestions);
        db.SilenceProcedures.AddRange(record.Procedures);
        db.CommentRounds.AddRange(record.Recommendations.Rounds.Rounds);
        db.Set<Plenary.Domain.Recommendations.Comment>().AddRange(record.Recommendations.Rounds.Comments);
        db.CommentAttachments.AddRange(record.Recommendations.Rounds.Attachments);
        db.Consolidations.AddRange(record.Recommendations.Consolidations);
        // A convening whose record gives its participation has it replaced; one whose record says nothing of it keeps the store's (ADR 0018).
        if (stored is not null && record.Participation.Count > 0)
        {
            var bodyId = stored.Body.Id;
            var numbers = record.Participation.Keys.ToList();
            await db.Delegations.Where(d => d.BodyId == bodyId && numbers.Contains(d.MeetingNumber)).ExecuteDeleteAsync(ct);
            await db.Statements.Where(s => s.BodyId == bodyId && numbers.Contains(s.MeetingNumber)).ExecuteDeleteAsync(ct);
            await db.SpeakersLists.Where(l => l.BodyId == bodyId && numbers.Contains(l.MeetingNumber)).ExecuteDeleteAsync(ct);
        }
        foreach (var p in record.Participation.Values)
        {
            db.Delegations.AddRange(p.Delegations);
            db.Statements.AddRange(p.Statements);
            if (p.Speakers is { } list) db.SpeakersLists.Add(list);
        }
        // One audit entry for the whole record, with the record before and after, rather than one per row.
        db.AuditEntries.Add(AuditEntry.Record(db.Clock.GetUtcNow(), db.Actor with { Channel = AuditChannel.Import }, "BodyRecord", file.Body.Slug,
            stored is null ? "Imported" : "Replaced", null, stored is null ? null : RecordJson.Serialize(stored.ToRecord()), incoming, record.Body.Id));
        db.AuditEachEntity = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.AuditEachEntity = true;
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportResult(stored is null ? ImportOutcome.Created : ImportOutcome.Updated, file.Body.Slug, [],
            record.Meetings.Count, record.Documents.Count) { Convenes = file.Body.Convenes };
    }

    /// <summary>
    /// When the file breaks the schema but can still be read, the business rules are checked too,
    /// so that one run reports as much as it can; a rule error on an element the schema already
    /// faulted is left out, as it would only repeat it.
    /// </summary>
    private static IReadOnlyList<RecordError> WithRuleErrors(string json, IReadOnlyList<RecordError> schemaErrors)
    {
        RecordFile file;
        try
        {
            file = RecordJson.Deserialize(RecordUpgrade.ToCurrent(json));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            return schemaErrors;
        }
        var builder = new RecordBuilder();
        builder.Build(file);
        var rules = builder.Errors.Where(r => !schemaErrors.Any(s => Overlaps(s.Path, r.Path)));
        return [.. schemaErrors.Concat(rules).OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    private static bool Overlaps(string a, string b) =>
        a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || a.StartsWith(b + "[", StringComparison.Ordinal)
        || b.StartsWith(a + ".", StringComparison.Ordinal) || b.StartsWith(a + "[", StringComparison.Ordinal);

    /// <summary>A procedure of the file numbered like one still open (or a draft) in the store would take its number.</summary>
    private static IEnumerable<RecordError> NumbersHeldByLiveProcedures(BuiltRecord built, StoredRecord stored)
    {
        var live = stored.Procedures.Where(p => p.Status is Plenary.Domain.Decisions.ProcedureStatus.Open or Plenary.Domain.Decisions.ProcedureStatus.Draft).Select(p => p.Number).ToHashSet();
        return built.Procedures.Select((p, i) => (p, i)).Where(x => live.Contains(x.p.Number))
            .Select(x => new RecordError($"$.silenceProcedures[{x.i}].number", $"Silence procedure {x.p.Number} is open or drafted in the store; the record's procedure needs another number."));
    }

    /// <summary>
    /// The rule the pages and the API apply (<see cref="Body.EnsureMayRegister"/>): a symbol of another
    /// body's series is that body's to register, unless that body is the record's parent.
    /// </summary>
    private async Task<List<RecordError>> SymbolsOfAnotherBodysSeries(BuiltRecord built, string? parentSlug, CancellationToken ct)
    {
        var others = await db.Bodies.AsNoTracking().Where(b => b.Slug != built.Body.Slug && b.SymbolSeries != null).ToListAsync(ct);
        built.Body.PlaceUnder(others.FirstOrDefault(b => b.Slug == parentSlug));
        List<Body> bodies = [.. others, built.Body];
        var errors = new List<RecordError>();
        for (var i = 0; i < built.Documents.Count; i++)
        {
            try
            {
                built.Body.EnsureMayRegister(built.Documents[i].Symbol, bodies);
            }
            catch (Plenary.Domain.DomainException e)
            {
                errors.Add(new RecordError($"$.documents[{i}].symbol", e.Message));
            }
        }
        return errors;
    }

    private async Task<List<RecordError>> SymbolsHeldByOtherBodies(BuiltRecord built, Guid? ownBodyId, CancellationToken ct)
    {
        var symbols = built.Documents.Select(d => d.Symbol).ToList();
        var taken = await db.Documents
            .Where(d => symbols.Contains(d.Symbol) && d.BodyId != ownBodyId)
            .Select(d => d.Symbol)
            .ToListAsync(ct);
        return taken.Select(s => new RecordError($"$.documents[{symbols.IndexOf(s)}].symbol",
            $"The symbol {s} is already registered for another body; a symbol names one document.")).ToList();
    }
}
