using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Participation;

/// <summary>Whether a speaker asks for the floor to make a statement or to reply to one (a right of reply).</summary>
public enum SpeakerKind
{
    Statement,
    RightOfReply,
}

/// <summary>Where a speaker stands: waiting for the floor, holding it, or done (the statement was made).</summary>
public enum SpeakerStatus
{
    Waiting,
    Speaking,
    Spoke,
}

/// <summary>A statement made, as the list of speakers hands it on to be recorded (see <see cref="Statement"/>).</summary>
public sealed record SpokenStatement(Guid SpeakerId, int PlenaryMeeting, string Item, bool IsState, string Participant,
    ParticipantCategory Category, string? OnBehalfOf, SpeakerKind Kind);

/// <summary>
/// The protocol order of a list of speakers, as the United Nations follows it unless the Chair decides otherwise: statements
/// on behalf of a group of States first, then Member States, observer States, United Nations entities, institutes,
/// intergovernmental and non-governmental organizations, the private sector and academia, each in the order they asked;
/// rights of reply at the end.
/// </summary>
public static class SpeakingOrder
{
    public static int Rank(ParticipantCategory category, bool onBehalfOfGroup, SpeakerKind kind) =>
        kind == SpeakerKind.RightOfReply ? 100
        : onBehalfOfGroup ? 0
        : 1 + (int)category;
}

/// <summary>
/// The list of speakers of one meeting: at each plenary meeting the Chair takes up an agenda item, and delegations ask for
/// the floor on it (a delegate from their account, or the Secretariat for them). Each item has its own list in protocol order
/// (<see cref="SpeakingOrder"/>), which the Chair may change. The Chair gives the floor, runs the speaking-time clock and marks
/// each statement made. The clock is kept as stored times (when the floor was given, what had run before a pause), never as a
/// ticking counter, so that every viewer and every app instance computes the same time from the same record (ADR 0019).
/// </summary>
public sealed class SpeakersList : IVersioned
{
    public const int DefaultTimeLimitSeconds = 180;
    public const int MaximumTimeLimitSeconds = 3600;
    public const int MinimumTimeLimitSeconds = 15;
    public const int MaximumSpeakers = 1000;

    private readonly List<Speaker> _speakers = [];

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int MeetingNumber { get; private set; }
    /// <summary>The plenary meeting in progress; null before the Chair takes up an item.</summary>
    public int? PlenaryMeeting { get; private set; }
    /// <summary>The agenda item under consideration ("2", "1 (a)"); null before the Chair takes one up.</summary>
    public string? Item { get; private set; }
    /// <summary>The speaking time each speaker has, in seconds; 0 for none.</summary>
    public int TimeLimitSeconds { get; private set; } = DefaultTimeLimitSeconds;
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;
    public IReadOnlyList<Speaker> Speakers => _speakers;

    /// <summary>The speaker holding the floor, if anyone.</summary>
    public Speaker? Current => _speakers.FirstOrDefault(s => s.Status == SpeakerStatus.Speaking);

    private SpeakersList() { }

