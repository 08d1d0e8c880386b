using Plenary.Application.Audit;

namespace Plenary.Application.Editing;

/// <summary>
/// The outcome of an edit to the record, the same for every editable entity: done; not found;
/// refused by a rule (with the form field it concerns, when there is one); refused as stale, with the
/// changes made since the version the edit was based on; or refused because another edit recorded
/// the same unique value at the same moment (a clash).
/// </summary>
public sealed record EditResult(bool Succeeded, string? Error = null, IReadOnlyList<AuditRow>? ChangedSince = null)
{
    public bool NotFound { get; init; }
    public string? Field { get; init; }
    /// <summary>The entity's version after a successful edit, for the caller's next edit.</summary>
    public int? Version { get; init; }
    /// <summary>The store refused a value that must be unique and that another edit has just recorded (the message names it).</summary>
    public bool Clashed { get; init; }
    /// <summary>The broken rule's code (DomainException.Code), for a caller that answers one rule differently (a 403 for "not in the circle").</summary>
    public string? Code { get; init; }
    /// <summary>What a successful edit should make the editor aware of without refusing it (more plenary meetings than the conference services allow).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool IsStale => ChangedSince is not null;

    /// <summary>Stale or clashed: the edit met another one (409), as against breaking a rule (400).</summary>
    public bool IsConflict => IsStale || Clashed;

    public static EditResult Done(int? version = null) => new(true) { Version = version };
    public static EditResult Missing(string error) => new(false, error) { NotFound = true };
    public static EditResult Refused(string error, string? field = null) => new(false, error) { Field = field };
    public static EditResult Stale(string error, IReadOnlyList<AuditRow> changes) => new(false, error, changes);
    public static EditResult Clash(string error, string? field = null) => new(false, error) { Field = field, Clashed = true };

    /// <summary>
    /// Refuses an edit made from an older version, naming who changed <paramref name="what"/> since
    /// and when (from the audit trail), and what the page shows now.
    /// </summary>
    public static EditResult StaleSince(string what, string pageShows, IReadOnlyList<AuditRow> changes)
    {
        var who = string.Join("; ", changes.Select(c => $"{c.Actor} at {Decisions.LocalTimes.In(c.OccurredAt, "UTC")} UTC"));
        return Stale($"{what} was changed by someone else after you opened this page ({(who.Length > 0 ? who : "another edit")}). " +
            $"Your change was not saved; the page now shows {pageShows}, so check it and make your change again.", changes);
    }
}
