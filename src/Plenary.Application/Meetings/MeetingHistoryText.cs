using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Meetings;

/// <summary>One sentence per step of a meeting's history, generated from the record's facts.</summary>
public static class MeetingHistoryText
{
    public static string Describe(MeetingEvent e)
    {
        var who = e.DecidedBy is { } d ? $"the {d}" : "the secretariat";
        var means = e.Means switch
        {
            DecisionMeans.SilenceProcedure => " by silence procedure",
            DecisionMeans.Meeting => " at a meeting",
            DecisionMeans.None or DecisionMeans.Notification => "",
        };
        var sentence = e.Kind switch
        {
            MeetingEventKind.DatesApproved when e.NewDates is { } n && e.PreviousDates is { } p =>
                $"{Sentences.Opening(who)} approved new dates, {Dates.Masthead(n.Start, n.End)}, in place of {Dates.Masthead(p.Start, p.End)}{means}.",
            MeetingEventKind.DatesApproved when e.NewDates is { } n =>
                $"{Sentences.Opening(who)} approved the dates {Dates.Masthead(n.Start, n.End)}{means}.",
            MeetingEventKind.AgendaAgreed => $"{Sentences.Opening(who)} agreed on the provisional agenda{means}.",
            MeetingEventKind.PostponementAnnounced => $"{Sentences.Opening(who)} was informed that the meeting would be postponed.",
            MeetingEventKind.Postponed when e.PreviousDates is { } p && e.NewDates is { } n =>
                $"The meeting was postponed from {Dates.Masthead(p.Start, p.End)} to {Dates.Masthead(n.Start, n.End)}{(e.DecidedBy is null ? "" : $", as decided by {who}")}{means}.",
            MeetingEventKind.Postponed => $"The meeting was postponed{means}.",
            MeetingEventKind.FormatApproved when e.Format is { } f => $"{Sentences.Opening(who)} approved the {FormatText(f)} format{means}.",
            MeetingEventKind.OrganizationOfWorkCirculated => $"The proposed organization of work was circulated to {who}.",
            _ => "",
        };
        // Details written as a phrase ("owing to ...") continue the sentence; written as sentences, they follow it.
        if (e.Details is { } details)
            sentence = sentence.Length == 0 ? Sentences.Opening(Sentences.Ended(details))
                : char.IsLower(details[0]) && sentence.EndsWith('.') ? $"{sentence[..^1]}, {Sentences.Ended(details)}"
                : $"{sentence} {details}";
        return sentence;
    }

    public static string FormatText(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "in-person",
        MeetingFormat.Hybrid => "hybrid",
        MeetingFormat.Online => "online",
    };
}
