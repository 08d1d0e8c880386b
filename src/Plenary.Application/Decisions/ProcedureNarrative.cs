using Plenary.Domain.Decisions;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Decisions;

/// <summary>
/// What a convening's timeline and documents say of a silence procedure that did not end in a decision (not
/// adopted after silence was broken, or withdrawn), and of the revised proposal circulated after it. An
/// adopted procedure needs no sentence here: its decision is a dated event of the convening ("were approved by
/// the extended Bureau by means of a silence procedure on ..."), which the history already narrates.
/// </summary>
public static class ProcedureNarrative
{
    /// <summary>
    /// "On 27 November 2026, a proposal on the dates of the eighth meeting, from 2 to 4 May 2027, was circulated to
    /// the extended Bureau under a silence procedure; silence was broken on 27 November 2026 with a proposed
    /// amendment, and the proposal was not adopted. A revised proposal was circulated on 27 November 2026."
    /// Null for a procedure that is a draft, open or adopted. <paramref name="convening"/> is how the convening is
    /// called ("the eighth meeting", "the third session"); <paramref name="all"/> holds the procedures that may revise it.
    /// </summary>
    public static (DateOnly On, string Text)? Unsuccessful(SilenceProcedure p, string convening, IEnumerable<SilenceProcedure> all)
    {
        if (p.Status is not (ProcedureStatus.NotAdopted or ProcedureStatus.Withdrawn) || p.CirculatedAt is not { } circulatedAt) return null;
        var zone = TimeZones.Find(p.DeadlineTimeZone) ?? TimeZoneInfo.Utc;
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var circulated = Day(circulatedAt);
        var subject = p.Subject switch
        {
            ProcedureSubject.ConveningDates => $"the dates of {convening}{(p.ProposedDates is { } d ? $", {Dates.RangeInText(d.Start, d.End)}," : "")}",
            ProcedureSubject.ProvisionalAgenda => $"the provisional agenda for {convening}",
            ProcedureSubject.Format => $"the format of {convening}",
            ProcedureSubject.OrganizationOfWork => $"the organization of work of {convening}",
            _ => $"“{p.Title.Trim().TrimEnd('.')}”",
        };
        var text = $"On {Dates.Day(circulated)}, a proposal on {subject} was circulated to the {ProcedureWords.Circle(p.Circle)} under a silence procedure";
        if (p.Status == ProcedureStatus.NotAdopted)
        {
            var first = p.Breaks.OrderBy(s => s.At).FirstOrDefault();
            var how = first?.Response == ResponseKind.Amendment ? "with a proposed amendment" : "with an objection";
            text += first is null ? "; the proposal was not adopted." : $"; silence was broken on {Dates.Day(Day(first.At))} {how}, and the proposal was not adopted.";
        }
        else
        {
            text += p.OutcomeOn is { } on ? $"; the proposal was withdrawn on {Dates.Day(on)}." : "; the proposal was withdrawn.";
        }
        if (all.Where(r => r.RevisesId == p.Id && r.CirculatedAt is not null).OrderBy(r => r.CirculatedAt).FirstOrDefault() is { } revision)
            text += $" A revised proposal was circulated on {Dates.Day(Day(revision.CirculatedAt!.Value))}.";
        return (circulated, text);
    }
}
