using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Participation;

/// <summary>What kind of participant a delegation represents, as the report counts them.</summary>
public enum ParticipantCategory
{
    MemberState,
    ObserverState,
    UnitedNationsEntity,
    Institute,
    IntergovernmentalOrganization,
    NonGovernmentalOrganization,
    PrivateSector,
    Academia,
}

/// <summary>What a person is on their delegation, in the order a list of participants prints them.</summary>
public enum DelegationRole
{
    Head,
    Alternate,
    Representative,
    Expert,
    Adviser,
}

/// <summary>How a person takes part: in the room, or online.</summary>
public enum ParticipationMode
{
    InPerson,
    Online,
}

/// <summary>Where a delegation stands with the Secretariat: registered and awaiting approval, or approved on its letter.</summary>
public enum DelegationStatus
{
    Pending,
    Approved,
}

/// <summary>
/// The persons a State or an organization sends to one meeting, as its delegate or stakeholder registers them, with the
/// letter that accredits them (a note verbale or an official letter), the Secretariat's approval and the plenary meetings the
/// delegation attended. A delegation is kept apart from the meeting's own record (its version, its import): registering never
/// conflicts with the Secretariat's edits to the agenda (ADR 0010, ADR 0018).
/// </summary>
public sealed class Delegation : IVersioned
{
    public const int MaximumMembers = 60;

    private readonly List<DelegationMember> _members = [];

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int MeetingNumber { get; private set; }
    /// <summary>The State's alpha-3 code ("ZAF") or the organization's name ("Council of Europe").</summary>
    public string Participant { get; private set; } = "";
    public bool IsState { get; private set; }
    public ParticipantCategory Category { get; private set; }
    public DelegationStatus Status { get; private set; }
    /// <summary>When the Secretariat approved the delegation as it stands; null while it awaits approval.</summary>
    public DateTimeOffset? ApprovedAt { get; private set; }
    /// <summary>The letter's name, type, size and hash; its bytes are a <see cref="DelegationLetter"/>. Null: no letter yet.</summary>
    public string? LetterFileName { get; private set; }
    public string? LetterContentType { get; private set; }
    public long? LetterSize { get; private set; }
    public string? LetterSha256 { get; private set; }
    public DateTimeOffset? LetterUploadedAt { get; private set; }
    public string? LetterUploadedBy { get; private set; }
    /// <summary>The plenary meetings (by number) at which the delegation was present, in order.</summary>
    public List<int> AttendedPlenaryMeetings { get; private set; } = [];
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;
    public IReadOnlyList<DelegationMember> Members => _members;

    public DelegationMember? Head => _members.FirstOrDefault(m => m.Role == DelegationRole.Head);

    public bool HasLetter => LetterSha256 is not null;

    /// <summary>The persons in the order a list prints them: the head first, then alternates, representatives, experts and advisers.</summary>
    public IEnumerable<DelegationMember> MembersInOrder => _members.OrderBy(m => m.Role).ThenBy(m => m.Position);

    private Delegation() { }

    /// <summary>Opens a delegation for a meeting; see <see cref="EnsureOpen"/> for who may once the meeting is over.</summary>
    public static Delegation Open(Meeting meeting, string participant, bool isState, ParticipantCategory category, bool bySecretariat = false)
    {
        EnsureOpen(meeting, bySecretariat);
        var delegation = new Delegation
        {
            Id = Guid.CreateVersion7(),
            BodyId = meeting.BodyId,
            MeetingNumber = meeting.Number,
            Participant = isState ? StateCode(participant) : Guard.Required(participant, "delegation.participant", "The organization", 300),
            IsState = isState,
            Status = DelegationStatus.Pending,
        };
        delegation.Categorize(category);
        return delegation;
    }

    /// <summary>
    /// A delegate or stakeholder changes their delegation only while its meeting is to come: afterwards the list is part of what
    /// happened. The Secretariat may still correct it (a name misspelt, attendance recorded after the sitting).
    /// </summary>
    public static void EnsureOpen(Meeting meeting, bool bySecretariat = false)
    {
        if (!bySecretariat && meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
            throw new DomainException("delegation.closed",
                $"Registration is closed: the convening {(meeting.Status == MeetingStatus.Held ? "has been held" : "was cancelled")}. Ask the Secretariat to correct the list.");
    }

    /// <summary>The code of a State of the register, named by its code or its name; anything the register lacks is refused.</summary>
    public static string StateCode(string? code, string rule = "delegation.participant") => StateRegister.Require(code, rule).Code;

    /// <summary>Refuses an edit based on an older version of the delegation, then counts this one.</summary>
    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }

