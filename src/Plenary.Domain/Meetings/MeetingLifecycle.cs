using Plenary.Domain.Editorial;

namespace Plenary.Domain.Meetings;

/// <summary>
/// On what authority a step was taken: by silence procedure (of a circle, such as the extended Bureau), by a
/// decision at a plenary meeting (its number), by a decision of the Chair, or made known by the secretariat.
/// </summary>
public sealed record Authority(DecisionMeans Means, string? DecidedBy = null, int? PlenaryMeeting = null)
{
    public static readonly Authority Secretariat = new(DecisionMeans.Notification);
}

/// <summary>Who recorded a step in Plenary, and when (the step's own date is when it happened).</summary>
public sealed record Recorded(string By, DateTimeOffset At);

/// <summary>
/// The convening's lifecycle as a workflow of dated events: dates approved, agenda approved, convened, agenda
/// adopted at a plenary meeting, closed, report adopted, postponed, cancelled, format changed. Each step is
/// allowed only from the states that permit it, records when it happened, who recorded it and on what
/// authority, and changes the convening as it says (its dates, format, status, the agenda's adoption).
/// </summary>
public sealed partial class Meeting
{
    /// <summary>Convened and not yet closed.</summary>
    public bool InSession => Status == MeetingStatus.Planned && _history.Any(e => e.Kind == MeetingEventKind.Convened);

    /// <summary>Where the convening stands, in words: planned, in session, postponed, held, cancelled.</summary>
    public string StateInWords => InSession ? "in session" : Status.ToString().ToLowerInvariant();

    /// <summary>
    /// The convening is the one a workplan planned: it takes up the planned topics (and is the stocktaking convening if
    /// planned as such). Its dates must fall in the year planned, and a planned number must be the convening's ordinal.
    /// </summary>
    public void TakeUp(Bodies.PlannedMeeting planned, Bodies.Convenes convenes)
    {
        var noun = Convenings.Noun(convenes);
        if (StartDate.Year != planned.Year && EndDate.Year != planned.Year)
            throw new DomainException("meeting.dates",
                $"The workplan plans this {noun} for {planned.Year}; its dates ({Editorial.Dates.RangeInText(StartDate, EndDate)}) are not in {planned.Year}.");
        if (planned.MeetingNumber is { } n && Ordinal is { } o && o != n)
            throw new DomainException("convening.ordinal",
                $"The workplan plans the {Numbers.OrdinalInWords(n)} {noun}; this one is named the {Numbers.OrdinalInWords(o)}.");
        Topics = [.. planned.Topics];
        IsStocktaking = planned.IsStocktaking;
    }

    /// <summary>The extended Bureau (or another authority) approves the convening's dates; a postponed convening is planned again for them.</summary>
    public MeetingEvent ApproveDates(DateOnly on, DateRange dates, Authority authority, Recorded recorded, SittingsOnMove sittings = SittingsOnMove.Move)
    {
        RequireNotStarted("have its dates approved");
        var previous = _history.Any(e => e.Kind == MeetingEventKind.DatesApproved) && Dates != dates ? Dates : null;
        MoveSittings(dates, sittings);
        Status = MeetingStatus.Planned;
        return Record(on, MeetingEventKind.DatesApproved, authority, recorded, previous, dates);
    }

    /// <summary>The provisional agenda is approved before the convening (it is adopted at the convening itself).</summary>
    public MeetingEvent ApproveAgenda(DateOnly on, Authority authority, Recorded recorded)
    {
        RequireNotStarted("have its provisional agenda approved");
        if (AgendaStatus == AgendaStatus.Adopted)
            throw new DomainException("agenda.adopted", $"The agenda was adopted at plenary meeting {AgendaAdoptedAtPlenaryMeeting}; an adopted agenda is not approved again.");
        return Record(on, MeetingEventKind.AgendaAgreed, authority, recorded);
    }

