using Plenary.Domain.Bureau;
using Plenary.Domain.Editorial;

namespace Plenary.Domain.Bodies;

/// <summary>The body's officers over time and its extended Bureau: the rules that bind the terms together.</summary>
public sealed partial class Body
{
    /// <summary>Records an officer's election; a body has one Chair (President, Rapporteur ...) in office at a time.</summary>
    public Officer ElectOfficer(OfficerTerm term)
    {
        var officer = new Officer(Id, _officers.Count + 1, term);
        CheckSingleOffice(officer);
        _officers.Add(officer);
        return officer;
    }

    /// <summary>Corrects what the record says of an officer's term.</summary>
    public Officer EditOfficer(int position, OfficerTerm term)
    {
        var officer = OfficerAt(position);
        var before = TermOf(officer);
        officer.Apply(term);
        try
        {
            CheckSingleOffice(officer);
            if (officer.ReplacedBy is { } next && OfficerWith(next) is { } successor) CheckSuccession(officer, successor);
            if (_officers.FirstOrDefault(o => o.ReplacedBy == officer.Id) is { } predecessor) CheckSuccession(predecessor, officer);
        }
        catch (DomainException)
        {
            officer.Apply(before);
            throw;
        }
        return officer;
    }

    /// <summary>
    /// Elects <paramref name="successor"/> to the office the officer at <paramref name="position"/> holds:
    /// the term in place ends the day before the successor's election, and the record says who replaced whom.
    /// </summary>
    public Officer ReplaceOfficer(int position, OfficerTerm successor)
    {
        var officer = OfficerAt(position);
        if (officer.ReplacedBy is not null)
            throw new DomainException("officer.replaced", $"{officer.Person} has already been replaced as {officer.Title}.");
        if (successor.ElectedOn is not { } electedOn)
            throw new DomainException("officer.elected_on", $"Give the date on which the successor of {officer.Person} was elected; the term in place ends the day before.");
        if (officer.ElectedOn is { } since && electedOn <= since)
            throw new DomainException("officer.elected_on",
                $"The successor must be elected after {officer.Person}, who was elected on {Dates.Day(since)}.");
        var before = TermOf(officer);
        officer.Apply(before with { ForBodysLife = false, TermEndsOn = electedOn.AddDays(-1) });
        try
        {
            var next = new Officer(Id, _officers.Count + 1, successor with { Office = officer.Office, OfficeTitle = officer.OfficeTitle });
            CheckSingleOffice(next);
            _officers.Add(next);
            officer.ReplaceWith(next.Id);
            return next;
        }
        catch (DomainException)
        {
            officer.Apply(before);
            throw;
        }
    }

    /// <summary>Records that <paramref name="successor"/> took over from the officer at <paramref name="position"/> (as a loaded record states it).</summary>
    public void RecordReplacement(int position, int successorPosition)
    {
        var officer = OfficerAt(position);
        var successor = OfficerAt(successorPosition);
        CheckSuccession(officer, successor);
        officer.ReplaceWith(successor.Id);
    }

    /// <summary>
    /// Removes an officer from the record; the rest close up. An officer recorded as having opened, presided
    /// over or closed a convening (<paramref name="presidedAt"/> names those convenings) stays in the record.
    /// </summary>
    public Officer RemoveOfficer(int position, IReadOnlyCollection<string> presidedAt)
    {
        var officer = OfficerAt(position);
        if (presidedAt.Count > 0)
            throw new DomainException("officer.presided",
                $"{officer.Person} cannot be removed: the record says they opened, presided over or closed {Lists.Join(presidedAt)}. Change that first.");
        Positions.RemoveAt(_officers, position, () => NoOfficer(position));
        foreach (var o in _officers.Where(o => o.ReplacedBy == officer.Id)) o.ReplaceWith(null);
        return officer;
    }

    public Officer OfficerAt(int position) => Positions.At(_officers, position, () => NoOfficer(position));

    private DomainException NoOfficer(int position) => new("officer.unknown", _officers.Count == 0
        ? $"The body has no officer {position}; no officer is recorded yet."
        : $"The body has no officer {position}; its officers are numbered 1 to {_officers.Count}.");

    public Officer? OfficerWith(Guid id) => _officers.FirstOrDefault(o => o.Id == id);

    /// <summary>The last day of an officer's term, when the record knows it.</summary>
    public DateOnly? TermEndOf(Officer officer) => officer.TermEndsOn
        ?? (officer.ReplacedBy is { } next && OfficerWith(next)?.ElectedOn is { } d ? d.AddDays(-1) : null);

    /// <summary>Whether the officer's term has a day in common with <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool InOffice(Officer officer, DateOnly start, DateOnly end) =>
        (officer.ElectedOn ?? DateOnly.MinValue) <= end && (TermEndOf(officer) ?? DateOnly.MaxValue) >= start;

    /// <summary>The officers in office during the days given, the Chair (or President) first, then as the record lists them.</summary>
    public IReadOnlyList<Officer> OfficersDuring(DateOnly start, DateOnly end) =>
        _officers.Where(o => InOffice(o, start, end)).OrderBy(o => o.Office).ThenBy(o => o.Position).ToList();

