using Plenary.Domain;

namespace Plenary.Application.Editing;

/// <summary>
/// The aggregate an edit is about, as the <see cref="EditPipeline"/> needs it: how to load it (with
/// what the edit touches), what to say when it is not there, and how to speak of it when the edit
/// is refused. A use case builds one per call (see EditMeeting, EditBody, EditDocuments, Delegations).
/// </summary>
/// <param name="What">How a refusal names it, as a sentence starts: "The meeting", "The body's record", "The document".</param>
/// <param name="Load">Loads it, tracked, with everything the edit may change; null when there is none.</param>
/// <param name="Missing">The message when there is none: "There is no convening 9 of 'eg-cybercrime'."</param>
public sealed record EditTarget<T>(string What, Func<CancellationToken, Task<T?>> Load, string Missing) where T : class, IVersioned
{
    /// <summary>What the page shows after a stale edit, for the message: "the meeting as it stands".</summary>
    public string PageShows { get; init; } = "the record as it stands now";

    /// <summary>The form field a broken rule is about, by the rule's code (null: none in particular).</summary>
    public Func<string, string?> FieldOf { get; init; } = static _ => null;

    /// <summary>
    /// Opens the aggregate on its first edit, which names version 0 (a delegation nobody has registered
    /// yet); it may refuse with a <see cref="DomainException"/>. Null: an aggregate that is not there is not found.
    /// </summary>
    public Func<T>? Open { get; init; }

    /// <summary>
    /// The refusal when saving clashes with a unique key (another edit recorded the same value at the
    /// same moment), naming the value. Null: the clash is told as a stale edit (someone else got there first).
    /// </summary>
    public Func<EditResult>? Clash { get; init; }
}