    /// <summary>The convening opens, on one of its days, at its first plenary meeting or another.</summary>
    public MeetingEvent Convene(DateOnly on, int? atPlenaryMeeting, Recorded recorded)
    {
        if (Status != MeetingStatus.Planned || InSession)
            throw new DomainException("meeting.status", $"This convening is {StateInWords}; only a planned convening is convened.");
        if (!Dates.Contains(on))
            throw new DomainException("event.date",
                $"A convening opens within its dates ({Editorial.Dates.RangeInText(StartDate, EndDate)}); {Editorial.Dates.Day(on)} is outside them.");
        var at = atPlenaryMeeting is { } n ? PlenaryMeeting(n) : null;
        if (at is not null && at.Date != on)
            throw new DomainException("event.plenary_meeting", $"Plenary meeting {at.Number} is on {Editorial.Dates.Day(at.Date)}, not on {Editorial.Dates.Day(on)}.");
        return Record(on, MeetingEventKind.Convened, new Authority(DecisionMeans.None, null, atPlenaryMeeting), recorded);
    }

    /// <summary>
    /// The convening was held on its dates, as one step where only that is known: convened on its first day (at the
    /// plenary meeting held that day, if any) unless it is already in session, then closed on its last day (at the
    /// last plenary meeting held that day, if any). The same steps as <see cref="Convene"/> and <see cref="Close"/>,
    /// refused where they are.
    /// </summary>
    public IReadOnlyList<MeetingEvent> Hold(Recorded recorded)
    {
        var events = new List<MeetingEvent>();
        if (!InSession)
            events.Add(Convene(StartDate, _plenaryMeetings.Where(p => p.Date == StartDate).OrderBy(p => p.Number).FirstOrDefault()?.Number, recorded));
        var opened = _history.Where(e => e.Kind == MeetingEventKind.Convened).Max(e => e.OccurredOn);
        var closing = EndDate < opened ? opened : EndDate;
        events.Add(Close(closing, _plenaryMeetings.Where(p => p.Date == closing).OrderBy(p => p.Number).LastOrDefault()?.Number, recorded));
        return events;
    }

    /// <summary>The agenda is adopted at a plenary meeting of the convening, once it has been convened; it is then no longer edited.</summary>
    public MeetingEvent AdoptAgendaAt(int plenaryMeeting, Recorded recorded)
    {
        if (!InSession)
            throw new DomainException("meeting.status", $"This convening is {StateInWords}; the agenda is adopted at a plenary meeting once the convening is in session.");
        var at = PlenaryMeeting(plenaryMeeting);
        AdoptAgenda(plenaryMeeting);
        return Record(at.Date, MeetingEventKind.AgendaAdopted, new Authority(DecisionMeans.Meeting, null, plenaryMeeting), recorded);
    }

    /// <summary>The convening closes: it is held.</summary>
    public MeetingEvent Close(DateOnly on, int? atPlenaryMeeting, Recorded recorded)
    {
        if (!InSession)
            throw new DomainException("meeting.status", $"This convening is {StateInWords}; only a convening in session is closed.");
        var opened = _history.Where(e => e.Kind == MeetingEventKind.Convened).Max(e => e.OccurredOn);
        if (on < opened)
            throw new DomainException("event.date", $"A convening closes on or after the day it opened ({Editorial.Dates.Day(opened)}), not on {Editorial.Dates.Day(on)}.");
        if (atPlenaryMeeting is { } n && PlenaryMeeting(n).Date != on)
            throw new DomainException("event.plenary_meeting", $"Plenary meeting {n} is on {Editorial.Dates.Day(PlenaryMeeting(n).Date)}, not on {Editorial.Dates.Day(on)}.");
        Status = MeetingStatus.Held;
        return Record(on, MeetingEventKind.Closed, new Authority(DecisionMeans.None, null, atPlenaryMeeting), recorded);
    }