    /// <summary>Opens the list of a meeting that has not been held or cancelled (a record may restore any meeting's list).</summary>
    public static SpeakersList Open(Meeting meeting, bool fromRecord = false)
    {
        if (!fromRecord) EnsureRunning(meeting);
        return new SpeakersList { Id = Guid.CreateVersion7(), BodyId = meeting.BodyId, MeetingNumber = meeting.Number };
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>The speakers waiting for the floor on an item, in the order they will have it.</summary>
    public IReadOnlyList<Speaker> Waiting(string item) =>
        _speakers.Where(s => s.Item == item && s.Status == SpeakerStatus.Waiting).OrderBy(s => s.Position).ToList();

    /// <summary>The speakers who have spoken on an item, in the order they spoke.</summary>
    public IReadOnlyList<Speaker> Spoken(string item) =>
        _speakers.Where(s => s.Item == item && s.Status == SpeakerStatus.Spoke).OrderBy(s => s.StartedAt).ToList();

    /// <summary>The Chair takes up an agenda item at a plenary meeting; the floor must be free.</summary>
    /// <param name="fromRecord">A record file restores the item under consideration of any meeting's list, held or not.</param>
    public void TakeUp(Meeting meeting, int plenaryMeeting, AgendaItemNumber item, bool fromRecord = false)
    {
        EnsureOwn(meeting);
        if (!fromRecord) EnsureRunning(meeting);
        if (!meeting.PlenaryMeetings.Any(p => p.Number == plenaryMeeting))
            throw new DomainException("speakers.plenary", $"This meeting has no plenary meeting numbered {plenaryMeeting}.");
        var number = ItemOn(meeting, item);
        if (Current is { } speaking && (plenaryMeeting != PlenaryMeeting || number != Item))
            throw new DomainException("speakers.floor", $"{speaking.Describe()} has the floor; mark the statement made before taking up another item.");
        (PlenaryMeeting, Item) = (plenaryMeeting, number);
    }

    /// <summary>
    /// A delegation asks for the floor on an item (the one under consideration when none is named). It takes its place in
    /// protocol order among those waiting: after everyone of its rank or higher, before those of lower rank.
    /// </summary>
    public Speaker Request(Meeting meeting, AgendaItemNumber? item, bool isState, string participant, ParticipantCategory category,
        string? onBehalfOf, SpeakerKind kind, DateTimeOffset now)
    {
        EnsureRunning(meeting);
        return Add(meeting, item, isState, participant, category, onBehalfOf, kind, now);
    }

    private Speaker Add(Meeting meeting, AgendaItemNumber? item, bool isState, string participant, ParticipantCategory category,
        string? onBehalfOf, SpeakerKind kind, DateTimeOffset now)
    {
        EnsureOwn(meeting);
        string number;
        if (item is { } named) number = ItemOn(meeting, named);
        else number = Item ?? throw new DomainException("speakers.item", "No agenda item is under consideration yet; say which item the floor is asked on.");
        if (!Enum.IsDefined(kind)) throw new DomainException("speakers.kind", $"{(int)kind} is not a kind of request for the floor.");
        if (kind == SpeakerKind.RightOfReply && !isState)
            throw new DomainException("speakers.kind", "A right of reply is exercised by a State; an organization asks for the floor to make a statement.");
        var behalf = Guard.Optional(onBehalfOf, "speakers.on_behalf_of", "On whose behalf the statement is made", 200);
        if (behalf is not null && kind == SpeakerKind.RightOfReply)
            throw new DomainException("speakers.on_behalf_of", "A right of reply is exercised by a State in its own name, not on behalf of a group.");
        var key = isState ? Delegation.StateCode(participant, "speakers.participant") : Guard.Required(participant, "speakers.participant", "The organization", 300);
        if (_speakers.Any(s => s.Item == number && s.Kind == kind && s.IsState == isState && s.Participant == key && s.Status != SpeakerStatus.Spoke))
            throw new DomainException("speakers.duplicate", $"{Name(isState, key)} is already on the list of speakers on item {number}{(kind == SpeakerKind.RightOfReply ? " for a right of reply" : "")}.");
        if (_speakers.Count >= MaximumSpeakers)
            throw new DomainException("speakers.size", $"A list of speakers holds at most {MaximumSpeakers} requests.");
        var waiting = Waiting(number);
        var rank = SpeakingOrder.Rank(category, behalf is not null, kind);
        var after = waiting.LastOrDefault(s => s.Rank <= rank);
        var position = after is null ? 1 : after.Position + 1;
        foreach (var later in waiting.Where(s => s.Position >= position)) later.Position++;
        var speaker = new Speaker(Id, number, position, isState, key, category, behalf, kind, rank, now);
        _speakers.Add(speaker);
        return speaker;
    }

    /// <summary>"Next speaker": marks the statement of the speaker holding the floor made, and gives the floor to the first one waiting.</summary>
    public SpokenStatement? Next(DateTimeOffset now)
    {
        var item = SittingItem();
        var waiting = Waiting(item);
        var next = waiting.Count > 0 ? waiting[0] : null;
        if (Current is null && next is null)
            throw new DomainException("speakers.none", $"Nobody is waiting for the floor on item {item}.");
        var made = Current is null ? null : Finish(now);
        if (next is not null) Start(next, now);
        return made;
    }

    /// <summary>Gives the floor to a speaker waiting on the item under consideration, out of turn; the one holding it is done.</summary>
    public SpokenStatement? GiveFloor(Guid speaker, DateTimeOffset now)
    {
        var item = SittingItem();
        var chosen = Find(speaker);
        if (chosen.Status != SpeakerStatus.Waiting || chosen.Item != item)
            throw new DomainException("speakers.floor", $"{chosen.Describe()} is not waiting for the floor on item {item}, the item under consideration.");
        var made = Current is null ? null : Finish(now);
        Start(chosen, now);
        return made;
    }

    /// <summary>Marks the statement of the speaker holding the floor made: the clock stops and the floor is free.</summary>
    public SpokenStatement Finish(DateTimeOffset now)
    {
        var speaker = Current ?? throw new DomainException("speakers.floor", "Nobody has the floor.");
        speaker.Stop(now);
        return new SpokenStatement(speaker.Id, speaker.PlenaryMeeting!.Value, speaker.Item, speaker.IsState, speaker.Participant,
            speaker.Category, speaker.OnBehalfOf, speaker.Kind);
    }

    /// <summary>Stops the speaking-time clock for a moment (a point of order, a technical problem).</summary>
    public void PauseClock(DateTimeOffset now)
    {
        var speaker = Current ?? throw new DomainException("speakers.floor", "Nobody has the floor, so there is no clock to stop.");
        if (speaker.FloorSince is null) throw new DomainException("speakers.clock", "The clock is already stopped.");
        speaker.Pause(now);
    }

    public void ResumeClock(DateTimeOffset now)
    {
        var speaker = Current ?? throw new DomainException("speakers.floor", "Nobody has the floor, so there is no clock to start.");
        if (speaker.FloorSince is not null) throw new DomainException("speakers.clock", "The clock is already running.");
        speaker.Resume(now);
    }

    /// <summary>The Chair moves a waiting speaker to another place on the item's list (from 1); those between shift by one.</summary>
    public void Move(Guid speaker, int toPosition)
    {
        var moving = Find(speaker);
        if (moving.Status != SpeakerStatus.Waiting)
            throw new DomainException("speakers.position", $"{moving.Describe()} is not waiting for the floor, so has no place on the list to move from.");
        var waiting = Waiting(moving.Item).ToList();
        if (toPosition < 1 || toPosition > waiting.Count)
            throw new DomainException("speakers.position", $"A speaker on item {moving.Item} can move to a place from 1 to {waiting.Count}; {toPosition} is outside the list.");
        waiting.Remove(moving);
        waiting.Insert(toPosition - 1, moving);
        for (var i = 0; i < waiting.Count; i++) waiting[i].Position = i + 1;
    }

    /// <summary>A delegation withdraws its request (or the Chair strikes it off): it leaves the list, and those after it move up.</summary>
    public Speaker Withdraw(Guid speaker)
    {
        var leaving = Find(speaker);
        if (leaving.Status != SpeakerStatus.Waiting)
            throw new DomainException("speakers.withdraw", leaving.Status == SpeakerStatus.Speaking
                ? $"{leaving.Describe()} has the floor; mark the statement made instead."
                : $"{leaving.Describe()} has already spoken; the statement stays in the record.");
        _speakers.Remove(leaving);
        foreach (var later in Waiting(leaving.Item).Where(s => s.Position > leaving.Position)) later.Position--;
        return leaving;
    }

    /// <summary>Sets the speaking time for each speaker, in seconds (0: no limit).</summary>
    public void LimitSpeakingTime(int seconds)
    {
        if (seconds != 0 && (seconds < MinimumTimeLimitSeconds || seconds > MaximumTimeLimitSeconds))
            throw new DomainException("speakers.time_limit",
                $"The speaking time is from {MinimumTimeLimitSeconds} seconds to {MaximumTimeLimitSeconds / 60} minutes, or 0 for no limit; {seconds} seconds is outside that range.");
        TimeLimitSeconds = seconds;
    }

    public Speaker Find(Guid speaker) =>
        _speakers.FirstOrDefault(s => s.Id == speaker) ?? throw new DomainException("speakers.unknown", "That request for the floor is not on the list of speakers.");

    /// <summary>
    /// A request as a record restores it: where it stands, the plenary meeting at which the floor was given, and the clock as
    /// stored (<paramref name="elapsedBeforeMs"/>, and <paramref name="floorSince"/> while it runs). Waiting requests take
    /// their rank's place; <see cref="Move"/> then puts them in the record's order. <paramref name="now"/> orders those restored.
    /// </summary>
    public Speaker Restore(Meeting meeting, AgendaItemNumber item, bool isState, string participant, ParticipantCategory category, string? onBehalfOf,
        SpeakerKind kind, SpeakerStatus status, int? plenaryMeeting, long elapsedBeforeMs, DateTimeOffset? floorSince, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status)) throw new DomainException("speakers.status", $"{(int)status} is not where a speaker stands.");
        var speaker = Add(meeting, item, isState, participant, category, onBehalfOf, kind, now);
        if (status == SpeakerStatus.Waiting) return speaker;
        if (plenaryMeeting is not { } sitting || !meeting.PlenaryMeetings.Any(p => p.Number == sitting))
            throw new DomainException("speakers.plenary", "A speaker who has had the floor did so at a plenary meeting of this meeting; say which.");
        if (status == SpeakerStatus.Speaking && Current is not null)
            throw new DomainException("speakers.floor", "Only one speaker has the floor at a time.");
        foreach (var later in Waiting(speaker.Item).Where(s => s.Position > speaker.Position)) later.Position--;
        if (status == SpeakerStatus.Spoke && floorSince is not null)
            throw new DomainException("speakers.clock", "A speaker who has spoken has no running clock; leave out floorSince.");
        speaker.Restore(status, sitting, elapsedBeforeMs, floorSince, now);
        return speaker;
    }

    private void Start(Speaker speaker, DateTimeOffset now)
    {
        foreach (var later in Waiting(speaker.Item).Where(s => s.Position > speaker.Position)) later.Position--;
        speaker.Start(PlenaryMeeting!.Value, now);
    }

    /// <summary>The item under consideration at the plenary meeting in progress, or the refusal to act without one.</summary>
    private string SittingItem() =>
        PlenaryMeeting is not null && Item is { } item ? item
        : throw new DomainException("speakers.sitting", "No agenda item is under consideration; take up an item at a plenary meeting first.");

    private void EnsureOwn(Meeting meeting)
    {
        if (meeting.BodyId != BodyId || meeting.Number != MeetingNumber)
            throw new DomainException("speakers.meeting", "This list of speakers belongs to another convening.");
    }

    private static void EnsureRunning(Meeting meeting)
    {
        if (meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
            throw new DomainException("speakers.closed", $"The list of speakers is closed: the convening {(meeting.Status == MeetingStatus.Held ? "has been held" : "was cancelled")}.");
    }

    private static string ItemOn(Meeting meeting, AgendaItemNumber item) =>
        meeting.AgendaItems.Any(i => i.Number == item) ? item.ToString()
        : throw new DomainException("speakers.item", $"The agenda has no item {item}.");

    private static string Name(bool isState, string participant) => isState ? StateRegister.FindByCode(participant)?.NameInText is { } n ? Editorial.Sentences.Opening(n) : participant : participant;
}

