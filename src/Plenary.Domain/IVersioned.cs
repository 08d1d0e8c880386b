namespace Plenary.Domain;

/// <summary>
/// An aggregate edited as one unit of concurrency (a body with its mandates and workplans, a meeting
/// with its agenda, a register entry, a delegation): every edit names the version it was made from,
/// and an edit from an older version is refused rather than applied over a newer state.
/// </summary>
public interface IVersioned
{
    Guid Id { get; }

    /// <summary>The version the next edit must name; it counts the edits made so far.</summary>
    int EditVersion { get; }

    /// <summary>Refuses an edit made from another version (<see cref="StaleEditException"/>), then counts this one.</summary>
    void BeginEdit(int expectedVersion);
}
