using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Decisions;

/// <summary>
/// A proposal circulated to a circle (the extended Bureau, the Bureau, the Member States) with a
/// deadline: adopted unless a member breaks silence (with an objection or a proposed amendment) before
/// the deadline, not adopted otherwise. Time alone decides the outcome at the deadline; members may also
/// record that they have no objection, which ends nothing. The Secretariat may extend the deadline or
/// withdraw the proposal before it, and after a break circulate a revised proposal as a new procedure
/// linked to this one. Every step is dated and kept (<see cref="Steps"/>).
/// </summary>
public sealed class SilenceProcedure : IVersioned
{
    public const int MaxTitle = 300;
    public const int MaxText = 10_000;
    /// <summary>The least time between circulation and deadline unless the body sets its own: 72 hours.</summary>
    public static readonly TimeSpan DefaultMinimumNotice = TimeSpan.FromHours(72);

    private readonly List<CircleMember> _members = [];
    private readonly List<ProcedureStep> _steps = [];

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>Numbered per body: silence procedure 1, 2, 3 ...</summary>
    public int Number { get; private set; }
    /// <summary>The convening the proposal concerns, by its number (none for a decision about no convening).</summary>
    public int? MeetingNumber { get; private set; }
    public ProcedureSubject Subject { get; private set; }
    /// <summary>What the proposal is about, as a heading: "Dates of the eighth meeting".</summary>
    public string Title { get; private set; } = "";
    /// <summary>The decision the circle is asked to take, as circulated.</summary>
    public string DecisionText { get; private set; } = "";
    public DateOnly? ProposedStart { get; private set; }
    public DateOnly? ProposedEnd { get; private set; }
    public MeetingFormat? ProposedFormat { get; private set; }
    /// <summary>The arrangements of a format ("with remote simultaneous interpretation").</summary>
    public string? FormatArrangements { get; private set; }
    /// <summary>The symbol of a document of the body's register circulated with the proposal.</summary>
    public string? AttachedDocument { get; private set; }
    public ProcedureCircle Circle { get; private set; }
    public DateOnly DeadlineDate { get; private set; }
    public TimeOnly DeadlineTime { get; private set; }
    public string DeadlineTimeZone { get; private set; } = "UTC";
    /// <summary>The deadline's instant in UTC, kept so that any instance decides from stored times alone.</summary>
    public DateTimeOffset DeadlineAt { get; private set; }
    public ProcedureStatus Status { get; private set; }
    public DateTimeOffset DraftedAt { get; private set; }
    public DateTimeOffset? CirculatedAt { get; private set; }
    /// <summary>When the outcome took effect: the deadline for an adoption or a failure, the moment of a withdrawal.</summary>
    public DateTimeOffset? ConcludedAt { get; private set; }
    /// <summary>The procedure whose proposal this one revises (after silence was broken on it).</summary>
    public Guid? RevisesId { get; private set; }
    public int? RevisesNumber { get; private set; }
    /// <summary>What happened when an adopted decision was applied to the record, when it could not be (for the Secretariat).</summary>
    public string? ApplicationNote { get; private set; }
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    public IReadOnlyList<CircleMember> Members => _members;
    public IReadOnlyList<ProcedureStep> Steps => _steps;

