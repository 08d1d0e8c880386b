using Plenary.Domain.Editorial;
using Plenary.Domain.Participation;

namespace Plenary.Domain.Bureau;

/// <summary>Who sits in the extended Bureau besides the officers.</summary>
public enum ExtendedBureauRole { RegionalGroupChair, StandingInvitee }

/// <summary>
/// A member of the body's extended Bureau besides its officers, for a period: the chair of a regional
/// group (often rotating month by month) or a standing invitee. The extended Bureau on a day is the
/// officers in office then and the members whose period covers it; silence procedures go to that circle.
/// </summary>
public sealed class ExtendedBureauMember : IPositioned
{
    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int Position { get; private set; }
    public ExtendedBureauRole Role { get; private set; }
    /// <summary>The regional group a regional group chair speaks for.</summary>
    public RegionalGroup? RegionalGroup { get; private set; }
    /// <summary>The State holding the chair of the regional group, or a standing invitee's State: its code in the register.</summary>
    public string? State { get; private set; }
    public string? Person { get; private set; }
    /// <summary>A standing invitee that is an organization ("United Nations Office on Drugs and Crime").</summary>
    public string? Organization { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? Until { get; private set; }

    private ExtendedBureauMember() { }

    internal ExtendedBureauMember(Guid bodyId, int position, ExtendedBureauSeat seat)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Position = position;
        Apply(seat);
    }

    internal void Apply(ExtendedBureauSeat s)
    {
        Guard.Defined(s.Role, "extended_bureau.role", "a seat in the extended Bureau");
        Guard.Day(s.From, "extended_bureau.from", "The first day of the seat");
        Guard.Day(s.Until, "extended_bureau.until", "The last day of the seat");
        RegionalGroup? group = string.IsNullOrWhiteSpace(s.RegionalGroup) ? null
            : RegionalGroups.Require(s.RegionalGroup, "extended_bureau.regional_group", "The regional group");
        var state = string.IsNullOrWhiteSpace(s.State) ? null : StateRegister.Require(s.State, "extended_bureau.state").Code;
        var person = Guard.Optional(s.Person, "extended_bureau.person", "The person's name", 200);
        var organization = Guard.Optional(s.Organization, "extended_bureau.organization", "The organization", 300);
        if (s.Role == ExtendedBureauRole.RegionalGroupChair && (group is null || state is null))
            throw new DomainException("extended_bureau.regional_group", "The chair of a regional group is recorded with the regional group and the State that holds the chair.");
        if (s.Role == ExtendedBureauRole.StandingInvitee && person is null && organization is null && state is null)
            throw new DomainException("extended_bureau.person", "A standing invitee is a person, a State or an organization; name at least one.");
        if (s.From is { } from && s.Until is { } until && until < from)
            throw new DomainException("extended_bureau.until", $"The seat would end on {Dates.Day(until)}, before it starts on {Dates.Day(from)}.");
        (Role, RegionalGroup, State, Person, Organization, From, Until) = (s.Role, group, state, person, organization, s.From, s.Until);
    }

    void IPositioned.Reposition(int position) => Position = position;

    public bool SitsOn(DateOnly day) => (From is null || From <= day) && (Until is null || day <= Until);

    /// <summary>Whether this seat's period and <paramref name="other"/>'s have a day in common.</summary>
    internal bool Overlaps(ExtendedBureauMember other) =>
        (From ?? DateOnly.MinValue) <= (other.Until ?? DateOnly.MaxValue) && (other.From ?? DateOnly.MinValue) <= (Until ?? DateOnly.MaxValue);

    public string? StateName => State is null ? null : StateRegister.NameOf(State);

    /// <summary>"Chair of the Group of African States (Egypt)", "Ms. A. Example (United Nations Office on Drugs and Crime)".</summary>
    public override string ToString() => Role == ExtendedBureauRole.RegionalGroupChair
        ? $"Chair of the Group of {(RegionalGroup is { } g ? RegionalGroups.Name(g) : "")} ({(Person is null ? StateName : $"{Person}, {StateName}")})"
        : Person is not null ? $"{Person}{((Organization ?? StateName) is { } from ? $" ({from})" : "")}" : (Organization ?? StateName)!;
}

/// <summary>What an edit says of a seat in the extended Bureau.</summary>
public sealed record ExtendedBureauSeat(
    ExtendedBureauRole Role,
    string? RegionalGroup = null,
    string? State = null,
    string? Person = null,
    string? Organization = null,
    DateOnly? From = null,
    DateOnly? Until = null);
