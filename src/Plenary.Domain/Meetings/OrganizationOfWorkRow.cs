using Plenary.Domain.Agenda;

namespace Plenary.Domain.Meetings;

/// <summary>
/// One row of a meeting's organization of work: an agenda item taken up at a plenary meeting
/// ("(continued)" when it carries over), or a day on which no plenary meeting is held.
/// </summary>
public sealed class OrganizationOfWorkRow
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Position { get; private set; }
    public DateOnly Date { get; private set; }
    public int? PlenaryMeetingNumber { get; private set; }
    public string? AgendaItem { get; private set; }
    public bool Continued { get; private set; }
    /// <summary>For a non-working row, what the day is ("Public holiday"); otherwise an optional title override.</summary>
    public string? Description { get; private set; }
    public bool NonWorking { get; private set; }

    private OrganizationOfWorkRow() { }

    internal static OrganizationOfWorkRow Working(Guid meetingId, int position, PlenaryMeeting plenary, AgendaItemNumber item, bool continued, string? title) => new()
    {
        Id = Guid.CreateVersion7(),
        MeetingId = meetingId,
        Position = position,
        Date = plenary.Date,
        PlenaryMeetingNumber = plenary.Number,
        AgendaItem = item.ToString(),
        Continued = continued,
        Description = Guard.Optional(title, "work.title", "The title shown for the row", 1000),
    };

    internal static OrganizationOfWorkRow NonWorkingDay(Guid meetingId, int position, DateOnly date, string description) => new()
    {
        Id = Guid.CreateVersion7(),
        MeetingId = meetingId,
        Position = position,
        Date = date,
        NonWorking = true,
        Description = Guard.Required(description, "work.description", "A non-working row's description", 300),
    };

    internal void Retarget(string agendaItem) => AgendaItem = agendaItem;

    /// <summary>Follows its plenary meeting when that is renumbered or moved to another day.</summary>
    internal void FollowPlenary(int number, DateOnly date) => (PlenaryMeetingNumber, Date) = (number, date);

    /// <summary>Moves the row by a number of days, as its convening's dates move.</summary>
    internal void MoveBy(int days) => Date = Date.AddDays(days);

    internal void Reposition(int position) => Position = position;

    public AgendaItemNumber? ItemNumber => AgendaItem is null ? null : AgendaItemNumber.Parse(AgendaItem);
}
