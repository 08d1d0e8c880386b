using Plenary.Domain.Documents;

namespace Plenary.Domain.Meetings;

/// <summary>A numbered sitting inside a meeting: "the 1st meeting, 27 July 2020, 10 a.m.–1 p.m.".</summary>
public sealed class PlenaryMeeting
{
    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Number { get; private set; }
    public DateOnly Date { get; private set; }
    /// <summary>Start and end, both or neither: a record may know a sitting's date but not its hours.</summary>
    public TimeOnly? StartsAt { get; private set; }
    public TimeOnly? EndsAt { get; private set; }
    /// <summary>Official languages interpreted at this sitting (ISO codes).</summary>
    public List<string> InterpretationLanguages { get; private set; } = [];

    private PlenaryMeeting() { }

    internal PlenaryMeeting(Guid meetingId, int number, DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, IEnumerable<string> languages)
    {
        CheckTimes(number, startsAt, endsAt);
        Id = Guid.CreateVersion7();
        MeetingId = meetingId;
        Number = number;
        Date = date;
        StartsAt = startsAt;
        EndsAt = endsAt;
        InterpretationLanguages = OfficialLanguage.NormaliseSet(languages);
    }

    internal static void CheckTimes(int number, TimeOnly? startsAt, TimeOnly? endsAt)
    {
        if (startsAt.HasValue != endsAt.HasValue)
            throw new DomainException("plenary.times", $"Plenary meeting {number} needs both a start and an end time, or neither.");
        if (endsAt <= startsAt)
            throw new DomainException("plenary.times", $"Plenary meeting {number} must end after it starts ({startsAt:HH\\:mm}–{endsAt:HH\\:mm}).");
    }

    internal void Reschedule(DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt)
    {
        CheckTimes(Number, startsAt, endsAt);
        (Date, StartsAt, EndsAt) = (date, startsAt, endsAt);
    }

    internal void Renumber(int number) => Number = number;

    public bool HasTimes => StartsAt.HasValue;

    public bool Overlaps(DateOnly date, TimeOnly? start, TimeOnly? end) =>
        Date == date && start.HasValue && end.HasValue && HasTimes && start < EndsAt && StartsAt < end;
}
