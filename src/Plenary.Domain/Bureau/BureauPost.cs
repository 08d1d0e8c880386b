namespace Plenary.Domain.Bureau;

public enum BureauOffice { Chair, ViceChair, Rapporteur }

/// <summary>
/// An officer of the body at a meeting: who holds the post, for which State and regional group,
/// and whether they opened the meeting or presided over it on the Chair's behalf.
/// </summary>
public sealed class BureauPost : IPositioned
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Position { get; private set; }
    public BureauOffice Office { get; private set; }
    /// <summary>The name as printed, with honorifics: "Advocate Doctor Mashabane".</summary>
    public string Person { get; private set; } = "";
    public string State { get; private set; } = "";
    public string? RegionalGroup { get; private set; }
    public bool OpenedMeeting { get; private set; }
    public bool PresidedOnBehalfOfChair { get; private set; }

    private BureauPost() { }

    internal BureauPost(Guid meetingId, int position, BureauOffice office, string person, string state,
        string? regionalGroup, bool openedMeeting, bool presidedOnBehalfOfChair)
    {
        if (presidedOnBehalfOfChair && office == BureauOffice.Chair)
            throw new DomainException("bureau.presiding", "The Chair presides in their own right; only another officer presides on the Chair's behalf.");
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        Position = position;
        Office = office;
        Person = Guard.Required(person, "bureau.person", "The officer's name", 200);
        State = Guard.Required(state, "bureau.state", "The officer's State", 200);
        RegionalGroup = Guard.Optional(regionalGroup, "bureau.regional_group", "The regional group", 200);
        OpenedMeeting = openedMeeting;
        PresidedOnBehalfOfChair = presidedOnBehalfOfChair;
    }

    void IPositioned.Reposition(int position) => Position = position;

    public string OfficeTitle => Office switch
    {
        BureauOffice.Chair => "Chair",
        BureauOffice.ViceChair => "Vice-Chair",
        _ => "Rapporteur",
    };
}