/// <summary>One request for the floor on an agenda item, and, once given the floor, its statement's times.</summary>
public sealed class Speaker
{
    public Guid Id { get; private set; }
    public Guid ListId { get; private set; }
    /// <summary>The agenda item ("2", "1 (a)").</summary>
    public string Item { get; private set; } = "";
    /// <summary>The place on the item's list while waiting (from 1).</summary>
    public int Position { get; internal set; }
    public bool IsState { get; private set; }
    /// <summary>The State's alpha-3 code or the organization's name.</summary>
    public string Participant { get; private set; } = "";
    public ParticipantCategory Category { get; private set; }
    /// <summary>The group on whose behalf the statement is made: "the Group of African States".</summary>
    public string? OnBehalfOf { get; private set; }
    public SpeakerKind Kind { get; private set; }
    /// <summary>The protocol rank the request took (<see cref="SpeakingOrder"/>).</summary>
    public int Rank { get; private set; }
    public SpeakerStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    /// <summary>The plenary meeting at which the speaker had the floor.</summary>
    public int? PlenaryMeeting { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    /// <summary>Since when the clock runs; null while it is stopped (before, paused, after).</summary>
    public DateTimeOffset? FloorSince { get; private set; }
    /// <summary>What the clock had run before <see cref="FloorSince"/>, in milliseconds.</summary>
    public long ElapsedBeforeMs { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    private Speaker() { }

    internal Speaker(Guid listId, string item, int position, bool isState, string participant, ParticipantCategory category, string? onBehalfOf,
        SpeakerKind kind, int rank, DateTimeOffset requestedAt)
    {
        Id = Guid.CreateVersion7();
        (ListId, Item, Position, IsState, Participant, Category, OnBehalfOf, Kind, Rank, RequestedAt, Status) =
            (listId, item, position, isState, participant, category, onBehalfOf, kind, rank, requestedAt, SpeakerStatus.Waiting);
    }

    /// <summary>The time spoken so far (or in all, once done), from the stored times.</summary>
    public TimeSpan Elapsed(DateTimeOffset now) =>
        TimeSpan.FromMilliseconds(ElapsedBeforeMs) + (FloorSince is { } since && now > since ? now - since : TimeSpan.Zero);

    /// <summary>"South Africa", "South Africa (on behalf of the Group of African States)", "Council of Europe"; for messages.</summary>
    public string Describe()
    {
        var name = IsState ? StateRegister.NameOf(Participant) : Participant;
        return OnBehalfOf is null ? name : $"{name} (on behalf of {OnBehalfOf})";
    }

    internal void Start(int plenaryMeeting, DateTimeOffset now)
    {
        (Status, PlenaryMeeting, StartedAt, FloorSince, ElapsedBeforeMs, Position) = (SpeakerStatus.Speaking, plenaryMeeting, now, now, 0, 0);
    }

    internal void Pause(DateTimeOffset now)
    {
        ElapsedBeforeMs = (long)Elapsed(now).TotalMilliseconds;
        FloorSince = null;
    }

    internal void Resume(DateTimeOffset now) => FloorSince = now;

    internal void Stop(DateTimeOffset now)
    {
        ElapsedBeforeMs = (long)Elapsed(now).TotalMilliseconds;
        (FloorSince, EndedAt, Status) = (null, now, SpeakerStatus.Spoke);
    }

    internal void Restore(SpeakerStatus status, int plenaryMeeting, long elapsedBeforeMs, DateTimeOffset? floorSince, DateTimeOffset now)
    {
        (Status, PlenaryMeeting, Position, StartedAt) = (status, plenaryMeeting, 0, now);
        (FloorSince, ElapsedBeforeMs) = (floorSince, Math.Max(0, elapsedBeforeMs));
        if (status == SpeakerStatus.Spoke) EndedAt = now;
    }
}
