namespace Plenary.Domain.Meetings;

/// <summary>The days a meeting runs: both ends inclusive, the end on or after the start.</summary>
public sealed record DateRange
{
    public DateOnly Start { get; }
    public DateOnly End { get; }

    private DateRange(DateOnly start, DateOnly end) => (Start, End) = (start, end);

    public static DateRange Create(DateOnly start, DateOnly end)
    {
        Guard.Day(start, "dates.start", "The start date");
        Guard.Day(end, "dates.end", "The end date");
        if (end < start)
            throw new DomainException("dates.end_before_start",
                $"The end date {Editorial.Dates.Day(end)} is before the start date {Editorial.Dates.Day(start)}; a convening ends on or after the day it starts.");
        return new DateRange(start, end);
    }

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public IEnumerable<DateOnly> EachDay()
    {
        for (var d = Start; d <= End; d = d.AddDays(1)) yield return d;
    }

    public override string ToString() => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}";
}
