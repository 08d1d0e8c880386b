using Plenary.Domain.Documents;

namespace Plenary.Domain.Bodies;

/// <summary>A body's plan for a period: which meeting takes up which topics, ending in a stocktaking meeting.</summary>
public sealed class Workplan
{
    private readonly List<PlannedMeeting> _plannedMeetings = [];

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public string? Symbol { get; private set; }
    public int? AdoptedAtMeeting { get; private set; }
    public IReadOnlyList<PlannedMeeting> PlannedMeetings => _plannedMeetings;

    private Workplan() { }

    internal Workplan(Guid bodyId, string title, int startYear, int endYear, string? symbol, int? adoptedAtMeeting)
    {
        if (startYear is < 1945 or > 2200)
            throw new DomainException("workplan.start_year", $"The workplan's first year {startYear} is not a plausible year (1945 to 2200).");
        if (endYear < startYear)
            throw new DomainException("workplan.period", $"The workplan ends in {endYear}, before it starts in {startYear}.");
        if (endYear > startYear + 50)
            throw new DomainException("workplan.period", $"A workplan of {startYear}–{endYear} is longer than 50 years; check the last year.");
        if (adoptedAtMeeting is < 1)
            throw new DomainException("workplan.adopted_at", "The meeting that adopted the workplan is numbered from 1.");
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Title = Guard.Required(title, "workplan.title", "The workplan's title", 300);
        StartYear = startYear;
        EndYear = endYear;
        Symbol = symbol is null ? null : DocumentSymbol.Create(symbol).Value;
        AdoptedAtMeeting = adoptedAtMeeting;
    }

    public void PlanMeeting(int year, int? meetingNumber, IEnumerable<string> topics, bool isStocktaking, string? note)
    {
        if (year < StartYear || year > EndYear)
            throw new DomainException("workplan.year", $"The year {year} is outside the workplan's period {StartYear}–{EndYear}.");
        if (isStocktaking && _plannedMeetings.Any(p => p.IsStocktaking))
            throw new DomainException("workplan.stocktaking", "A workplan has one stocktaking meeting only.");
        if (meetingNumber is { } n && _plannedMeetings.Any(p => p.MeetingNumber == n))
            throw new DomainException("workplan.meeting", $"The workplan already plans meeting {n}.");
        var list = topics.Select(t => Guard.Required(t, "workplan.topic", "A topic", 300)).ToList();
        if (list.Count == 0 && !isStocktaking)
            throw new DomainException("workplan.topics", $"The meeting planned for {year} needs at least one topic.");
        _plannedMeetings.Add(new PlannedMeeting(_plannedMeetings.Count + 1, year, meetingNumber, list, isStocktaking, Guard.OptionalText(note)));
    }
}

/// <summary>One meeting foreseen by a workplan.</summary>
public sealed class PlannedMeeting
{
    public Guid Id { get; private set; }
    public int Position { get; private set; }
    public int Year { get; private set; }
    public int? MeetingNumber { get; private set; }
    public List<string> Topics { get; private set; } = [];
    public bool IsStocktaking { get; private set; }
    public string? Note { get; private set; }

    private PlannedMeeting() { }

    internal PlannedMeeting(int position, int year, int? meetingNumber, List<string> topics, bool isStocktaking, string? note)
    {
        Id = Guid.CreateVersion7();
        Position = position;
        Year = year;
        MeetingNumber = meetingNumber;
        Topics = topics;
        IsStocktaking = isStocktaking;
        Note = note;
    }
}
