using System.Globalization;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Recommendations;

/// <summary>Where a consolidated text stands during the stocktaking convening.</summary>
public enum ConsolidatedState { UnderNegotiation, AgreedAdReferendum, Adopted, NotAdopted }

/// <summary>What became of a preliminary text in the consolidation.</summary>
public enum DispositionKind { MergedInto, RetainedAsIs, RetainedAsAmended, NotRetained, Deferred }

/// <summary>What the consolidation needs to know of a preliminary text of the period: its identifier, topic, kind and wording.</summary>
public sealed record SourceText(string Identifier, string Topic, TextKind Kind, string Text);

/// <summary>A preliminary text's disposition: its kind and, when it went into a consolidated text, that text's number.</summary>
public sealed record Disposition(string Identifier, DispositionKind Kind, int? Into, string? Reason);

/// <summary>
/// The consolidation of a workplan's preliminary conclusions and recommendations at the stocktaking convening (issue 9,
/// item 4): consolidated texts made from one or more preliminary texts and negotiated version by version, the
/// disposition of every preliminary text of the period, the snapshots of agreed texts that the Secretariat publishes,
/// and the proposals of the similarity assistant that the Rapporteur set aside. One per stocktaking convening, edited as
/// one unit. Once finalised, nothing in it changes. A preliminary text's disposition follows from the consolidated
/// texts (merged into a text of several sources; retained as is or as amended when it is a text's only source) unless
/// the Rapporteur records it as not retained or deferred.
/// </summary>
public sealed class Consolidation : IVersioned
{
    public const int MaxReason = 1000;

