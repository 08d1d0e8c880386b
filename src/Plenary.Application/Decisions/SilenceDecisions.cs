using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Decisions;

/// <summary>What an adopted proposal changes in the record of the convening it concerns, and the dated event documents narrate.</summary>
public static class SilenceDecisions
{
    public static void Apply(SilenceProcedure p, Meeting meeting)
    {
        var on = p.DeadlineDate;
        var circle = ProcedureWords.Circle(p.Circle);
        switch (p.Subject)
        {
            case ProcedureSubject.ConveningDates when p.ProposedDates is { } dates:
                // "New dates in place of" only where dates had been approved before (a postponement); a first approval
                // confirms the dates the convening was planned for, or sets them.
                var previous = meeting.History.Any(e => e.Kind == MeetingEventKind.DatesApproved) && meeting.Dates != dates ? meeting.Dates : null;
                meeting.MoveTo(meeting.Venue, dates);
                meeting.RecordEvent(on, MeetingEventKind.DatesApproved, circle, DecisionMeans.SilenceProcedure, previous, dates, null, null);
                break;
            case ProcedureSubject.ProvisionalAgenda:
                meeting.RecordEvent(on, MeetingEventKind.AgendaAgreed, circle, DecisionMeans.SilenceProcedure, null, null, null, null);
                break;
            case ProcedureSubject.Format when p.ProposedFormat is { } format:
                meeting.ChangeFormat(format);
                meeting.RecordEvent(on, MeetingEventKind.FormatApproved, circle, DecisionMeans.SilenceProcedure, null, null, format, p.FormatArrangements);
                break;
            case ProcedureSubject.OrganizationOfWork:
                // The record says when the proposed organization of work went to the circle, as documents narrate it.
                var circulated = p.CirculatedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZones.Require(p.DeadlineTimeZone, "silence.time_zone")).DateTime) : on;
                meeting.RecordEvent(circulated, MeetingEventKind.OrganizationOfWorkCirculated, circle, DecisionMeans.SilenceProcedure, null, null, null, null);
                break;
        }
    }
}
