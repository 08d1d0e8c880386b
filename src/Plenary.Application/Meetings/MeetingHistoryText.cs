using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Meetings;

/// <summary>One sentence per step of a meeting's history, generated from the record's facts.</summary>
public static class MeetingHistoryText
{
    /// <param name="noun">What the body calls the convening: "meeting", "session".</param>
    /// <param name="sitting">A plenary meeting by its number in the convening, as the body names it ("1st plenary meeting").</param>
    public static string Describe(MeetingEvent e, string noun = "meeting", Func<int, string>? sitting = null)
    {
        sitting ??= n => $"plenary meeting {n}";
        var who = e.DecidedBy is { } d ? $"the {d}" : "the secretariat";
        var at = e.PlenaryMeetingNumber is { } pm ? $" at the {sitting(pm)}" : "";
        var means = e.Means switch
        {
            DecisionMeans.SilenceProcedure => " by silence procedure",
            DecisionMeans.Meeting => e.PlenaryMeetingNumber is null ? " at a meeting" : at,
            DecisionMeans.DecisionOfTheChair => " by decision of the Chair",
            DecisionMeans.None or DecisionMeans.Notification => "",
            _ => "",
        };
        // A decision of the Chair names the Chair once ("by decision of the Chair"); another names who decided, then how.
        var decided = e.Means == DecisionMeans.DecisionOfTheChair ? means : $"{(e.DecidedBy is null ? "" : $", as decided by {who}")}{means}";
        // When the Chair is the one who approved, "by decision of the Chair" would name the Chair twice.
        var how = e.Means == DecisionMeans.DecisionOfTheChair && who == "the Chair" ? "" : means;
        var sentence = e.Kind switch
        {
            MeetingEventKind.DatesApproved when e.NewDates is { } n && e.PreviousDates is { } p =>
                $"{Sentences.Opening(who)} approved new dates, {Dates.Masthead(n.Start, n.End)}, in place of {Dates.Masthead(p.Start, p.End)}{how}.",
            MeetingEventKind.DatesApproved when e.NewDates is { } n =>
                $"{Sentences.Opening(who)} approved the dates {Dates.Masthead(n.Start, n.End)}{how}.",
            MeetingEventKind.AgendaAgreed => $"{Sentences.Opening(who)} agreed on the provisional agenda{how}.",
            MeetingEventKind.PostponementAnnounced => $"{Sentences.Opening(who)} was informed that the {noun} would be postponed.",
            MeetingEventKind.Postponed when e.PreviousDates is { } p && e.NewDates is { } n =>
                $"The {noun} was postponed from {Dates.Masthead(p.Start, p.End)} to {Dates.Masthead(n.Start, n.End)}{decided}.",
            MeetingEventKind.Postponed when e.RecordedBy is not null && e.NewDates is null =>
                $"The {noun} was postponed to dates to be determined{decided}.",
            MeetingEventKind.Postponed => $"The {noun} was postponed{means}.",
            MeetingEventKind.Convened => $"The {noun} was convened{at}.",
            MeetingEventKind.AgendaAdopted => $"The agenda was adopted{at}.",
            MeetingEventKind.Closed => $"The {noun} was closed{at}.",
            MeetingEventKind.ReportAdopted => $"The report was adopted{(e.DecidedBy is { } r && e.Means != DecisionMeans.DecisionOfTheChair ? $" by the {r}" : "")}{means}.",
            MeetingEventKind.Cancelled => $"The {noun} was cancelled{decided}.",
            MeetingEventKind.FormatApproved when e.Format is { } f => $"{Sentences.Opening(who)} approved the {FormatText(f)} format{how}.",
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

    /// <summary>On what authority the step was taken, in words; none for a step that needs none (the convening opened).</summary>
    public static string? Authority(MeetingEvent e) => e.Means switch
    {
        DecisionMeans.SilenceProcedure => $"Silence procedure{(e.DecidedBy is { } c ? $" of the {c}" : "")}",
        DecisionMeans.Meeting => e.PlenaryMeetingNumber is { } n ? $"Decision at plenary meeting {n}" : "Decision at a meeting",
        DecisionMeans.DecisionOfTheChair => "Decision of the Chair",
        DecisionMeans.Notification => "Made known by the secretariat",
        _ => null,
    };

    public static string FormatText(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "in-person",
        MeetingFormat.Hybrid => "hybrid",
        MeetingFormat.Online => "online",
    };
}