    private readonly List<ConsolidatedText> _texts = [];
    private readonly List<PreliminaryDecision> _decisions = [];
    private readonly List<AgreedSnapshot> _snapshots = [];

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The stocktaking convening, by its number.</summary>
    public int MeetingNumber { get; private set; }
    /// <summary>The assistant's proposals the Rapporteur ignored, each as its members' identifiers joined by spaces.</summary>
    public List<string> IgnoredProposals { get; private set; } = [];
    public DateTimeOffset? FinalisedAt { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    public IReadOnlyList<ConsolidatedText> Texts => _texts;
    public IReadOnlyList<PreliminaryDecision> Decisions => _decisions;
    public IReadOnlyList<AgreedSnapshot> Snapshots => _snapshots;
    public bool IsFinalised => FinalisedAt is not null;

    private Consolidation() { }

    /// <summary>Opens the consolidation of a stocktaking convening (on its first edit).</summary>
    public static Consolidation Open(Guid bodyId, Meeting meeting)
    {
        if (meeting.BodyId != bodyId)
            throw new DomainException("consolidation.meeting", "The convening is another body's.");
        if (!meeting.IsStocktaking)
            throw new DomainException("consolidation.stocktaking",
                "Preliminary texts are consolidated at the stocktaking convening only; this convening is not one.");
        return new Consolidation { Id = Guid.CreateVersion7(), BodyId = bodyId, MeetingNumber = meeting.Number };
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>The consolidated text numbered <paramref name="number"/>; else the refusal (not found).</summary>
    public ConsolidatedText Text(int number) => _texts.FirstOrDefault(t => t.Number == number)
        ?? throw new DomainException("consolidated.unknown", $"There is no consolidated text {Num(number)}.");

    /// <summary>
    /// Makes a consolidated text from one or more preliminary texts of the period. Its wording is the one given, or the
    /// only source's when none is given; its topic and kind are the first source's unless given. A source already in
    /// another consolidated text, or recorded as not retained or deferred, is refused by its identifier.
    /// </summary>
    public ConsolidatedText Consolidate(IReadOnlyList<SourceText> sources, string? topic, TextKind? kind, string? text, DateTimeOffset at, string? by)
    {
        AssertOpen();
        if (sources.Count == 0)
            throw new DomainException("consolidated.sources", "Choose at least one preliminary text as the source of the consolidated text.");
        var twice = sources.GroupBy(s => s.Identifier).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new DomainException("consolidated.sources", $"{twice.Key} is named twice among the sources.");
        foreach (var s in sources) AssertFree(s.Identifier);
        if (kind is { } k && !Enum.IsDefined(k))
            throw new DomainException("consolidated.kind", "A consolidated text is a conclusion or a recommendation.");
        var wording = string.IsNullOrWhiteSpace(text)
            ? sources.Count == 1 ? sources[0].Text : throw new DomainException("consolidated.text",
                $"The wording is required when several texts are merged ({Lists.Join(sources.Select(s => s.Identifier).ToList())}); write the consolidated text.")
            : text;
        var created = new ConsolidatedText(Id, _texts.Count == 0 ? 1 : _texts.Max(t => t.Number) + 1,
            Guard.Optional(topic, "consolidated.topic", "The topic", 300) ?? sources[0].Topic, kind ?? sources[0].Kind,
            sources.Select(s => s.Identifier).ToList(), wording, at, by);
        _texts.Add(created);
        return created;
    }

    /// <summary>A new version of a text under negotiation; every earlier version is kept.</summary>
    public void Amend(int number, string? text, string? note, DateTimeOffset at, string? by)
    {
        AssertOpen();
        Text(number).Amend(text, note, at, by);
    }

    /// <summary>Moves a text from one state to the next (under negotiation, agreed ad referendum, adopted, not adopted).</summary>
    public void ChangeState(int number, ConsolidatedState state, DateTimeOffset at)
    {
        AssertOpen();
        Text(number).MoveTo(state, at);
    }

    /// <summary>Takes a source out of a consolidated text of several sources (the text stays; the preliminary text is free again).</summary>
    public void RemoveSource(int number, string identifier)
    {
        AssertOpen();
        Text(number).RemoveSource(identifier);
    }

    /// <summary>Records that a preliminary text is not retained or deferred, with an optional reason.</summary>
    public void Decide(SourceText source, DispositionKind kind, string? reason)
    {
        AssertOpen();
        if (kind is not (DispositionKind.NotRetained or DispositionKind.Deferred))
            throw new DomainException("disposition.kind",
                "Only 'not retained' and 'deferred' are recorded directly; a text is merged or retained by making it a source of a consolidated text.");
        AssertFree(source.Identifier, allowDecided: true);
        _decisions.RemoveAll(d => d.Identifier == source.Identifier);
        _decisions.Add(new PreliminaryDecision(Id, source.Identifier, kind, Guard.Optional(reason, "disposition.reason", "The reason", MaxReason)));
    }

    /// <summary>Withdraws a 'not retained' or 'deferred' disposition.</summary>
    public void Withdraw(string identifier)
    {
        AssertOpen();
        if (_decisions.RemoveAll(d => d.Identifier == identifier) == 0)
            throw new DomainException("disposition.identifier", $"{identifier} has no disposition recorded as not retained or deferred.");
    }

    /// <summary>Sets aside a proposal of the assistant (its members' identifiers); it is no longer offered.</summary>
    public void Ignore(IReadOnlyCollection<string> members)
    {
        AssertOpen();
        if (members.Count < 2)
            throw new DomainException("proposal.members", "A proposal groups at least two preliminary texts.");
        var key = ProposalKey(members);
        if (!IgnoredProposals.Contains(key)) IgnoredProposals = [.. IgnoredProposals, key];
    }

    /// <summary>The key under which an ignored proposal is kept: its identifiers in order, joined by spaces.</summary>
    public static string ProposalKey(IEnumerable<string> members) => string.Join(' ', members.Order(StringComparer.Ordinal));

    /// <summary>The disposition of every preliminary text of <paramref name="period"/>; a text without one is left out.</summary>
    public IReadOnlyList<Disposition> Dispositions(IReadOnlyList<SourceText> period)
    {
        var result = new List<Disposition>();
        foreach (var source in period)
            if (DispositionOf(source) is { } d) result.Add(d);
        return result;
    }

    /// <summary>What became of one preliminary text; null while it has no disposition.</summary>
    public Disposition? DispositionOf(SourceText source)
    {
        if (_decisions.FirstOrDefault(d => d.Identifier == source.Identifier) is { } decided)
            return new Disposition(source.Identifier, decided.Kind, null, decided.Reason);
        if (_texts.FirstOrDefault(t => t.Sources.Contains(source.Identifier)) is not { } into) return null;
        var kind = into.Sources.Count > 1 ? DispositionKind.MergedInto
            : string.Equals(Normalise(into.Text), Normalise(source.Text), StringComparison.Ordinal) ? DispositionKind.RetainedAsIs
            : DispositionKind.RetainedAsAmended;
        return new Disposition(source.Identifier, kind, into.Number, null);
    }

    /// <summary>
    /// Finalises the list: refused while any preliminary text of <paramref name="period"/> has no disposition (the refusal
    /// lists them by identifier) or any consolidated text is still under negotiation or agreed only ad referendum.
    /// </summary>
    public void Finalise(IReadOnlyList<SourceText> period, DateTimeOffset at)
    {
        AssertOpen();
        var without = period.Where(s => DispositionOf(s) is null).Select(s => s.Identifier).ToList();
        if (without.Count > 0)
            throw new DomainException("consolidation.dispositions",
                $"The list cannot be finalised while {Numbers.Count(without.Count, "preliminary text")} {(without.Count == 1 ? "has" : "have")} no disposition: {Lists.Join(without)}. "
                + "Merge or retain each in a consolidated text, or record it as not retained or deferred.");
        var open = _texts.Where(t => t.State is ConsolidatedState.UnderNegotiation or ConsolidatedState.AgreedAdReferendum).Select(t => Num(t.Number)).ToList();
        if (open.Count > 0)
            throw new DomainException("consolidation.open",
                $"The list cannot be finalised while consolidated {(open.Count == 1 ? "text" : "texts")} {Lists.Join(open)} {(open.Count == 1 ? "is" : "are")} neither adopted nor not adopted.");
        FinalisedAt = at;
    }

    /// <summary>
    /// Publishes the texts agreed so far (agreed ad referendum or adopted) as they stand at the status date and time the
    /// Secretariat gives ("Status: 7 April 2021, 6 p.m."); a snapshot's status follows the previous one's.
    /// </summary>
    public AgreedSnapshot Publish(DateOnly statusDate, TimeOnly statusTime, DateTimeOffset at, string? by)
    {
        AssertOpen();
        var agreed = _texts.Where(t => t.State is ConsolidatedState.AgreedAdReferendum or ConsolidatedState.Adopted).OrderBy(t => t.Number).ToList();
        if (agreed.Count == 0)
            throw new DomainException("snapshot.agreed", "No consolidated text is agreed yet; a snapshot publishes agreed texts only.");
        if (_snapshots.Count > 0 && _snapshots.Max(s => s.StatusDate.ToDateTime(s.StatusTime)) is var last && statusDate.ToDateTime(statusTime) <= last)
            throw new DomainException("snapshot.status",
                $"The status must be later than that of the last snapshot ({AgreedSnapshot.Label(DateOnly.FromDateTime(last), TimeOnly.FromDateTime(last))}).");
        var snapshot = new AgreedSnapshot(Id, _snapshots.Count + 1, statusDate, statusTime, at, by,
            agreed.Select(t => new PublishedText(t.Number, t.Topic, t.Kind, t.State, t.Text)).ToList());
        _snapshots.Add(snapshot);
        return snapshot;
    }

    /// <summary>Rebuilds a finalised consolidation from a record file.</summary>
    public void RestoreFinalised(DateTimeOffset? at) => FinalisedAt = at;

    /// <summary>
    /// Rebuilds a snapshot from a record file with its texts as they were published (a text may have moved on since).
    /// Snapshots are numbered from 1 in the order published, each with a later status than the one before.
    /// </summary>
    public AgreedSnapshot RestoreSnapshot(int number, DateOnly statusDate, TimeOnly statusTime, DateTimeOffset at, string? by, IReadOnlyList<PublishedText> texts)
    {
        if (number != _snapshots.Count + 1)
            throw new DomainException("snapshot.number", $"Snapshots are numbered from 1 in the order published; this one should be {Num(_snapshots.Count + 1)}, not {Num(number)}.");
        if (texts.Count == 0)
            throw new DomainException("snapshot.agreed", "A snapshot publishes at least one agreed text.");
        if (texts.FirstOrDefault(t => t.State is not (ConsolidatedState.AgreedAdReferendum or ConsolidatedState.Adopted)) is { } open)
            throw new DomainException("snapshot.agreed", $"Consolidated text {Num(open.Number)} is {StateWords.Of(open.State)}; a snapshot publishes agreed texts only.");
        if (texts.FirstOrDefault(t => _texts.All(x => x.Number != t.Number)) is { } unknown)
            throw new DomainException("snapshot.agreed", $"There is no consolidated text {Num(unknown.Number)}.");
        if (_snapshots.Count > 0 && _snapshots.Max(s => s.StatusDate.ToDateTime(s.StatusTime)) is var last && statusDate.ToDateTime(statusTime) <= last)
            throw new DomainException("snapshot.status",
                $"The status must be later than that of the last snapshot ({AgreedSnapshot.Label(DateOnly.FromDateTime(last), TimeOnly.FromDateTime(last))}).");
        foreach (var t in texts) Guard.Required(t.Text, "snapshot.text", "The wording", PreliminaryText.MaxText);
        var snapshot = new AgreedSnapshot(Id, number, statusDate, statusTime, at, by, texts);
        _snapshots.Add(snapshot);
        return snapshot;
    }

    private void AssertFree(string identifier, bool allowDecided = false)
    {
        if (_texts.FirstOrDefault(t => t.Sources.Contains(identifier)) is { } used)
            throw new DomainException("consolidated.sources", $"{identifier} is already a source of consolidated text {Num(used.Number)}; take it out of that text first.");
        if (!allowDecided && _decisions.FirstOrDefault(d => d.Identifier == identifier) is { } decided)
            throw new DomainException("consolidated.sources",
                $"{identifier} is recorded as {DispositionWords.Of(decided.Kind)}; withdraw that disposition first.");
    }

    private void AssertOpen()
    {
        if (FinalisedAt is { } at)
            throw new DomainException("consolidation.finalised",
                $"The list was finalised on {Dates.Day(DateOnly.FromDateTime(at.UtcDateTime))}; nothing in the consolidation changes after that.");
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A consolidated conclusion or recommendation: numbered once within its consolidation, made from one or more
/// preliminary texts (its sources, by identifier), with every version of its wording kept.
/// </summary>
public sealed class ConsolidatedText
{
    private readonly List<ConsolidatedVersion> _versions = [];

    public Guid Id { get; private set; }
    public Guid ConsolidationId { get; private set; }
    public int Number { get; private set; }
    public string Topic { get; private set; } = "";
    public TextKind Kind { get; private set; }
    public ConsolidatedState State { get; private set; }
    public DateTimeOffset? StateChangedAt { get; private set; }
    /// <summary>The preliminary texts it was made from, by identifier.</summary>
    public List<string> Sources { get; private set; } = [];
    /// <summary>The wording as it stands (the last version's).</summary>
    public string Text { get; private set; } = "";
    public IReadOnlyList<ConsolidatedVersion> Versions => _versions;

    private ConsolidatedText() { }

    internal ConsolidatedText(Guid consolidationId, int number, string topic, TextKind kind, List<string> sources, string text, DateTimeOffset at, string? by)
    {
        Id = Guid.CreateVersion7();
        ConsolidationId = consolidationId;
        Number = number;
        Topic = topic;
        Kind = kind;
        Sources = sources;
        State = ConsolidatedState.UnderNegotiation;
        AddVersion(text, null, at, by);
    }

    internal void Amend(string? text, string? note, DateTimeOffset at, string? by)
    {
        if (State != ConsolidatedState.UnderNegotiation)
            throw new DomainException("consolidated.state",
                $"Consolidated text {Consolidation.Num(Number)} is {StateWords.Of(State)}; only a text under negotiation is amended. Return it to negotiation first.");
        var wording = Guard.Required(text, "consolidated.text", "The wording", PreliminaryText.MaxText);
        if (wording == Text)
            throw new DomainException("consolidated.text", "The wording is the same as the current version's; change it, or leave the text as it is.");
        AddVersion(wording, note, at, by);
    }

    private void AddVersion(string text, string? note, DateTimeOffset at, string? by)
    {
        var wording = Guard.Required(text, "consolidated.text", "The wording", PreliminaryText.MaxText);
        _versions.Add(new ConsolidatedVersion(Id, _versions.Count + 1, wording, Guard.Optional(note, "consolidated.note", "The note", 500), at, by));
        Text = wording;
    }

    /// <summary>Rebuilds a later version from a record file.</summary>
    public void RestoreVersion(string text, string? note, DateTimeOffset at, string? by) => AddVersion(text, note, at, by);

    /// <summary>Rebuilds the state from a record file.</summary>
    public void RestoreState(ConsolidatedState state, DateTimeOffset? at) => (State, StateChangedAt) = (state, at);

    internal void MoveTo(ConsolidatedState state, DateTimeOffset at)
    {
        if (!Enum.IsDefined(state))
            throw new DomainException("consolidated.state", "A consolidated text is under negotiation, agreed ad referendum, adopted or not adopted.");
        var allowed = (State, state) switch
        {
            (ConsolidatedState.UnderNegotiation, ConsolidatedState.AgreedAdReferendum) => true,
            (ConsolidatedState.UnderNegotiation, ConsolidatedState.NotAdopted) => true,
            (ConsolidatedState.AgreedAdReferendum, ConsolidatedState.UnderNegotiation) => true,
            (ConsolidatedState.AgreedAdReferendum, ConsolidatedState.Adopted) => true,
            (ConsolidatedState.AgreedAdReferendum, ConsolidatedState.NotAdopted) => true,
            _ => false,
        };
        if (!allowed)
            throw new DomainException("consolidated.state", State == state
                ? $"Consolidated text {Consolidation.Num(Number)} is already {StateWords.Of(state)}."
                : $"Consolidated text {Consolidation.Num(Number)} is {StateWords.Of(State)} and cannot become {StateWords.Of(state)}: "
                  + "a text under negotiation is agreed ad referendum (or not adopted), and only an agreed text is adopted.");
        State = state;
        StateChangedAt = at;
    }

    internal void RemoveSource(string identifier)
    {
        if (State != ConsolidatedState.UnderNegotiation)
            throw new DomainException("consolidated.state",
                $"Consolidated text {Consolidation.Num(Number)} is {StateWords.Of(State)}; its sources change only while it is under negotiation.");
        if (!Sources.Contains(identifier))
            throw new DomainException("consolidated.sources", $"{identifier} is not a source of consolidated text {Consolidation.Num(Number)}.");
        if (Sources.Count == 1)
            throw new DomainException("consolidated.sources", $"{identifier} is the only source of consolidated text {Consolidation.Num(Number)}; a consolidated text keeps at least one.");
        Sources = Sources.Where(s => s != identifier).ToList();
    }
}

/// <summary>One version of a consolidated text's wording.</summary>
public sealed class ConsolidatedVersion
{
    public Guid Id { get; private set; }
    public Guid ConsolidatedTextId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>What changed and why, as the Rapporteur notes it ("as proposed by the delegation of ...").</summary>
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? By { get; private set; }

    private ConsolidatedVersion() { }

    internal ConsolidatedVersion(Guid textId, int number, string text, string? note, DateTimeOffset at, string? by)
    {
        Id = Guid.CreateVersion7();
        ConsolidatedTextId = textId;
        Number = number;
        Text = text;
        Note = note;
        At = at;
        By = Guard.Optional(by, "consolidated.by", "Who made the version", 256);
    }
}

/// <summary>A preliminary text recorded as not retained or deferred.</summary>
public sealed class PreliminaryDecision
{
    public Guid Id { get; private set; }
    public Guid ConsolidationId { get; private set; }
    public string Identifier { get; private set; } = "";
    public DispositionKind Kind { get; private set; }
    public string? Reason { get; private set; }

    private PreliminaryDecision() { }

    internal PreliminaryDecision(Guid consolidationId, string identifier, DispositionKind kind, string? reason)
    {
        Id = Guid.CreateVersion7();
        ConsolidationId = consolidationId;
        Identifier = identifier;
        Kind = kind;
        Reason = reason;
    }
}

/// <summary>The agreed texts as they stood at a moment the Secretariat names, published during the convening.</summary>
public sealed class AgreedSnapshot
{
    private readonly List<SnapshotText> _texts = [];

    public Guid Id { get; private set; }
    public Guid ConsolidationId { get; private set; }
    public int Number { get; private set; }
    public DateOnly StatusDate { get; private set; }
    public TimeOnly StatusTime { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public IReadOnlyList<SnapshotText> Texts => _texts;

    /// <summary>"Status: 7 April 2021, 6 p.m."</summary>
    public string Heading => $"Status: {Label(StatusDate, StatusTime)}";

    private AgreedSnapshot() { }

    internal AgreedSnapshot(Guid consolidationId, int number, DateOnly date, TimeOnly time, DateTimeOffset at, string? by, IEnumerable<PublishedText> agreed)
    {
        Id = Guid.CreateVersion7();
        ConsolidationId = consolidationId;
        Number = number;
        StatusDate = date;
        StatusTime = time;
        PublishedAt = at;
        PublishedBy = Guard.Optional(by, "snapshot.by", "Who published it", 256);
        var position = 0;
        foreach (var t in agreed) _texts.Add(new SnapshotText(Id, ++position, t.Number, t.Topic, t.Kind, t.State, t.Text));
    }

    /// <summary>"7 April 2021, 6 p.m."</summary>
    public static string Label(DateOnly date, TimeOnly time) => $"{Dates.Day(date)}, {Times.Time(time)}";
}

/// <summary>A consolidated text as a snapshot publishes it: its number, topic, kind, state and wording at the time.</summary>
public sealed record PublishedText(int Number, string Topic, TextKind Kind, ConsolidatedState State, string Text);

/// <summary>A text as a snapshot published it.</summary>
public sealed class SnapshotText
{
    public Guid Id { get; private set; }
    public Guid SnapshotId { get; private set; }
    public int Position { get; private set; }
    public int Number { get; private set; }
    public string Topic { get; private set; } = "";
    public TextKind Kind { get; private set; }
    public ConsolidatedState State { get; private set; }
    public string Text { get; private set; } = "";

    private SnapshotText() { }

    internal SnapshotText(Guid snapshotId, int position, int number, string topic, TextKind kind, ConsolidatedState state, string text)
    {
        Id = Guid.CreateVersion7();
        SnapshotId = snapshotId;
        Position = position;
        Number = number;
        Topic = topic;
        Kind = kind;
        State = state;
        Text = text;
    }
}

/// <summary>The states in words, as pages and refusals write them.</summary>
public static class StateWords
{
    public static string Of(ConsolidatedState state) => state switch
    {
        ConsolidatedState.UnderNegotiation => "under negotiation",
        ConsolidatedState.AgreedAdReferendum => "agreed ad referendum",
        ConsolidatedState.Adopted => "adopted",
        ConsolidatedState.NotAdopted => "not adopted",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a state of a consolidated text."),
    };
}

/// <summary>The dispositions in words.</summary>
public static class DispositionWords
{
    public static string Of(DispositionKind kind) => kind switch
    {
        DispositionKind.MergedInto => "merged",
        DispositionKind.RetainedAsIs => "retained as is",
        DispositionKind.RetainedAsAmended => "retained as amended",
        DispositionKind.NotRetained => "not retained",
        DispositionKind.Deferred => "deferred",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a disposition."),
    };

    /// <summary>"merged into consolidated text 3", "retained as is (consolidated text 5)", "not retained".</summary>
    public static string Describe(Disposition d) => d.Kind switch
    {
        DispositionKind.MergedInto => $"merged into consolidated text {Consolidation.Num(d.Into ?? 0)}",
        DispositionKind.RetainedAsIs or DispositionKind.RetainedAsAmended => $"{Of(d.Kind)} as consolidated text {Consolidation.Num(d.Into ?? 0)}",
        _ => Of(d.Kind),
    };
}