    public void Categorize(ParticipantCategory category)
    {
        var stateCategory = category is ParticipantCategory.MemberState or ParticipantCategory.ObserverState;
        if (!Enum.IsDefined(category) || stateCategory != IsState)
            throw new DomainException("delegation.category", IsState
                ? "A State's delegation is that of a Member State or of an observer State."
                : "An organization is a United Nations entity, an institute, an intergovernmental or non-governmental organization, the private sector or academia; not a State.");
        if (category != Category) Changed();
        Category = category;
    }

    /// <summary>Adds a person. Naming a new head of delegation makes the former head a representative.</summary>
    public DelegationMember AddMember(PersonName name, string? function, string? email, DelegationRole role, ParticipationMode mode)
    {
        if (_members.Count >= MaximumMembers)
            throw new DomainException("delegation.size", $"A delegation lists at most {MaximumMembers} persons.");
        var member = new DelegationMember(Id, _members.Count + 1);
        member.Describe(name, function, CheckEmail(email, null), CheckRole(role), CheckMode(mode));
        _members.Add(member);
        if (role == DelegationRole.Head) MakeHead(member);
        Changed();
        return member;
    }

    public void EditMember(int position, PersonName name, string? function, string? email, DelegationRole role, ParticipationMode mode)
    {
        var member = Member(position);
        member.Describe(name, function, CheckEmail(email, member), CheckRole(role), CheckMode(mode));
        if (role == DelegationRole.Head) MakeHead(member);
        Changed();
    }

    public void RemoveMember(int position)
    {
        Positions.RemoveAt(_members, position, () => NoMember(position));
        Changed();
    }

    /// <summary>
    /// Keeps the letter that accredits the delegation (a note verbale or an official letter, PDF or Word), in place of any
    /// earlier one. The delegation returns to the Secretariat for approval. Gives the bytes to keep.
    /// </summary>
    public DelegationLetter AttachLetter(string? fileName, byte[] content, DateTimeOffset uploadedAt, string uploadedBy, long maxBytes = DocumentFile.DefaultMaxBytes)
    {
        var (name, type) = DocumentFile.Inspect(fileName, content, maxBytes, "the note verbale or official letter, as a PDF or Word (DOCX) file");
        (LetterFileName, LetterContentType, LetterSize, LetterSha256, LetterUploadedAt, LetterUploadedBy) =
            (name, type, content.LongLength, DocumentFile.Hash(content), uploadedAt, uploadedBy);
        Changed();
        return new DelegationLetter(Id, content);
    }

    /// <summary>
    /// The Secretariat approves the delegation as it stands: it lists its persons, one of them its head, and its letter is on
    /// file. A later change to the list, the category or the letter returns it for approval.
    /// </summary>
    public void Approve(DateTimeOffset at)
    {
        if (Status == DelegationStatus.Approved)
            throw new DomainException("delegation.approved", "The delegation is already approved as it stands.");
        if (_members.Count == 0)
            throw new DomainException("delegation.approval", "A delegation that lists nobody cannot be approved; its persons are registered first.");
        if (Head is null)
            throw new DomainException("delegation.approval", "The delegation has no head of delegation; name one of its persons head before approving it.");
        if (!HasLetter)
            throw new DomainException("delegation.approval", "The delegation's note verbale or official letter is not on file; upload it before approving the delegation.");
        (Status, ApprovedAt) = (DelegationStatus.Approved, at);
    }

    /// <summary>
    /// A record file's account of an approval given before: the letter it was given on stays in the store that received it
    /// (files are not part of the record format), so the approval is taken as recorded.
    /// </summary>
    public void RecordApproval(DateTimeOffset approvedAt)
    {
        if (_members.Count == 0)
            throw new DomainException("delegation.approval", "A delegation that lists nobody cannot have been approved.");
        (Status, ApprovedAt) = (DelegationStatus.Approved, approvedAt);
    }

    /// <summary>
    /// Records the delegation as present at a plenary meeting of its meeting: the Secretariat for any delegation, or the
    /// delegation itself once it has registered its persons (a self check-in, while the meeting is still to be held).
    /// </summary>
    public void CheckIn(Meeting meeting, int plenaryMeeting, bool bySecretariat = true)
    {
        if (meeting.BodyId != BodyId || meeting.Number != MeetingNumber)
            throw new DomainException("attendance.meeting", "The plenary meeting is not one of the delegation's meeting.");
        EnsureOpen(meeting, bySecretariat);
        if (!bySecretariat && _members.Count == 0)
            throw new DomainException("attendance.unregistered", "Register the persons on your delegation before checking in; the Secretariat counts registered delegations.");
        meeting.PlenaryMeeting(plenaryMeeting);
        if (AttendedPlenaryMeetings.Contains(plenaryMeeting)) return;
        AttendedPlenaryMeetings = [.. AttendedPlenaryMeetings.Append(plenaryMeeting).Order()];
    }