    /// <summary>The extended Bureau on a day: the officers in office and the members seated then.</summary>
    public ExtendedBureau ExtendedBureauOn(DateOnly day) =>
        new(OfficersDuring(day, day), _extendedBureau.Where(m => m.SitsOn(day)).OrderBy(m => m.Position).ToList());

    public ExtendedBureauMember SeatInExtendedBureau(ExtendedBureauSeat seat)
    {
        var member = new ExtendedBureauMember(Id, _extendedBureau.Count + 1, seat);
        CheckRegionalChair(member);
        _extendedBureau.Add(member);
        return member;
    }

    public ExtendedBureauMember EditExtendedBureauSeat(int position, ExtendedBureauSeat seat)
    {
        var member = ExtendedBureauAt(position);
        var before = new ExtendedBureauSeat(member.Role, member.RegionalGroup?.ToString(), member.State, member.Person, member.Organization, member.From, member.Until);
        member.Apply(seat);
        try
        {
            CheckRegionalChair(member);
        }
        catch (DomainException)
        {
            member.Apply(before);
            throw;
        }
        return member;
    }

    public ExtendedBureauMember RemoveExtendedBureauSeat(int position) => Positions.RemoveAt(_extendedBureau, position, () => NoSeat(position));

    private ExtendedBureauMember ExtendedBureauAt(int position) => Positions.At(_extendedBureau, position, () => NoSeat(position));

    private DomainException NoSeat(int position) => new("extended_bureau.unknown", _extendedBureau.Count == 0
        ? $"The extended Bureau has no seat {position}; no member besides the officers is recorded yet."
        : $"The extended Bureau has no seat {position}; its seats are numbered 1 to {_extendedBureau.Count}.");

    /// <summary>A regional group has one chair in the extended Bureau at a time: rotating chairs follow one another.</summary>
    private void CheckRegionalChair(ExtendedBureauMember member)
    {
        if (member.Role != ExtendedBureauRole.RegionalGroupChair) return;
        var clash = _extendedBureau.FirstOrDefault(m => m != member && m.Role == ExtendedBureauRole.RegionalGroupChair
            && m.RegionalGroup == member.RegionalGroup && m.Overlaps(member));
        if (clash is not null)
            throw new DomainException("extended_bureau.until",
                $"The Group of {Participation.RegionalGroups.Name(member.RegionalGroup!.Value)} already has a chair in the extended Bureau for part of that period ({clash.StateName}{Period(clash.From, clash.Until)}); a group has one chair at a time, so end that seat first.");
    }

    /// <summary>
    /// Two terms of one office clash when the record dates both elections and the periods share a day;
    /// a term whose election date the record does not give cannot be shown to clash (older records).
    /// </summary>
    private void CheckSingleOffice(Officer officer)
    {
        if (!officer.IsSingleOffice || officer.ElectedOn is not { } start) return;
        var end = TermEndOf(officer) ?? DateOnly.MaxValue;
        var clash = _officers.FirstOrDefault(o => o != officer && o.Office == officer.Office && o.ElectedOn is { } since
            && since <= end && (TermEndOf(o) ?? DateOnly.MaxValue) >= start);
        if (clash is not null)
            throw new DomainException("officer.office",
                $"{clash} is {clash.Title}{Period(clash.ElectedOn, TermEndOf(clash))}; a body has one {officer.Title} at a time. "
                + "End that term, or record the new officer as replacing them.");
    }

    private static void CheckSuccession(Officer officer, Officer successor)
    {
        if (successor == officer)
            throw new DomainException("officer.replaced", $"{officer.Person} cannot replace themselves.");
        if (successor.Office != officer.Office || successor.OfficeTitle != officer.OfficeTitle)
            throw new DomainException("officer.replaced", $"{successor.Person} is {successor.Title}, so cannot replace {officer.Person} as {officer.Title}.");
        if (successor.ElectedOn is not { } electedOn)
            throw new DomainException("officer.replaced", $"The record must say when {successor.Person} was elected to replace {officer.Person}.");
        if (officer.ElectedOn is { } since && electedOn <= since)
            throw new DomainException("officer.replaced", $"{successor.Person} was elected on {Dates.Day(electedOn)}, not after {officer.Person} ({Dates.Day(since)}).");
        if (officer.TermEndsOn is { } end && end >= electedOn)
            throw new DomainException("officer.replaced",
                $"{officer.Person}'s term ends on {Dates.Day(end)}, after {successor.Person} was elected on {Dates.Day(electedOn)}; a replaced term ends before the successor's election.");
    }

    private static OfficerTerm TermOf(Officer o) =>
        new(o.Office, o.Person, o.State, o.RegionalGroup?.ToString(), o.ElectedOn, o.ElectedAtConvening, o.TermEndsOn, o.ForBodysLife, o.OfficeTitle);

    private static string Period(DateOnly? from, DateOnly? until) => (from, until) switch
    {
        ({ } f, { } u) => $" from {Dates.Day(f)} to {Dates.Day(u)}",
        ({ } f, null) => $" from {Dates.Day(f)}",
        (null, { } u) => $" until {Dates.Day(u)}",
        _ => "",
    };
}

/// <summary>The extended Bureau on a day: the circle a silence procedure goes to.</summary>
public sealed record ExtendedBureau(IReadOnlyList<Officer> Officers, IReadOnlyList<ExtendedBureauMember> Members);