    /// <summary>The report is adopted: at a plenary meeting of the convening in session, or after it closed (by silence procedure, say).</summary>
    public MeetingEvent AdoptReport(DateOnly on, Authority authority, Recorded recorded)
    {
        if (!InSession && Status != MeetingStatus.Held)
            throw new DomainException("meeting.status", $"This convening is {StateInWords}; a report is adopted by a convening in session or held.");
        if (_history.Any(e => e.Kind == MeetingEventKind.ReportAdopted))
            throw new DomainException("meeting.report", "The report of this convening has already been adopted.");
        return Record(on, MeetingEventKind.ReportAdopted, authority, recorded);
    }

    /// <summary>
    /// Puts the convening off for a reason: to new dates (the plenary meetings and the organization of work move with
    /// them or are taken out to be planned again, as <paramref name="sittings"/> says), or to dates to be determined
    /// (they are kept as they are until new dates are approved).
    /// </summary>
    public MeetingEvent Postpone(DateOnly on, DateRange? newDates, string reason, Authority authority, Recorded recorded, SittingsOnMove sittings)
    {
        RequireNotStarted("be postponed");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("event.details", "Say why the convening is postponed (\"owing to the COVID-19 pandemic\").");
        if (newDates is not null && newDates.Start <= EndDate)
            throw new DomainException("meeting.postpone",
                $"A postponement moves the convening to dates after the ones it had (it ends on {Editorial.Dates.Day(EndDate)}); {Editorial.Dates.Day(newDates.Start)} is not after them.");
        var previous = Dates;
        if (newDates is not null) MoveSittings(newDates, sittings);
        Status = newDates is null ? MeetingStatus.Postponed : MeetingStatus.Planned;
        return Record(on, MeetingEventKind.Postponed, authority, recorded, previous, newDates, details: reason);
    }

    /// <summary>The convening will not take place. A convening in session or held cannot be cancelled.</summary>
    public MeetingEvent Cancel(DateOnly on, string? reason, Authority authority, Recorded recorded)
    {
        RequireNotStarted("be cancelled");
        Status = MeetingStatus.Cancelled;
        return Record(on, MeetingEventKind.Cancelled, authority, recorded, details: reason);
    }

    /// <summary>Refuses a value that is no format (a client can send any number), before anything else is asked of the step.</summary>
    public static MeetingFormat CheckFormat(MeetingFormat format) => Guard.Defined(format, "meeting.format", "a format");

    /// <summary>The convening will be held in another format (in person, hybrid, online), with the arrangements said ("with remote interpretation").</summary>
    public MeetingEvent ChangeFormat(DateOnly on, MeetingFormat format, string? arrangements, Authority authority, Recorded recorded)
    {
        CheckFormat(format);
        if (Status is MeetingStatus.Held or MeetingStatus.Cancelled)
            throw new DomainException("meeting.status", $"This convening is {StateInWords}; only a convening still to be held changes format.");
        Format = format;
        return Record(on, MeetingEventKind.FormatApproved, authority, recorded, format: format, details: arrangements);
    }

    /// <summary>What moving the convening to <paramref name="dates"/> does to its sittings, in words, for a confirmation before the step.</summary>
    public string WhatMovingDoes(DateRange? dates, SittingsOnMove sittings)
    {
        var (plenaries, rows) = (_plenaryMeetings.Count, _organizationOfWork.Count);
        if (plenaries == 0 && rows == 0) return "No plenary meeting or organization of work is planned yet, so nothing else changes.";
        var what = (plenaries == 1 ? "The plenary meeting" : plenaries > 1 ? $"The {Numbers.Cardinal(plenaries)} plenary meetings" : "The organization of work")
            + (plenaries > 0 && rows > 0 ? " and the organization of work" : "");
        var many = plenaries > 1 || (plenaries > 0 && rows > 0);
        if (dates is null)
            return $"{what} {(many ? "are" : "is")} kept as {(many ? "they are" : "it is")}, to move with the new dates once they are approved.";
        if (dates == Dates) return $"The dates do not change, and {what.ToLowerInvariant()} stay{(many ? "" : "s")} as planned.";
        var shift = dates.Start.DayNumber - StartDate.DayNumber;
        return sittings == SittingsOnMove.Move
            ? $"{what} move{(many ? "" : "s")} with the dates, {Numbers.Count(Math.Abs(shift), "day")} {(shift >= 0 ? "later" : "earlier")}."
            : $"{what} {(many ? "are" : "is")} taken out, to be planned again for the new dates{(AgendaStatus == AgendaStatus.Adopted ? ", and the agenda is provisional again" : "")}.";
    }

