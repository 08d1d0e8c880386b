using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Domain;

namespace Plenary.Application.Editing;

/// <summary>
/// The one path of every write to the record: load the aggregate, check the version the edit was
/// made from, call the domain, save; and tell every way it can fail in the same words. A stale
/// version (or another editor saving first) is refused with the changes made since, from the audit
/// trail; a broken rule is refused with the form field it concerns; a rule whose code ends in
/// <c>.unknown</c> (no such item, position or workplan) is not found; a value that another edit has
/// just recorded under a unique key is a clash, never a raw store error. Nothing is written unless
/// everything succeeds. ADR 0011 gives the recipe for a new write.
/// </summary>
public sealed class EditPipeline(PlenaryDbContext db, AuditQueries audit)
{
    /// <summary>Edits an aggregate with a domain method.</summary>
    /// <param name="field">The form field a broken rule concerns when its code maps to none (a form with one main field).</param>
    public Task<EditResult> EditAsync<T>(EditTarget<T> target, int version, Action<T> edit, CancellationToken ct, string? field = null) where T : class, IVersioned =>
        EditAsync(target, version, a =>
        {
            edit(a);
            return Task.FromResult<EditResult?>(null);
        }, ct, field);

    /// <summary>
    /// Edits an aggregate with a step that may also consult the store (is a symbol registered? does a
    /// file exist?): it returns null to go on, or the refusal to answer instead (nothing is written).
    /// </summary>
    public async Task<EditResult> EditAsync<T>(EditTarget<T> target, int version, Func<T, Task<EditResult?>> edit, CancellationToken ct, string? field = null)
        where T : class, IVersioned
    {
        T? aggregate = null;
        var opened = false;
        try
        {
            aggregate = await target.Load(ct);
            if (aggregate is null)
            {
                if (target.Open is null) return EditResult.Missing(target.Missing);
                if (version != 0) return await StaleAsync(target, null, 1, ct);
                aggregate = target.Open();
                db.Add(aggregate);
                opened = true;
            }
            else
            {
                aggregate.BeginEdit(version);
            }
            if (await edit(aggregate) is { } refused)
            {
                db.ChangeTracker.Clear();
                return refused;
            }
            await db.SaveChangesAsync(ct);
            return EditResult.Done(aggregate.EditVersion);
        }
        catch (StaleEditException e)
        {
            return await StaleAsync(target, aggregate!.Id, e.CurrentVersion - version, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another editor saved between our read and our write.
            db.ChangeTracker.Clear();
            if (await target.Load(ct) is not { } current)
                return EditResult.Missing($"{target.What} was removed meanwhile; nothing was saved.");
            return await StaleAsync(target, current.Id, current.EditVersion - version, ct);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            if (target.Clash is { } clash) return clash();
            // Opened at the same moment by someone else, or a value recorded first by another edit: stale either way.
            var current = await target.Load(ct);
            return await StaleAsync(target, current?.Id ?? (opened ? null : aggregate?.Id), 1, ct);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return Refusal(e, target.FieldOf, field);
        }
    }

    /// <summary>
    /// Adds a new aggregate (a register entry, say): <paramref name="create"/> builds it through the
    /// domain, <paramref name="check"/> may refuse it on what the store knows, then it is saved.
    /// </summary>
    /// <param name="fieldOf">The form field a broken rule is about, by the rule's code.</param>
    /// <param name="clash">The refusal when another edit has just recorded the same unique value (naming it).</param>
    public async Task<(EditResult Result, T? Added)> AddAsync<T>(Func<T> create, Func<T, Task<EditResult?>> check, Func<string, string?> fieldOf,
        Func<T, EditResult> clash, CancellationToken ct, string? field = null) where T : class, IVersioned
    {
        T? added = null;
        try
        {
            added = create();
            if (await check(added) is { } refused)
            {
                db.ChangeTracker.Clear();
                return (refused, null);
            }
            db.Add(added);
            await db.SaveChangesAsync(ct);
            return (EditResult.Done(added.EditVersion), added);
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return (clash(added!), null);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return (Refusal(e, fieldOf, field), null);
        }
    }

    /// <summary>A broken rule: next to its field when it has one; "no such thing" (a code ending in .unknown) is not found.</summary>
    private static EditResult Refusal(DomainException e, Func<string, string?> fieldOf, string? field) =>
        (fieldOf(e.Code) is { } mapped ? EditResult.Refused(e.Message, mapped)
        : e.Code.EndsWith(".unknown", StringComparison.Ordinal) ? EditResult.Missing(e.Message)
        : EditResult.Refused(e.Message, field)) with { Code = e.Code };

    /// <summary>The stale refusal, with the last <paramref name="editsSince"/> changes to the aggregate from the audit trail.</summary>
    private async Task<EditResult> StaleAsync<T>(EditTarget<T> target, Guid? id, int editsSince, CancellationToken ct) where T : class, IVersioned
    {
        db.ChangeTracker.Clear();
        var changes = id is { } known
            ? (await audit.ForEntityAsync(typeof(T).Name, known.ToString(), ct)).Take(Math.Max(editsSince, 1)).ToList()
            : [];
        return EditResult.StaleSince(target.What, target.PageShows, changes);
    }
}
