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

/// <summary>
/// The persons a State or an organization sends to one meeting, as its delegate or stakeholder
/// registers them. A delegation is kept apart from the meeting's own record (its version, its
/// import): registering never conflicts with the Secretariat's edits to the agenda.
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
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;
    public IReadOnlyList<DelegationMember> Members => _members;

    public DelegationMember? Head => _members.FirstOrDefault(m => m.IsHead);

    private Delegation() { }

    /// <summary>Opens a delegation for a meeting that is still to be held.</summary>
    public static Delegation Open(Meeting meeting, string participant, bool isState, ParticipantCategory category)
    {
        EnsureOpen(meeting);
        var delegation = new Delegation
        {
            Id = Guid.CreateVersion7(),
            BodyId = meeting.BodyId,
            MeetingNumber = meeting.Number,
            Participant = isState ? StateCode(participant) : Guard.Required(participant, "delegation.participant", "The organization", 300),
            IsState = isState,
        };
        delegation.Categorize(category);
        return delegation;
    }

    /// <summary>A delegation can change only while its meeting is to come: afterwards the list is part of what happened.</summary>
    public static void EnsureOpen(Meeting meeting)
    {
        if (meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
            throw new DomainException("delegation.closed",
                $"Registration for meeting {meeting.Number} is closed: the meeting was {meeting.Status.ToString().ToLowerInvariant()}.");
    }

    public static string StateCode(string? code)
    {
        var state = Guard.Required(code, "delegation.participant", "The State's code", 300).ToUpperInvariant();
        if (state.Length != 3 || !state.All(char.IsAsciiLetterUpper))
            throw new DomainException("delegation.participant", $"'{code}' is not a three-letter State code (ISO 3166-1 alpha-3), such as ZAF.");
        return state;
    }

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
        Category = category;
    }

    public DelegationMember AddMember(string name, string? function, bool isHead)
    {
        if (_members.Count >= MaximumMembers)
            throw new DomainException("delegation.size", $"A delegation lists at most {MaximumMembers} persons.");
        var member = new DelegationMember(Id, _members.Count + 1, name, function);
        _members.Add(member);
        if (isHead) MakeHead(member.Position);
        return member;
    }

    public void EditMember(int position, string name, string? function, bool isHead)
    {
        var member = Member(position);
        member.Rename(name, function);
        if (isHead) MakeHead(position);
        else member.IsHead = false;
    }

    public void RemoveMember(int position) => Positions.RemoveAt(_members, position, () => NoMember(position));

    /// <summary>A delegation has one head: naming another moves the title.</summary>
    private void MakeHead(int position)
    {
        foreach (var m in _members) m.IsHead = m.Position == position;
    }

    private DelegationMember Member(int position) => Positions.At(_members, position, () => NoMember(position));

    private static DomainException NoMember(int position) => new("delegation.member", $"The delegation has no person numbered {position}.");
}

/// <summary>One person on a delegation: "Ms. Thandi Dlamini, Senior State Law Adviser".</summary>
public sealed class DelegationMember : IPositioned
{
    public Guid Id { get; private set; }
    public Guid DelegationId { get; private set; }
    public int Position { get; private set; }
    /// <summary>The name as it is printed, with its honorific.</summary>
    public string Name { get; private set; } = "";
    /// <summary>Title and office: "Senior State Law Adviser, Department of Justice".</summary>
    public string? Function { get; private set; }
    public bool IsHead { get; internal set; }

    void IPositioned.Reposition(int position) => Position = position;

    private DelegationMember() { }

    internal DelegationMember(Guid delegationId, int position, string name, string? function)
    {
        Id = Guid.CreateVersion7();
        DelegationId = delegationId;
        Position = position;
        Rename(name, function);
    }

    internal void Rename(string name, string? function)
    {
        Name = Guard.Required(name, "delegation.member_name", "The person's name", 200);
        Function = Guard.Optional(function, "delegation.member_function", "The person's function", 300);
    }
}
