using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Domain.Bodies;

/// <summary>
/// A body's plan for a period: which convening takes up which topics, ending in a stocktaking convening.
/// Its changes go through the body, which lends its word for a convening ("meeting" or "session") to the refusals.
/// </summary>
public sealed class Workplan
{
    private readonly List<PlannedMeeting> _plannedMeetings = [];
    /// <summary>The longest note on a planned meeting.</summary>
    public const int MaxNote = 2000;

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public string? Symbol { get; private set; }
    public int? AdoptedAtMeeting { get; private set; }
    /// <summary>
    /// Whether the workplan has the Rapporteur prepare, at each convening it plans, a list of preliminary
    /// conclusions and recommendations suggested by Member States; the reports then give them a chapter.
    /// </summary>
    public bool PreliminaryConclusions { get; private set; }
    public IReadOnlyList<PlannedMeeting> PlannedMeetings => _plannedMeetings;

    private Workplan() { }

    internal Workplan(Guid bodyId, Convenes convenes, string title, int startYear, int endYear, string? symbol, int? adoptedAtMeeting)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Edit(convenes, title, startYear, endYear, symbol, adoptedAtMeeting);
    }

    /// <summary>Changes the workplan's title, period, symbol and adopting convening; the convenings it plans must stay inside the period.</summary>
    internal void Edit(Convenes convenes, string title, int startYear, int endYear, string? symbol, int? adoptedAtMeeting)
    {
        if (startYear is < 1945 or > 2200)
            throw new DomainException("workplan.start_year", $"The workplan's first year {startYear} is not a plausible year (1945 to 2200).");
        if (endYear < startYear)
            throw new DomainException("workplan.period", $"The workplan ends in {endYear}, before it starts in {startYear}.");
        if (endYear > startYear + 50)
            throw new DomainException("workplan.period", $"A workplan of {startYear}–{endYear} is longer than 50 years; check the last year.");
        Guard.InRange(adoptedAtMeeting, 1, Guard.MaxConvening, "workplan.adopted_at", $"The number of the {Convenings.Noun(convenes)} that adopted the workplan");
        if (_plannedMeetings.FirstOrDefault(p => p.Year < startYear || p.Year > endYear) is { } outside)
            throw new DomainException("workplan.period",
                $"The workplan plans a {Convenings.Noun(convenes)} in {outside.Year}, outside {startYear}–{endYear}; change or remove that planned {Convenings.Noun(convenes)} first.");
        var checkedTitle = Guard.Required(title, "workplan.title", "The workplan's title", 300);
        var checkedSymbol = string.IsNullOrWhiteSpace(symbol) ? null : DocumentSymbol.Create(symbol).Value;
        (Title, StartYear, EndYear, Symbol, AdoptedAtMeeting) = (checkedTitle, startYear, endYear, checkedSymbol, adoptedAtMeeting);
    }

    /// <summary>Says whether the workplan provides for lists of preliminary conclusions and recommendations at each convening.</summary>
    public void ProvideForPreliminaryConclusions(bool provides) => PreliminaryConclusions = provides;

    internal PlannedMeeting PlanMeeting(Convenes convenes, int year, int? meetingNumber, IEnumerable<string> topics, bool isStocktaking, string? note)
    {
        var list = CheckPlan(convenes, null, year, meetingNumber, topics, isStocktaking);
        var planned = new PlannedMeeting(BodyId, _plannedMeetings.Count + 1, year, meetingNumber, list, isStocktaking, Guard.LongText(note, "workplan.note", "The note", MaxNote));
        _plannedMeetings.Add(planned);
        return planned;
    }

    internal PlannedMeeting EditPlannedMeeting(Convenes convenes, int position, int year, int? meetingNumber, IEnumerable<string> topics, bool isStocktaking, string? note)
    {
        var planned = PlannedAt(convenes, position);
        var list = CheckPlan(convenes, planned, year, meetingNumber, topics, isStocktaking);
        planned.Edit(year, meetingNumber, list, isStocktaking, Guard.LongText(note, "workplan.note", "The note", MaxNote));
        return planned;
    }

    /// <summary>Removes a planned convening; those after it move up one place.</summary>
    internal PlannedMeeting RemovePlannedMeeting(Convenes convenes, int position) =>
        Positions.RemoveAt(_plannedMeetings, position, () => NoPlannedMeeting(convenes, position));

    internal PlannedMeeting PlannedAt(Convenes convenes, int position) => Positions.At(_plannedMeetings, position, () => NoPlannedMeeting(convenes, position));

    private DomainException NoPlannedMeeting(Convenes convenes, int position)
    {
        var noun = Convenings.Noun(convenes);
        return new("planned_meeting.unknown", _plannedMeetings.Count == 0
            ? $"The workplan has no planned {noun} {position}; it plans no {noun} yet."
            : $"The workplan has no planned {noun} {position}; its planned {noun}s are numbered 1 to {_plannedMeetings.Count}.");
    }

    /// <summary>The rules of a planned convening, against the others of the workplan (all but <paramref name="self"/>).</summary>
    private List<string> CheckPlan(Convenes convenes, PlannedMeeting? self, int year, int? meetingNumber, IEnumerable<string> topics, bool isStocktaking)
    {
        var noun = Convenings.Noun(convenes);
        var others = _plannedMeetings.Where(p => p != self).ToList();
        if (year < StartYear || year > EndYear)
            throw new DomainException("workplan.year", $"The year {year} is outside the workplan's period {StartYear}–{EndYear}.");
        if (isStocktaking && others.Any(p => p.IsStocktaking))
            throw new DomainException("workplan.stocktaking", $"A workplan has one stocktaking {noun} only.");
        Guard.InRange(meetingNumber, 1, Guard.MaxConvening, "workplan.meeting", $"The number of a planned {noun}");
        if (meetingNumber is { } n && others.Any(p => p.MeetingNumber == n))
            throw new DomainException("workplan.meeting", $"The workplan already plans the {Numbers.OrdinalInWords(n)} {noun}.");
        var list = topics.Select(t => Guard.Required(t, "workplan.topic", "A topic", 300)).ToList();
        if (list.Count == 0 && !isStocktaking)
            throw new DomainException("workplan.topics", $"The {noun} planned for {year} needs at least one topic.");
        return list;
    }
}

/// <summary>One convening foreseen by a workplan.</summary>
public sealed class PlannedMeeting : IPositioned
{
    public Guid Id { get; private set; }
    /// <summary>The body whose workplan plans it, so that its changes show in the body's history.</summary>
    public Guid BodyId { get; private set; }
    public int Position { get; private set; }
    public int Year { get; private set; }
    public int? MeetingNumber { get; private set; }
    public List<string> Topics { get; private set; } = [];
    public bool IsStocktaking { get; private set; }
    public string? Note { get; private set; }

    private PlannedMeeting() { }

    internal PlannedMeeting(Guid bodyId, int position, int year, int? meetingNumber, List<string> topics, bool isStocktaking, string? note)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Position = position;
        Edit(year, meetingNumber, topics, isStocktaking, note);
    }

    internal void Edit(int year, int? meetingNumber, List<string> topics, bool isStocktaking, string? note) =>
        (Year, MeetingNumber, Topics, IsStocktaking, Note) = (year, meetingNumber, topics, isStocktaking, note);

    void IPositioned.Reposition(int position) => Position = position;
}
