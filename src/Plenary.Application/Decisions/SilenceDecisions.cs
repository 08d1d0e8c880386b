using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Decisions;

/// <summary>What an adopted proposal changes in the record of the convening it concerns, and the dated event documents narrate.</summary>
public static class SilenceDecisions
{
    /// <summary>
    /// Applies the decision through the convening's lifecycle (its rules hold: a held convening's dates are not
    /// approved again), recording the event as the silence procedure that concluded at its deadline.
    /// </summary>
    public static void Apply(SilenceProcedure p, Meeting meeting)
    {
        var on = p.DeadlineDate;
        var circle = ProcedureWords.Circle(p.Circle);
        var authority = new Authority(DecisionMeans.SilenceProcedure, circle);
        var recorded = new Recorded($"silence procedure {p.Number}", p.DeadlineAt);
        switch (p.Subject)
        {
            case ProcedureSubject.ConveningDates when p.ProposedDates is { } dates:
                // The plenary meetings and the organization of work move with the dates.
                meeting.ApproveDates(on, dates, authority, recorded, SittingsOnMove.Move);
                break;
            case ProcedureSubject.ProvisionalAgenda:
                meeting.ApproveAgenda(on, authority, recorded);
                break;
            case ProcedureSubject.Format when p.ProposedFormat is { } format:
                meeting.ChangeFormat(on, format, p.FormatArrangements, authority, recorded);
                break;
            case ProcedureSubject.OrganizationOfWork:
                // The record says when the proposed organization of work went to the circle, as documents narrate it.
                var circulated = p.CirculatedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Require(p.DeadlineTimeZone, "silence.time_zone")).DateTime) : on;
                meeting.RecordEvent(circulated, MeetingEventKind.OrganizationOfWorkCirculated, circle, DecisionMeans.SilenceProcedure, null, null, null, null,
                    recordedBy: recorded.By, recordedAt: recorded.At);
                break;
        }
    }
}