    private void RequireNotStarted(string step)
    {
        if (Status is MeetingStatus.Held or MeetingStatus.Cancelled || InSession)
            throw new DomainException("meeting.status", $"This convening is {StateInWords}; only a planned or postponed convening can {step}.");
    }

    /// <summary>Moves the dates, and the plenary meetings and organization of work with them (or takes those out to re-plan).</summary>
    private void MoveSittings(DateRange dates, SittingsOnMove sittings)
    {
        if (dates == Dates) return;
        if (sittings == SittingsOnMove.Replan)
        {
            _plenaryMeetings.Clear();
            _organizationOfWork.Clear();
            AgendaStatus = AgendaStatus.Provisional;
            AgendaAdoptedAtPlenaryMeeting = null;
        }
        else
        {
            var shift = dates.Start.DayNumber - StartDate.DayNumber;
            var outside = _plenaryMeetings.Select(p => (What: $"plenary meeting {p.Number}", Day: p.Date.AddDays(shift)))
                .Concat(_organizationOfWork.Where(r => r.NonWorking).Select(r => (What: "the non-working day", Day: r.Date.AddDays(shift))))
                .FirstOrDefault(x => !dates.Contains(x.Day));
            if (outside.What is not null)
                throw new DomainException("meeting.dates",
                    $"Moved with the dates, {outside.What} would fall on {Editorial.Dates.Day(outside.Day)}, outside the new dates ({Editorial.Dates.RangeInText(dates.Start, dates.End)}); choose dates as long as the old ones, or take the sittings out to plan them again.");
            foreach (var p in _plenaryMeetings) p.Reschedule(p.Date.AddDays(shift), p.StartsAt, p.EndsAt);
            foreach (var r in _organizationOfWork) r.MoveBy(shift);
        }
        (StartDate, EndDate) = (dates.Start, dates.End);
    }

    private MeetingEvent Record(DateOnly on, MeetingEventKind kind, Authority authority, Recorded recorded,
        DateRange? previous = null, DateRange? newDates = null, MeetingFormat? format = null, string? details = null)
    {
        Guard.Day(on, "event.date", "The date of the step");
        Guard.Defined(authority.Means, "event.means", "a way a decision is taken");
        if (authority.Means == DecisionMeans.Meeting && authority.PlenaryMeeting is null && kind is not (MeetingEventKind.AgendaAdopted))
            throw new DomainException("event.plenary_meeting", "A decision at a plenary meeting names the plenary meeting (its number).");
        if (authority.Means == DecisionMeans.Meeting && authority.PlenaryMeeting is { } n && _plenaryMeetings.All(p => p.Number != n) && kind is MeetingEventKind.ReportAdopted)
            throw new DomainException("event.plenary_meeting", $"This convening has no plenary meeting numbered {n}.");
        var decidedBy = authority.DecidedBy ?? (authority.Means == DecisionMeans.DecisionOfTheChair ? "Chair" : null);
        var e = new MeetingEvent(Id, on, kind, decidedBy, authority.Means, previous, newDates, format, details)
            .Noting(authority.PlenaryMeeting, recorded.By, recorded.At);
        _history.Add(e);
        return e;
    }
}
