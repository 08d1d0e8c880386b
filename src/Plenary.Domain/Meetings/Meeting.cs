using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;

namespace Plenary.Domain.Meetings;

/// <summary>
/// One convening of a body ("the sixth meeting", "the resumed thirtieth session"), with everything
/// that happens inside it: its history, plenary meetings, who opened, presided over and closed it,
/// its agenda and organization of work. <see cref="Number"/> is the stable key a body's links use;
/// <see cref="Kind"/>, <see cref="Ordinal"/> and <see cref="Designation"/> give its name. Every change
/// goes through a method here that checks the rules that bind those parts together.
/// </summary>
public sealed partial class Meeting : IVersioned
{
    private readonly List<MeetingEvent> _history = [];
    private readonly List<PlenaryMeeting> _plenaryMeetings = [];
    private readonly List<AgendaItem> _agendaItems = [];
    private readonly List<OrganizationOfWorkRow> _organizationOfWork = [];

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    /// <summary>The stable key of the convening among the body's (in its links); not necessarily the ordinal in its name.</summary>
    public int Number { get; private set; }
    public ConveningKind Kind { get; private set; }
    /// <summary>The ordinal in its name ("third" session); none for an organizational session; a resumed one carries the ordinal of the one it resumes.</summary>
    public int? Ordinal { get; private set; }
    /// <summary>A word the body names the convening by in place of the ordinal: "concluding".</summary>
    public string? Designation { get; private set; }
    /// <summary>The number of the convening a resumed or reconvened one continues.</summary>
    public int? Continues { get; private set; }
    /// <summary>The number its first plenary meeting carries in the body's series: 1 unless the body numbers sittings across sessions.</summary>
    public int FirstSittingNumber { get; private set; } = 1;
    /// <summary>The officer who opened the convening; see <see cref="OpenedByOther"/> for someone who is not an officer.</summary>
    public Guid? OpenedBy { get; private set; }
    /// <summary>Who opened the convening when not an officer, as the report names them ("the Director of the Division for Treaty Affairs").</summary>
    public string? OpenedByOther { get; private set; }
    /// <summary>The officer who presided, when not the Chair in their own right.</summary>
    public Guid? PresidedBy { get; private set; }
    /// <summary>On whose behalf <see cref="PresidedBy"/> presided (seed 003 §19: a Vice-Chair on the Chair's behalf).</summary>
    public Guid? PresidedOnBehalfOf { get; private set; }
    public Guid? ClosedBy { get; private set; }
    /// <summary>Whether the report's summary of deliberations is the Chair's own ("Summary by the Chair"), not negotiated.</summary>
    public bool SummaryByChair { get; private set; }
    public string Venue { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public MeetingFormat Format { get; private set; }
    public MeetingStatus Status { get; private set; }
    /// <summary>The topics the meeting focused on, as short phrases ("international cooperation").</summary>
    public List<string> Topics { get; private set; } = [];
    /// <summary>What the meeting did, in our own words (Markdown); the history in documents cites it.</summary>
    public string? Summary { get; private set; }
    public string? ReportSymbol { get; private set; }
    public bool IsStocktaking { get; private set; }
    public AgendaStatus AgendaStatus { get; private set; }
    public int? AgendaAdoptedAtPlenaryMeeting { get; private set; }
    /// <summary>Counts the edits made to the meeting; an edit made from an older version is refused.</summary>
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    public IReadOnlyList<MeetingEvent> History => _history;
    public IReadOnlyList<PlenaryMeeting> PlenaryMeetings => _plenaryMeetings;
    public IReadOnlyList<AgendaItem> AgendaItems => _agendaItems;
    public IReadOnlyList<OrganizationOfWorkRow> OrganizationOfWork => _organizationOfWork;

    public DateRange Dates => DateRange.Create(StartDate, EndDate);

    private Meeting() { }

    /// <summary>Schedules a regular convening whose ordinal is its number, as an expert group numbers its meetings; see <see cref="Designate"/> for any other.</summary>
    public static Meeting Schedule(Guid bodyId, int number, string venue, DateRange dates, MeetingFormat format)
    {
        if (number < 1 || number > 999)
            throw new DomainException("meeting.number", $"The convenings of a body are numbered from 1 to 999; {number} is outside that range.");
        var meeting = new Meeting { Id = Guid.CreateVersion7(), BodyId = bodyId, Number = number, Status = MeetingStatus.Planned, Kind = ConveningKind.Regular, Ordinal = number };
        meeting.Venue = Guard.Required(venue, "meeting.venue", "The venue", 200);
        (meeting.StartDate, meeting.EndDate) = (dates.Start, dates.End);
        meeting.Format = Guard.Defined(format, "meeting.format", "a format");
        return meeting;
    }

    /// <summary>
    /// Says what kind of convening this is and how it is named. An organizational convening has no
    /// ordinal; a regular one has an ordinal or a designation; a resumed or reconvened one continues an
    /// earlier convening of the same body (<paramref name="continues"/>) and carries its ordinal and designation.
    /// </summary>
    public void Designate(ConveningKind kind, int? ordinal, string? designation, Meeting? continues)
    {
        if (!Enum.IsDefined(kind))
            throw new DomainException("convening.kind", $"{(int)kind} is not a kind of convening.");
        if (ordinal is < 1 or > 999)
            throw new DomainException("convening.ordinal", $"The ordinal in a convening's name runs from 1 to 999; {ordinal} is outside that range.");
        var word = Guard.Optional(designation, "convening.designation", "The designation", 60);
        if (word is not null && !System.Text.RegularExpressions.Regex.IsMatch(word, "^[a-z][a-z-]*$"))
            throw new DomainException("convening.designation",
                $"The designation '{word}' stands in the name in place of the ordinal (\"the concluding session\"): one word in lower case.");
        if (kind is ConveningKind.Resumed or ConveningKind.Reconvened)
        {
            if (continues is null)
                throw new DomainException("convening.continues",
                    $"A {(kind == ConveningKind.Resumed ? "resumed" : "reconvened")} convening continues an earlier one; say which.");
            if (continues.BodyId != BodyId || continues.Id == Id)
                throw new DomainException("convening.continues", "A convening continues another convening of the same body.");
            if (continues.StartDate >= StartDate)
                throw new DomainException("convening.continues",
                    $"A convening continues one held before it; the one named starts on {Editorial.Dates.Day(continues.StartDate)}, not before {Editorial.Dates.Day(StartDate)}.");
            if (continues.Kind is ConveningKind.Intersessional or ConveningKind.InformalConsultation or ConveningKind.Organizational)
                throw new DomainException("convening.continues", "Only a regular or special convening is resumed or reconvened.");
            if (ordinal is { } given && continues.Ordinal is { } theirs && given != theirs)
                throw new DomainException("convening.ordinal",
                    $"A {(kind == ConveningKind.Resumed ? "resumed" : "reconvened")} convening carries the ordinal of the one it continues ({theirs}), not {given}.");
            (Kind, Ordinal, Designation, Continues) = (kind, continues.Ordinal, word ?? continues.Designation, continues.Number);
            return;
        }
        if (continues is not null)
            throw new DomainException("convening.continues", "Only a resumed or reconvened convening continues another; choose that kind, or leave out what it continues.");
        if (kind == ConveningKind.Organizational && (ordinal is not null || word is not null))
            throw new DomainException("convening.ordinal", "An organizational session has no ordinal or designation in its name (\"the organizational session\").");
        if (kind == ConveningKind.Regular && ordinal is null && word is null)
            throw new DomainException("convening.ordinal", "A regular convening is named by its ordinal (\"the third session\") or a designation (\"the concluding session\"); give one.");
        (Kind, Ordinal, Designation, Continues) = (kind, ordinal, word, null);
    }

    /// <summary>
    /// Refuses a name another convening of the body already has: two "third sessions" cannot both be
    /// the third. <paramref name="others"/> are the body's other convenings.
    /// </summary>
    public void EnsureNamedApartFrom(IEnumerable<Meeting> others, Convenes convenes)
    {
        var twin = others.FirstOrDefault(o => o.Id != Id && o.Number != Number && o.Kind == Kind && o.Ordinal == Ordinal
            && string.Equals(o.Designation, Designation, StringComparison.Ordinal) && (Kind != ConveningKind.Organizational || o.StartDate.Year == StartDate.Year));
        if (twin is not null)
            throw new DomainException("convening.ordinal",
                $"Convening {twin.Number} is already {Convenings.The(convenes, twin)}; each convening of a body has its own name, so change the ordinal, the kind or the designation.");
    }

    /// <summary>The convening's name as a body that convenes <paramref name="convenes"/> calls it: "resumed thirtieth session".</summary>
    public string Name(Convenes convenes) => Convenings.Name(convenes, this);

    /// <summary>
    /// Numbers the convening's plenary meetings from <paramref name="first"/> in the body's series; a body
    /// that numbers them within each convening starts every convening at 1.
    /// </summary>
    public void NumberSittingsFrom(int first, SittingNumbering numbering)
    {
        if (first is < 1 or > 99999)
            throw new DomainException("convening.first_sitting", $"Plenary meetings are numbered from 1; {first} is not a number the first one can carry.");
        if (numbering == SittingNumbering.WithinConvening && first != 1)
            throw new DomainException("convening.first_sitting",
                "The body numbers its plenary meetings within each convening, so the first one is the 1st; only a body that numbers them across sessions starts elsewhere.");
        FirstSittingNumber = first;
    }

    /// <summary>The number a plenary meeting carries in the body's series ("71st"), from its place in this convening.</summary>
    public int SittingNumber(int plenaryMeeting) => FirstSittingNumber + plenaryMeeting - 1;

    /// <summary>
    /// Records who opened the convening (an officer, or someone else named as the report names them), who
    /// presided when not the Chair in their own right and on whose behalf, and who closed it. Each officer
    /// named must be the body's and in office on the convening's dates.
    /// </summary>
    public void RecordPresiding(Body body, Officer? openedBy, string? openedByOther, Officer? presidedBy, Officer? onBehalfOf, Officer? closedBy)
    {
        if (body.Id != BodyId)
            throw new DomainException("convening.presiding", "The officers named are another body's.");
        foreach (var (officer, field) in new[] { (openedBy, "convening.opened_by"), (presidedBy, "convening.presided_by"), (onBehalfOf, "convening.on_behalf_of"), (closedBy, "convening.closed_by") })
        {
            if (officer is null) continue;
            if (body.OfficerWith(officer.Id) is null)
                throw new DomainException(field, $"{officer.Person} is not an officer of the {body.ShortName}.");
            if (!body.InOffice(officer, StartDate, EndDate))
                throw new DomainException(field,
                    $"{officer.Person} was not in office as {officer.Title} on the convening's dates ({Editorial.Dates.Masthead(StartDate, EndDate)}); the record's term says otherwise.");
        }
        var other = Guard.Optional(openedByOther, "convening.opened_by", "Who opened the convening", 300);
        if (openedBy is not null && other is not null)
            throw new DomainException("convening.opened_by", "A convening is opened by one person: name an officer or someone else, not both.");
        if (onBehalfOf is not null && presidedBy is null)
            throw new DomainException("convening.on_behalf_of", "Say who presided on another officer's behalf, or leave out on whose behalf.");
        if (presidedBy is not null && presidedBy == onBehalfOf)
            throw new DomainException("convening.on_behalf_of", $"{presidedBy.Person} presides in their own right, not on their own behalf.");
        (OpenedBy, OpenedByOther, PresidedBy, PresidedOnBehalfOf, ClosedBy) = (openedBy?.Id, other, presidedBy?.Id, onBehalfOf?.Id, closedBy?.Id);
    }

    /// <summary>Whether <paramref name="officer"/> is named as having opened, presided over or closed the convening.</summary>
    public bool NamesOfficer(Guid officer) => OpenedBy == officer || PresidedBy == officer || PresidedOnBehalfOf == officer || ClosedBy == officer;

    /// <summary>Says whether the report's summary of deliberations is the Chair's own, not subject to adoption.</summary>
    public void AttributeSummary(bool byChair) => SummaryByChair = byChair;

    public void Describe(IEnumerable<string> topics, string? summary, string? reportSymbol, bool isStocktaking)
    {
        Topics = topics.Select(t => Guard.Required(t, "meeting.topic", "A topic", 300)).ToList();
        Summary = Guard.LongText(summary, "meeting.summary", "The summary");
        ReportSymbol = reportSymbol is null ? null : DocumentSymbol.Create(reportSymbol).Value;
        IsStocktaking = isStocktaking;
    }

    /// <summary>
    /// The convening is held at another venue. Its dates and format change only as steps of its lifecycle
    /// (<see cref="ApproveDates"/>, <see cref="Postpone(DateOnly, DateRange?, string, Authority, Recorded, SittingsOnMove)"/>,
    /// <see cref="ChangeFormat(DateOnly, MeetingFormat, string?, Authority, Recorded)"/>), each with its date and authority.
    /// </summary>
    public void Relocate(string venue) => Venue = Guard.Required(venue, "meeting.venue", "The venue", 200);

    /// <summary>Puts the meeting off. With new dates it stays planned for them; without, it waits as postponed.</summary>
    public void Postpone(DateOnly decidedOn, DateRange? newDates, string? reason, string? decidedBy, DecisionMeans means)
    {
        if (Status is MeetingStatus.Held or MeetingStatus.Cancelled)
            throw new DomainException("meeting.status", $"A convening that is {Status.ToString().ToLowerInvariant()} cannot be postponed.");
        Guard.Day(decidedOn, "event.date", "The date of the decision");
        Guard.Defined(means, "event.means", "a means of decision");
        if (newDates is not null && newDates.Start <= EndDate)
            throw new DomainException("meeting.postpone", "A postponement moves the convening to dates after the ones it had.");
        var previous = Dates;
        _history.Add(new MeetingEvent(Id, decidedOn, MeetingEventKind.Postponed, decidedBy, means, previous, newDates, null, reason));
        if (newDates is null)
        {
            Status = MeetingStatus.Postponed;
        }
        else
        {
            // The sittings of the old dates are gone, and with them the adoption of the agenda.
            _plenaryMeetings.Clear();
            _organizationOfWork.Clear();
            AgendaStatus = AgendaStatus.Provisional;
            AgendaAdoptedAtPlenaryMeeting = null;
            (StartDate, EndDate) = (newDates.Start, newDates.End);
            Status = MeetingStatus.Planned;
        }
    }

    /// <summary>Marks the meeting as put off with no new dates yet (the history says why).</summary>
    public void MarkPostponed()
    {
        if (Status != MeetingStatus.Planned)
            throw new DomainException("meeting.status", $"Only a planned convening can be postponed; this one is {Status.ToString().ToLowerInvariant()}.");
        Status = MeetingStatus.Postponed;
    }

    public void MarkHeld()
    {
        if (Status != MeetingStatus.Planned)
            throw new DomainException("meeting.status", $"Only a planned convening can be marked as held; this one is {Status.ToString().ToLowerInvariant()}.");
        Status = MeetingStatus.Held;
    }

    public void Cancel()
    {
        if (Status == MeetingStatus.Held)
            throw new DomainException("meeting.status", "A convening that has been held cannot be cancelled.");
        Status = MeetingStatus.Cancelled;
    }

    /// <summary>Records a step of the meeting's history as it happened (used when a record is loaded).</summary>
    public MeetingEvent RecordEvent(DateOnly occurredOn, MeetingEventKind kind, string? decidedBy, DecisionMeans means,
        DateRange? previousDates, DateRange? newDates, MeetingFormat? format, string? details,
        int? plenaryMeeting = null, string? recordedBy = null, DateTimeOffset? recordedAt = null)
    {
        Guard.Day(occurredOn, "event.date", "The date of the event");
        Guard.Defined(kind, "event.kind", "a kind of event");
        Guard.Defined(means, "event.means", "a means of decision");
        Guard.Defined(format, "event.format", "a format");
        var e = new MeetingEvent(Id, occurredOn, kind, decidedBy, means, previousDates, newDates, format, details).Noting(plenaryMeeting, recordedBy, recordedAt);
        _history.Add(e);
        return e;
    }

    public PlenaryMeeting AddPlenaryMeeting(DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, IEnumerable<string> languages)
    {
        if (!Dates.Contains(date))
            throw new DomainException("plenary.date",
                $"A plenary meeting on {Editorial.Dates.Day(date)} falls outside the convening's dates ({Editorial.Dates.RangeInText(StartDate, EndDate)}).");
        var clash = _plenaryMeetings.FirstOrDefault(p => p.Overlaps(date, startsAt, endsAt));
        if (clash is not null)
            throw new DomainException("plenary.overlap",
                $"A plenary meeting on {Editorial.Dates.Day(date)} from {startsAt:HH\\:mm} to {endsAt:HH\\:mm} overlaps plenary meeting {clash.Number} ({clash.StartsAt:HH\\:mm}–{clash.EndsAt:HH\\:mm}).");
        var last = _plenaryMeetings.LastOrDefault();
        var laterSameDay = startsAt.HasValue && _plenaryMeetings.Any(p => p.Date == date && p.HasTimes && p.StartsAt > startsAt);
        if (last is not null && (date < last.Date || laterSameDay))
            throw new DomainException("plenary.order", "Plenary meetings are numbered in the order they are held; add them in date and time order.");
        var plenary = new PlenaryMeeting(Id, _plenaryMeetings.Count + 1, date, startsAt, endsAt, languages);
        _plenaryMeetings.Add(plenary);
        return plenary;
    }

    public PlenaryMeeting PlenaryMeeting(int number) =>
        _plenaryMeetings.FirstOrDefault(p => p.Number == number)
        ?? throw new DomainException("plenary.unknown", $"This meeting has no plenary meeting numbered {number}.");

    /// <summary>Adds the next item, or the next sub-item of <paramref name="parentItem"/>, keeping numbering contiguous.</summary>
    /// <param name="role">What the item does; none: the role its title suggests (<see cref="AgendaItemRoles.Infer"/>).</param>
    public AgendaItem AddAgendaItem(string title, string? shortTitle, string? annotation, int? parentItem = null, AgendaItemRole? role = null)
    {
        AssertAgendaEditable();
        AgendaItemNumber number;
        if (parentItem is { } parent)
        {
            if (!_agendaItems.Any(i => i.Item == parent && i.SubItem is null))
                throw new DomainException("agenda.parent", $"There is no agenda item {parent} to add a sub-item to.");
            var subs = _agendaItems.Count(i => i.Item == parent && i.SubItem is not null);
            if (subs >= 26)
                throw new DomainException("agenda.number", $"Agenda item {parent} already has 26 sub-items, (a) to (z).");
            number = AgendaItemNumber.Of(parent, (char)('a' + subs));
        }
        else
        {
            number = AgendaItemNumber.Of(_agendaItems.Count == 0 ? 1 : _agendaItems.Max(i => i.Item) + 1);
        }
        var item = new AgendaItem(Id, number, title, shortTitle, annotation, role ?? AgendaItemRoles.Infer(title));
        _agendaItems.Add(item);
        return item;
    }

    /// <summary>Adds an item whose number is given (as a loaded record states it) and refuses gaps and repeats.</summary>
    public AgendaItem AddAgendaItem(AgendaItemNumber number, string title, string? shortTitle, string? annotation, AgendaItemRole? role = null)
    {
        if (number.SubItem is not null && _agendaItems.Count(i => i.Item == number.Item && i.SubItem is not null) >= 26)
            throw new DomainException("agenda.number", $"Agenda item {number.Item} already has 26 sub-items, (a) to (z).");
        var expected = number.SubItem is null
            ? AgendaItemNumber.Of(_agendaItems.Count == 0 ? 1 : _agendaItems.Max(i => i.Item) + 1)
            : AgendaItemNumber.Of(number.Item, (char)('a' + _agendaItems.Count(i => i.Item == number.Item && i.SubItem is not null)));
        if (number != expected)
            throw new DomainException("agenda.number",
                _agendaItems.Any(i => i.Number == number)
                    ? $"Agenda item {number} appears twice; each number is used once."
                    : $"Agenda item {number} breaks the numbering: the next number here is {expected} (items run 1, 2, 3 and sub-items (a), (b), (c) without gaps).");
        return AddAgendaItem(title, shortTitle, annotation, number.SubItem is null ? null : number.Item, role);
    }

    public AgendaItem AgendaItem(AgendaItemNumber number) =>
        _agendaItems.FirstOrDefault(i => i.Number == number)
        ?? throw new DomainException("agenda.unknown", $"The agenda has no item {number}.");

    /// <summary>Items in agenda order: 1, 1 (a), 1 (b), 2 ...</summary>
    public IEnumerable<AgendaItem> AgendaInOrder => _agendaItems.OrderBy(i => i.Number);

    public void AdoptAgenda(int atPlenaryMeeting)
    {
        if (_agendaItems.Count == 0)
            throw new DomainException("agenda.empty", "An empty agenda cannot be adopted.");
        if (AgendaStatus == AgendaStatus.Adopted)
            throw new DomainException("agenda.adopted", $"The agenda was already adopted at plenary meeting {AgendaAdoptedAtPlenaryMeeting}.");
        PlenaryMeeting(atPlenaryMeeting);
        AgendaStatus = AgendaStatus.Adopted;
        AgendaAdoptedAtPlenaryMeeting = atPlenaryMeeting;
    }

    public OrganizationOfWorkRow PlanWork(int plenaryMeetingNumber, AgendaItemNumber item, bool continued, string? title = null)
    {
        var plenary = PlenaryMeeting(plenaryMeetingNumber);
        AgendaItem(item);
        var last = _organizationOfWork.Where(r => !r.NonWorking).LastOrDefault();
        if (last is not null && last.PlenaryMeetingNumber > plenaryMeetingNumber)
            throw new DomainException("work.order", "The organization of work follows the plenary meetings in order; add rows in that order.");
        var row = OrganizationOfWorkRow.Working(Id, _organizationOfWork.Count + 1, plenary, item, continued, title);
        _organizationOfWork.Add(row);
        return row;
    }

    /// <summary>
    /// The Secretariat assigns an item to a plenary meeting after the organization of work exists:
    /// the row takes its place among the rows in plenary-meeting order (a record file, by contrast,
    /// must list its rows in order; see PlanWork).
    /// </summary>
    public OrganizationOfWorkRow AssignToPlenaryMeeting(int plenaryMeetingNumber, AgendaItemNumber item, bool continued)
    {
        var plenary = PlenaryMeeting(plenaryMeetingNumber);
        AgendaItem(item);
        if (_organizationOfWork.Any(r => r.PlenaryMeetingNumber == plenaryMeetingNumber && r.AgendaItem == item.ToString()))
            throw new DomainException("work.duplicate", $"Item {item} is already assigned to plenary meeting {plenaryMeetingNumber}.");
        var rows = _organizationOfWork.OrderBy(r => r.Position).ToList();
        var at = rows.FindLastIndex(r => r.NonWorking ? r.Date <= plenary.Date : r.PlenaryMeetingNumber <= plenaryMeetingNumber) + 1;
        var row = OrganizationOfWorkRow.Working(Id, at + 1, plenary, item, continued, null);
        rows.Insert(at, row);
        for (var i = 0; i < rows.Count; i++) rows[i].Reposition(i + 1);
        _organizationOfWork.Clear();
        _organizationOfWork.AddRange(rows);
        return row;
    }

    public OrganizationOfWorkRow PlanNonWorkingDay(DateOnly date, string description)
    {
        if (!Dates.Contains(date))
            throw new DomainException("work.date", $"The non-working day {Editorial.Dates.Day(date)} falls outside the convening's dates.");
        if (_plenaryMeetings.Any(p => p.Date == date))
            throw new DomainException("work.date", $"{Editorial.Dates.Day(date)} has plenary meetings, so it cannot be a non-working day.");
        if (_organizationOfWork.Any(r => r.NonWorking && r.Date == date))
            throw new DomainException("work.date", $"{Editorial.Dates.Day(date)} is already a non-working day in the organization of work.");
        var row = OrganizationOfWorkRow.NonWorkingDay(Id, _organizationOfWork.Count + 1, date, description);
        _organizationOfWork.Add(row);
        ReorderWork();
        return row;
    }

    /// <summary>Takes a non-working day (a holiday) out of the organization of work.</summary>
    public void RemoveNonWorkingDay(DateOnly date)
    {
        var row = _organizationOfWork.FirstOrDefault(r => r.NonWorking && r.Date == date)
            ?? throw new DomainException("work.unknown", $"{Editorial.Dates.Day(date)} is not a non-working day in the organization of work.");
        _organizationOfWork.Remove(row);
        ReorderWork();
    }

    /// <summary>Refuses an edit based on an older version of the meeting, then counts this one.</summary>
    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version)
            throw new StaleEditException(Version);
        Version++;
    }

    /// <summary>Moves a top-level item (with its sub-items) to another place; items between are renumbered, and so are the organization of work's references.</summary>
    public void MoveAgendaItem(int item, int toPosition)
    {
        AssertAgendaEditable();
        var count = _agendaItems.Count(i => i.SubItem is null);
        if (!_agendaItems.Any(i => i.Item == item && i.SubItem is null))
            throw new DomainException("agenda.unknown", $"The agenda has no item {item}.");
        if (toPosition < 1 || toPosition > count)
            throw new DomainException("agenda.number", $"Item {item} can move to a place from 1 to {count}; {toPosition} is outside the agenda.");
        if (toPosition == item) return;
        var order = Enumerable.Range(1, count).ToList();
        order.Remove(item);
        order.Insert(toPosition - 1, item);
        var renumber = order.Select((old, index) => (old, @new: index + 1)).Where(x => x.old != x.@new).ToDictionary(x => x.old, x => x.@new);
        // Every old number is mapped before anything changes, so that a row is retargeted once.
        var moved = _agendaItems.Where(i => renumber.ContainsKey(i.Item)).ToList();
        var targets = moved.ToDictionary(i => i.Number.ToString(), i => AgendaItemNumber.Of(renumber[i.Item], i.Number.SubItem).ToString());
        foreach (var i in moved) i.Renumber(renumber[i.Item]);
        foreach (var row in _organizationOfWork.Where(r => r.AgendaItem is not null && targets.ContainsKey(r.AgendaItem)).ToList())
            row.Retarget(targets[row.AgendaItem!]);
    }

    /// <param name="role">What the item does; none: the role it has.</param>
    public void EditAgendaItem(AgendaItemNumber number, string title, string? shortTitle, string? annotation, AgendaItemRole? role = null)
    {
        AssertAgendaEditable();
        AgendaItem(number).Edit(title, shortTitle, annotation, role);
    }

    // ---- Editing the plenary meetings, the organization of work and the agenda ----------------------

    /// <summary>
    /// Adds a plenary meeting at its place in date and time order: plenary meetings are numbered in the
    /// order they are held, so later ones are renumbered, and the organization of work follows them.
    /// </summary>
    public PlenaryMeeting SchedulePlenaryMeeting(DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, IEnumerable<string> languages)
    {
        var plenary = new PlenaryMeeting(Id, _plenaryMeetings.Count + 1, date, startsAt, endsAt, languages);
        CheckSittingSlot(date, startsAt, endsAt, except: null);
        _plenaryMeetings.Add(plenary);
        RenumberPlenaryMeetings();
        return plenary;
    }

    /// <summary>Moves a plenary meeting to another day or time; numbers follow the new order, and so do its rows in the organization of work.</summary>
    public void ReschedulePlenaryMeeting(int number, DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt)
    {
        var plenary = PlenaryMeeting(number);
        global::Plenary.Domain.Meetings.PlenaryMeeting.CheckTimes(number, startsAt, endsAt);
        CheckSittingSlot(date, startsAt, endsAt, except: plenary);
        plenary.Reschedule(date, startsAt, endsAt);
        foreach (var row in _organizationOfWork.Where(r => r.PlenaryMeetingNumber == number))
            row.FollowPlenary(number, date);
        RenumberPlenaryMeetings();
    }

    /// <summary>
    /// Removes a plenary meeting together with the agenda items assigned to it in the organization of
    /// work (those rows go too); later plenary meetings are renumbered. The one at which the agenda was
    /// adopted stays.
    /// </summary>
    public void RemovePlenaryMeeting(int number)
    {
        var plenary = PlenaryMeeting(number);
        if (AgendaAdoptedAtPlenaryMeeting == number)
            throw new DomainException("plenary.adoption",
                $"The agenda was adopted at plenary meeting {number}, so that plenary meeting stays in the record.");
        _organizationOfWork.RemoveAll(r => r.PlenaryMeetingNumber == number);
        _plenaryMeetings.Remove(plenary);
        RenumberPlenaryMeetings();
    }

    private void CheckSittingSlot(DateOnly date, TimeOnly? startsAt, TimeOnly? endsAt, PlenaryMeeting? except)
    {
        if (!Dates.Contains(date))
            throw new DomainException("plenary.date",
                $"A plenary meeting on {Editorial.Dates.Day(date)} falls outside the convening's dates ({Editorial.Dates.RangeInText(StartDate, EndDate)}).");
        var offDay = _organizationOfWork.FirstOrDefault(r => r.NonWorking && r.Date == date);
        if (offDay is not null)
            throw new DomainException("plenary.date",
                $"{Editorial.Dates.Day(date)} is a non-working day in the organization of work ({offDay.Description}); choose another day.");
        var clash = _plenaryMeetings.FirstOrDefault(p => p != except && p.Overlaps(date, startsAt, endsAt));
        if (clash is not null)
            throw new DomainException("plenary.overlap",
                $"A plenary meeting on {Editorial.Dates.Day(date)} from {startsAt:HH\\:mm} to {endsAt:HH\\:mm} overlaps plenary meeting {clash.Number} ({clash.StartsAt:HH\\:mm}–{clash.EndsAt:HH\\:mm}).");
    }

    /// <summary>Numbers the plenary meetings 1, 2, 3 in the order they are held; the organization of work and the agenda's adoption follow.</summary>
    private void RenumberPlenaryMeetings()
    {
        var ordered = _plenaryMeetings.OrderBy(p => p.Date).ThenBy(p => p.StartsAt ?? TimeOnly.MinValue).ThenBy(p => p.Number).ToList();
        var renumber = ordered.Select((p, i) => (Plenary: p, New: i + 1)).Where(x => x.Plenary.Number != x.New).ToList();
        var map = renumber.ToDictionary(x => x.Plenary.Number, x => x.Plenary);
        foreach (var row in _organizationOfWork.Where(r => r.PlenaryMeetingNumber is { } n && map.ContainsKey(n)).ToList())
        {
            var plenary = map[row.PlenaryMeetingNumber!.Value];
            row.FollowPlenary(renumber.Single(x => x.Plenary == plenary).New, plenary.Date);
        }
        if (AgendaAdoptedAtPlenaryMeeting is { } adopted && map.TryGetValue(adopted, out var at))
            AgendaAdoptedAtPlenaryMeeting = renumber.Single(x => x.Plenary == at).New;
        foreach (var (plenary, number) in renumber) plenary.Renumber(number);
        ReorderWork();
    }

    /// <summary>Positions the rows of the organization of work by day, then plenary meeting, keeping their order within each.</summary>
    private void ReorderWork()
    {
        var ordered = _organizationOfWork.OrderBy(r => r.Date).ThenBy(r => r.PlenaryMeetingNumber ?? 0).ThenBy(r => r.Position).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Reposition(i + 1);
    }

    /// <summary>Takes an agenda item off a plenary meeting in the organization of work.</summary>
    public void UnassignAgendaItem(AgendaItemNumber item, int plenaryMeetingNumber)
    {
        var rows = _organizationOfWork.Where(r => r.PlenaryMeetingNumber == plenaryMeetingNumber && r.AgendaItem == item.ToString()).ToList();
        if (rows.Count == 0)
            throw new DomainException("work.unknown", $"Agenda item {item} is not assigned to plenary meeting {plenaryMeetingNumber}.");
        foreach (var row in rows) _organizationOfWork.Remove(row);
        ReorderWork();
    }

    /// <summary>
    /// Removes an item (with its sub-items) or a sub-item from the agenda, with its documentation and its
    /// rows in the organization of work; the items (or sub-items) after it are renumbered to close the gap,
    /// and the organization of work keeps pointing at the same items.
    /// </summary>
    public void RemoveAgendaItem(AgendaItemNumber number)
    {
        AssertAgendaEditable();
        var item = AgendaItem(number);
        List<AgendaItem> goes = number.IsSubItem ? [item] : _agendaItems.Where(i => i.Item == number.Item).ToList();
        var goneNumbers = goes.Select(i => i.Number.ToString()).ToHashSet();
        _organizationOfWork.RemoveAll(r => r.AgendaItem is not null && goneNumbers.Contains(r.AgendaItem));
        foreach (var i in goes) _agendaItems.Remove(i);

        var later = number.SubItem is { } letter
            ? _agendaItems.Where(i => i.Item == number.Item && i.Number.SubItem > letter).ToList()
            : _agendaItems.Where(i => i.Item > number.Item).ToList();
        var targets = later.ToDictionary(i => i.Number.ToString(),
            i => (number.IsSubItem ? AgendaItemNumber.Of(i.Item, (char)(i.Number.SubItem!.Value - 1)) : AgendaItemNumber.Of(i.Item - 1, i.Number.SubItem)).ToString());
        foreach (var i in later)
        {
            if (number.IsSubItem) i.Reletter((char)(i.Number.SubItem!.Value - 1));
            else i.Renumber(i.Item - 1);
        }
        foreach (var row in _organizationOfWork.Where(r => r.AgendaItem is not null && targets.ContainsKey(r.AgendaItem)).ToList())
            row.Retarget(targets[row.AgendaItem!]);
        ReorderWork();
    }

    /// <summary>Lists a document of the body's register under an agenda item, by its symbol, with the register's title.</summary>
    public void ListDocument(AgendaItemNumber item, Document document)
    {
        if (document.BodyId != BodyId)
            throw new DomainException("documentation.symbol", $"{document.Symbol} is not in this body's document register; pick a document of the register.");
        AgendaItem(item).AddDocumentation(document.Symbol, document.Title);
    }

    /// <summary>Lists a document that has no symbol (yet) under an agenda item, by its title alone.</summary>
    public void ListDocument(AgendaItemNumber item, string title) => AgendaItem(item).AddDocumentation(null, title);

    private void AssertAgendaEditable()
    {
        if (AgendaStatus == AgendaStatus.Adopted)
            throw new DomainException("agenda.adopted", "The agenda has been adopted; an adopted agenda is not changed.");
    }
}