    public Deadline Deadline => Deadline.Create(DeadlineDate, DeadlineTime, DeadlineTimeZone);
    public DateRange? ProposedDates => ProposedStart is { } s && ProposedEnd is { } e ? DateRange.Create(s, e) : null;
    public bool IsSilenceBroken => _steps.Any(s => s.BreaksSilence);
    public IEnumerable<ProcedureStep> Breaks => _steps.Where(s => s.BreaksSilence);
    public IEnumerable<ProcedureStep> NoObjections => _steps.Where(s => s.Kind == ProcedureStepKind.NoObjection);
    /// <summary>The date the outcome is known by, in the deadline's zone ("on 23 November 2020").</summary>
    public DateOnly? OutcomeOn => Status switch
    {
        ProcedureStatus.Adopted or ProcedureStatus.NotAdopted => DeadlineDate,
        ProcedureStatus.Withdrawn when ConcludedAt is { } at => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Require(DeadlineTimeZone, "silence.time_zone")).DateTime),
        _ => null,
    };

    private SilenceProcedure() { }

    /// <summary>Drafts a proposal; nothing is sent until it is circulated.</summary>
    public static SilenceProcedure Draft(Guid bodyId, int number, SilenceProposal proposal, DateTimeOffset now, Guid? userId, string? by)
    {
        if (number < 1)
            throw new DomainException("silence.number", $"Silence procedures are numbered from 1; {number} is not a number one can carry.");
        var procedure = new SilenceProcedure { Id = Guid.CreateVersion7(), BodyId = bodyId, Number = number, Status = ProcedureStatus.Draft, DraftedAt = now.ToUniversalTime() };
        procedure.Apply(proposal);
        procedure.AddStep(ProcedureStepKind.Drafted, now, userId, by);
        return procedure;
    }

    /// <summary>
    /// Drafts a revised proposal after silence was broken on <paramref name="first"/>: a new procedure,
    /// linked to the first, about the same convening.
    /// </summary>
    public static SilenceProcedure DraftRevision(SilenceProcedure first, int number, SilenceProposal proposal, DateTimeOffset now, Guid? userId, string? by)
    {
        if (!first.IsSilenceBroken)
            throw new DomainException("silence.revision",
                $"Silence procedure {first.Number} has not been broken, so there is nothing to revise; a revised proposal follows an objection or an amendment.");
        if (first.Status is ProcedureStatus.Draft or ProcedureStatus.Withdrawn)
            throw new DomainException("silence.revision", $"Silence procedure {first.Number} is {ProcedureWords.Status(first.Status)}; only a circulated proposal is revised.");
        if (proposal.MeetingNumber != first.MeetingNumber)
            throw new DomainException("silence.meeting", $"A revised proposal concerns the same convening as silence procedure {first.Number}.");
        var revision = Draft(first.BodyId, number, proposal, now, userId, by);
        (revision.RevisesId, revision.RevisesNumber) = (first.Id, first.Number);
        return revision;
    }

    /// <summary>Changes a draft before it is circulated.</summary>
    public void EditDraft(SilenceProposal proposal)
    {
        if (Status != ProcedureStatus.Draft)
            throw new DomainException("silence.status", $"Silence procedure {Number} has been circulated; a circulated proposal is not changed (extend its deadline, withdraw it, or circulate a revised proposal).");
        Apply(proposal);
    }

    /// <summary>
    /// Sends the proposal to the circle: the members are those given (the accounts holding a role in the
    /// circle now), and the deadline must leave them at least <paramref name="minimumNotice"/>.
    /// </summary>
    public void Circulate(IReadOnlyCollection<CircleCandidate> circle, DateTimeOffset now, TimeSpan minimumNotice, Guid? userId, string? by)
    {
        if (Status != ProcedureStatus.Draft)
            throw new DomainException("silence.status", $"Silence procedure {Number} is {ProcedureWords.Status(Status)}; only a draft is circulated.");
        if (circle.Count == 0)
            throw new DomainException("silence.circle",
                $"Nobody holds an account in the {ProcedureWords.Circle(Circle)} of this body, so the proposal would reach no one; give the members their role first.");
        CheckNotice(now, minimumNotice);
        foreach (var member in circle.DistinctBy(c => c.UserId))
            _members.Add(new CircleMember(Id, member.UserId, member.Name, member.Email, member.Representing));
        Status = ProcedureStatus.Open;
        CirculatedAt = now.ToUniversalTime();
        AddStep(ProcedureStepKind.Circulated, now, userId, by);
    }

    /// <summary>A member of the circle breaks silence, before the deadline, with an objection or a proposed amendment and its text.</summary>
    public ProcedureStep BreakSilence(Guid userId, ResponseKind kind, string? text, DateTimeOffset now)
    {
        if (kind == ResponseKind.NoObjection)
            throw new DomainException("silence.kind", "Silence is broken by an objection or a proposed amendment; \"no objection\" is recorded apart and keeps the silence.");
        var member = CheckCanRespond(userId, now, "break silence");
        var said = Guard.Required(text, "silence.text", kind == ResponseKind.Objection ? "The text of the objection" : "The text of the proposed amendment", MaxText);
        return AddStep(ProcedureStepKind.SilenceBroken, now, userId, $"{member.Name} ({member.Representing})", kind, said);
    }

    /// <summary>A member records that they have no objection; the procedure goes on to its deadline.</summary>
    public ProcedureStep RecordNoObjection(Guid userId, DateTimeOffset now)
    {
        var member = CheckCanRespond(userId, now, "record no objection");
        if (_steps.Any(s => s.UserId == userId && s.Kind is ProcedureStepKind.NoObjection or ProcedureStepKind.SilenceBroken))
            throw new DomainException("silence.response",
                $"{member.Name} has already answered silence procedure {Number}; \"no objection\" is recorded once, and not after breaking silence.");
        return AddStep(ProcedureStepKind.NoObjection, now, userId, $"{member.Name} ({member.Representing})", ResponseKind.NoObjection);
    }

    /// <summary>Moves the deadline later, before it has passed; the members are told.</summary>
    public void ExtendDeadline(Deadline deadline, string? reason, DateTimeOffset now, Guid? userId, string? by)
    {
        CheckOpenBeforeDeadline(now, "extended");
        if (deadline.At <= DeadlineAt)
            throw new DomainException("silence.deadline",
                $"An extension moves the deadline later than {Deadline}; {deadline} is not later.");
        var previous = DeadlineAt;
        SetDeadline(deadline);
        AddStep(ProcedureStepKind.DeadlineExtended, now, userId, by, text: reason, previousDeadline: previous);
    }

    /// <summary>Withdraws a draft, or a circulated proposal before its deadline.</summary>
    public void Withdraw(string? reason, DateTimeOffset now, Guid? userId, string? by)
    {
        if (Status != ProcedureStatus.Draft) CheckOpenBeforeDeadline(now, "withdrawn");
        Status = ProcedureStatus.Withdrawn;
        ConcludedAt = now.ToUniversalTime();
        AddStep(ProcedureStepKind.Withdrawn, now, userId, by, text: reason);
    }

    /// <summary>
    /// Once the deadline has passed, concludes the procedure by time alone: adopted if silence was not
    /// broken before the deadline, not adopted otherwise. True when this call concluded it.
    /// </summary>
    public bool ConcludeIfDue(DateTimeOffset now)
    {
        if (Status != ProcedureStatus.Open || now < DeadlineAt) return false;
        var adopted = !IsSilenceBroken;
        Status = adopted ? ProcedureStatus.Adopted : ProcedureStatus.NotAdopted;
        ConcludedAt = DeadlineAt;
        AddStep(adopted ? ProcedureStepKind.Adopted : ProcedureStepKind.NotAdopted, DeadlineAt, null, null);
        return true;
    }

    /// <summary>The status as time has it at <paramref name="now"/>, even before the procedure is concluded in the store.</summary>
    public ProcedureStatus StatusAt(DateTimeOffset now) =>
        Status == ProcedureStatus.Open && now >= DeadlineAt ? (IsSilenceBroken ? ProcedureStatus.NotAdopted : ProcedureStatus.Adopted) : Status;

    public bool IsMember(Guid userId) => _members.Any(m => m.UserId == userId);

    /// <summary>Notes that the adopted decision could not be applied to the record as it stands, and why.</summary>
    public void NoteApplication(string? note) => ApplicationNote = Guard.Optional(note, "silence.note", "The note", 2000);

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>
    /// A procedure as a loaded record states it, concluded before Plenary kept it or exported since:
    /// circulated (when the record knows when), answered, and concluded by time or withdrawn. Its
    /// outcome must follow from its responses, as time would have decided it.
    /// </summary>
    public static SilenceProcedure FromHistory(Guid bodyId, int number, SilenceProposal proposal, DateTimeOffset? circulatedAt, ProcedureStatus outcome,
        DateTimeOffset? withdrawnAt, IEnumerable<(DateTimeOffset At, string By, ResponseKind Kind, string? Text)> responses)
    {
        if (outcome is ProcedureStatus.Draft or ProcedureStatus.Open)
            throw new DomainException("silence.status", "A procedure in the record is adopted, not adopted or withdrawn; open procedures and drafts are kept in the store only.");
        var p = Draft(bodyId, number, proposal, circulatedAt ?? proposal.DeadlineDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), null, null);
        p._steps.Clear();
        if (circulatedAt is { } at && at >= p.DeadlineAt)
            throw new DomainException("silence.deadline", $"The deadline ({p.Deadline}) must come after the circulation.");
        p.Status = ProcedureStatus.Open;
        p.CirculatedAt = circulatedAt?.ToUniversalTime();
        if (circulatedAt is { } circulated) p.AddStep(ProcedureStepKind.Circulated, circulated, null, null);
        foreach (var r in responses.OrderBy(r => r.At))
        {
            if (r.At >= p.DeadlineAt)
                throw new DomainException("silence.deadline_passed", $"A response dated after the deadline ({p.Deadline}) would not have counted; silence is broken or kept before the deadline.");
            p.AddStep(r.Kind == ResponseKind.NoObjection ? ProcedureStepKind.NoObjection : ProcedureStepKind.SilenceBroken, r.At, null, r.By, r.Kind,
                r.Kind == ResponseKind.NoObjection ? null : Guard.Required(r.Text, "silence.text", "The text of a break of silence", MaxText));
        }
        if (outcome == ProcedureStatus.Withdrawn) p.Withdraw(null, withdrawnAt ?? p.DeadlineAt.AddMinutes(-1), null, null);
        else p.ConcludeIfDue(p.DeadlineAt);
        if (p.Status != outcome)
            throw new DomainException("silence.status",
                $"The record says silence procedure {number} was {ProcedureWords.Status(outcome)}, but its responses make it {ProcedureWords.Status(p.Status)}: silence {(p.IsSilenceBroken ? "was" : "was not")} broken before the deadline, and time alone decides the outcome.");
        return p;
    }

    /// <summary>Records that this procedure revises <paramref name="first"/> (as a loaded record states it).</summary>
    public void RecordRevisionOf(SilenceProcedure first)
    {
        if (first.BodyId != BodyId || first.Number >= Number)
            throw new DomainException("silence.revision", $"Silence procedure {Number} can revise only an earlier procedure of the same body, not procedure {first.Number}.");
        if (!first.IsSilenceBroken)
            throw new DomainException("silence.revision", $"Silence procedure {first.Number} was not broken, so silence procedure {Number} cannot revise it.");
        (RevisesId, RevisesNumber) = (first.Id, first.Number);
    }

    private CircleMember CheckCanRespond(Guid userId, DateTimeOffset now, string what)
    {
        if (Status == ProcedureStatus.Draft)
            throw new DomainException("silence.status", $"Silence procedure {Number} has not been circulated yet; nobody can {what} on a draft.");
        if (Status == ProcedureStatus.Withdrawn)
            throw new DomainException("silence.status", $"Silence procedure {Number} was withdrawn; there is nothing to answer.");
        if (now >= DeadlineAt)
            throw new DomainException("silence.deadline_passed",
                $"The deadline of silence procedure {Number} passed at {Deadline}; a member can {what} only before the deadline, and the outcome is now decided by time.");
        return _members.FirstOrDefault(m => m.UserId == userId)
            ?? throw new DomainException("silence.circle",
                $"Only the members of the {ProcedureWords.Circle(Circle)} to whom silence procedure {Number} was circulated may {what}; your account is not among them.");
    }

    private void CheckOpenBeforeDeadline(DateTimeOffset now, string what)
    {
        if (Status != ProcedureStatus.Open)
            throw new DomainException("silence.status", $"Silence procedure {Number} is {ProcedureWords.Status(Status)}; only an open procedure is {what}.");
        if (now >= DeadlineAt)
            throw new DomainException("silence.deadline_passed",
                $"The deadline of silence procedure {Number} passed at {Deadline}; the outcome is decided by time, so it can no longer be {what}.");
    }

    private void CheckNotice(DateTimeOffset now, TimeSpan minimumNotice)
    {
        if (DeadlineAt - now >= minimumNotice) return;
        var earliest = TimeZoneInfo.ConvertTime(now + minimumNotice, TimeZones.Require(DeadlineTimeZone, "silence.time_zone")).DateTime;
        throw new DomainException("silence.deadline",
            $"The deadline must leave the circle at least {Hours(minimumNotice)} after circulation: {Deadline} is too early; the earliest is {Times.Time(TimeOnly.FromDateTime(earliest))} on {Dates.Day(DateOnly.FromDateTime(earliest))} ({DeadlineTimeZone}).");
    }

    private static string Hours(TimeSpan span) => Numbers.Count((int)Math.Ceiling(span.TotalHours), "hour");

    private void Apply(SilenceProposal p)
    {
        Guard.Defined(p.Subject, "silence.subject", "a subject of a silence procedure");
        Guard.Defined(p.Circle, "silence.circle", "a circle");
        Guard.Defined(p.ProposedFormat, "silence.format", "a format");
        Guard.InRange(p.MeetingNumber, 1, Guard.MaxConvening, "silence.meeting", "The number of the convening");
        var title = Guard.Required(p.Title, "silence.title", "The title", MaxTitle);
        var text = Guard.Required(p.DecisionText, "silence.decision_text", "The text of the decision", MaxText);
        if (p.Subject != ProcedureSubject.Other && p.MeetingNumber is null)
            throw new DomainException("silence.meeting", $"A proposal about the {ProcedureWords.Subject(p.Subject)} names the convening it concerns.");
        if (p.MeetingNumber is < 1)
            throw new DomainException("silence.meeting", $"Convenings are numbered from 1; {p.MeetingNumber} is not one.");
        DateRange? dates = null;
        if (p.Subject == ProcedureSubject.ConveningDates)
        {
            if (p.ProposedStart is not { } start || p.ProposedEnd is not { } end)
                throw new DomainException("silence.dates", "A proposal of dates gives the first and the last day proposed.");
            if (end < start)
                throw new DomainException("silence.dates", $"The last day proposed ({Dates.Day(end)}) is before the first ({Dates.Day(start)}).");
            dates = DateRange.Create(start, end);
        }
        if (p.Subject == ProcedureSubject.Format && p.ProposedFormat is null)
            throw new DomainException("silence.format", "A proposal of format says which one: in person, hybrid or online.");
        var arrangements = Guard.Optional(p.FormatArrangements, "silence.arrangements", "The arrangements", 500);
        var document = string.IsNullOrWhiteSpace(p.AttachedDocument) ? null
            : DocumentSymbol.TryCreate(p.AttachedDocument, out var symbol, out var error) ? symbol.Value
            : throw new DomainException("silence.document", $"The attached document: {error}");
        var deadline = Deadline.Create(p.DeadlineDate, p.DeadlineTime, p.DeadlineTimeZone);
        (MeetingNumber, Subject, Title, DecisionText, Circle, AttachedDocument) = (p.MeetingNumber, p.Subject, title, text, p.Circle, document);
        (ProposedStart, ProposedEnd) = (dates?.Start, dates?.End);
        (ProposedFormat, FormatArrangements) = p.Subject == ProcedureSubject.Format ? (p.ProposedFormat, arrangements) : (null, null);
        SetDeadline(deadline);
    }

    private void SetDeadline(Deadline deadline) =>
        (DeadlineDate, DeadlineTime, DeadlineTimeZone, DeadlineAt) = (deadline.Date, deadline.Time, deadline.TimeZone, deadline.At);

    private ProcedureStep AddStep(ProcedureStepKind kind, DateTimeOffset at, Guid? userId, string? by, ResponseKind? response = null, string? text = null, DateTimeOffset? previousDeadline = null)
    {
        var step = new ProcedureStep(Id, _steps.Count + 1, kind, at, userId, by, response, text, previousDeadline);
        _steps.Add(step);
        return step;
    }
}

/// <summary>What a draft says: the subject, the convening, the decision's text, what it proposes, the circle and the deadline.</summary>
public sealed record SilenceProposal(
    ProcedureSubject Subject,
    int? MeetingNumber,
    string? Title,
    string? DecisionText,
    ProcedureCircle Circle,
    DateOnly DeadlineDate,
    TimeOnly DeadlineTime,
    string? DeadlineTimeZone,
    DateOnly? ProposedStart = null,
    DateOnly? ProposedEnd = null,
    MeetingFormat? ProposedFormat = null,
    string? FormatArrangements = null,
    string? AttachedDocument = null);