    /// <summary>Takes back a check-in made by mistake.</summary>
    public void CheckOut(Meeting meeting, int plenaryMeeting, bool bySecretariat = true)
    {
        EnsureOpen(meeting, bySecretariat);
        if (!AttendedPlenaryMeetings.Contains(plenaryMeeting)) return;
        AttendedPlenaryMeetings = AttendedPlenaryMeetings.Where(p => p != plenaryMeeting).ToList();
    }

    public bool Attended(int plenaryMeeting) => AttendedPlenaryMeetings.Contains(plenaryMeeting);

    /// <summary>A delegation that changes after approval returns to the Secretariat for approval.</summary>
    private void Changed()
    {
        if (Status != DelegationStatus.Approved) return;
        (Status, ApprovedAt) = (DelegationStatus.Pending, null);
    }

    /// <summary>A delegation has one head: naming another makes the former head a representative.</summary>
    private void MakeHead(DelegationMember head)
    {
        foreach (var m in _members.Where(m => m != head && m.Role == DelegationRole.Head)) m.Role = DelegationRole.Representative;
    }

    private string? CheckEmail(string? email, DelegationMember? except)
    {
        var address = EmailAddresses.Optional(email, "delegation.member_email");
        if (address is not null && _members.FirstOrDefault(m => m != except && EmailAddresses.Same(m.Email, address)) is { } twin)
            throw new DomainException("delegation.member_email", $"{twin.Name.Display} is already registered with {address}; each person has their own address.");
        return address;
    }

    private static DelegationRole CheckRole(DelegationRole role) =>
        Enum.IsDefined(role) ? role : throw new DomainException("delegation.member_role", $"{(int)role} is not a role on a delegation.");

    private static ParticipationMode CheckMode(ParticipationMode mode) =>
        Enum.IsDefined(mode) ? mode : throw new DomainException("delegation.member_mode", $"{(int)mode} is not a way of taking part.");

    private DelegationMember Member(int position) => Positions.At(_members, position, () => NoMember(position));

    private static DomainException NoMember(int position) => new("delegation.member", $"The delegation has no person numbered {position}.");
}

/// <summary>One person on a delegation: "Ms. Thandi Dlamini, Senior State Law Adviser", head of delegation, in person.</summary>
public sealed class DelegationMember : IPositioned
{
    public Guid Id { get; private set; }
    public Guid DelegationId { get; private set; }
    public int Position { get; private set; }
    public string? Title { get; private set; }
    public string? FirstName { get; private set; }
    public string FamilyName { get; private set; } = "";
    /// <summary>Title and office: "Senior State Law Adviser, Department of Justice".</summary>
    public string? Function { get; private set; }
    public string? Email { get; private set; }
    public DelegationRole Role { get; internal set; }
    public ParticipationMode Mode { get; private set; }

    public PersonName Name => PersonName.Create(Title, FirstName, FamilyName, "delegation.member");
    public bool IsHead => Role == DelegationRole.Head;

    void IPositioned.Reposition(int position) => Position = position;

    private DelegationMember() { }

    internal DelegationMember(Guid delegationId, int position)
    {
        Id = Guid.CreateVersion7();
        DelegationId = delegationId;
        Position = position;
    }

    internal void Describe(PersonName name, string? function, string? email, DelegationRole role, ParticipationMode mode)
    {
        (Title, FirstName, FamilyName) = (name.Title, name.FirstName, name.FamilyName);
        Function = Guard.Optional(function, "delegation.member_function", "The person's function", 300);
        (Email, Role, Mode) = (email, role, mode);
    }
}

/// <summary>The bytes of a delegation's letter (note verbale or official letter), kept apart so that editing a delegation never reads them.</summary>
public sealed class DelegationLetter
{
    public Guid DelegationId { get; private set; }
    /// <summary>The file itself; never written to the audit trail (the delegation keeps its hash).</summary>
    public byte[] Content { get; private set; } = [];

    private DelegationLetter() { }

    internal DelegationLetter(Guid delegationId, byte[] content) => (DelegationId, Content) = (delegationId, content);

    public void Replace(DelegationLetter newer) => Content = newer.Content;
}

/// <summary>What the roles and modes are called in pages and lists.</summary>
public static class DelegationRoles
{
    public static string Name(DelegationRole role) => role switch
    {
        DelegationRole.Head => "Head of delegation",
        DelegationRole.Alternate => "Alternate",
        DelegationRole.Representative => "Representative",
        DelegationRole.Expert => "Expert",
        DelegationRole.Adviser => "Adviser",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Name(ParticipationMode mode) => mode == ParticipationMode.Online ? "Online" : "In person";

    public static string Name(DelegationStatus status) => status == DelegationStatus.Approved ? "Approved" : "Awaiting approval";
}
