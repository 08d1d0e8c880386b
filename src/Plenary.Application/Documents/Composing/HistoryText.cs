using Plenary.Application.Documents.Model;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// The sentences both documents use to tell the body's story from the record: its founding
/// mandate, one paragraph per earlier meeting, and the decisions taken on the current meeting.
/// </summary>
public static class HistoryText
{
    /// <summary>
    /// The body's story up to <paramref name="until"/>, in date order: a paragraph for each dated
    /// resolution or decision among its mandates ("In its resolution 65/230, the General Assembly
    /// ..."), and one for each earlier meeting (where and when it was held, what it did, where its
    /// report is).
    /// </summary>
    public static IEnumerable<Block> Story(Body body, IEnumerable<Meeting> earlierMeetings, DateOnly until, ParagraphCounter counter)
    {
        var mandates = body.Mandates
            .Where(m => m.AdoptedOn is { } d && d < until && m.Number is not null && m.Requests is not null)
            .Select(m => (Date: m.AdoptedOn!.Value, Order: m.Position, Mandate: (Mandate?)m, Meeting: (Meeting?)null));
        var meetings = earlierMeetings.Where(m => m.Status == MeetingStatus.Held)
            .Select(m => (Date: m.StartDate, Order: 0, Mandate: (Mandate?)null, Meeting: (Meeting?)m));
        foreach (var entry in mandates.Concat(meetings).OrderBy(e => e.Date).ThenBy(e => e.Order))
        {
            var blocks = entry.Mandate is { } mandate ? MandateParagraphs(mandate, counter) : [MeetingParagraph(body, entry.Meeting!, counter)];
            foreach (var block in blocks) yield return block;
        }
    }

    private static IEnumerable<Block> MandateParagraphs(Mandate mandate, ParagraphCounter counter)
    {
        var kind = mandate.Kind == MandateKind.Decision ? "decision" : "resolution";
        var lead = new List<Inline> { new Text($"In its {kind} ") };
        lead.Add(mandate.Symbol is { } s ? SymbolLink(mandate.Number!, s) : new Text(mandate.Number!));
        lead.Add(new Text(mandate.Session is { } session ? $", adopted at its {session}, the {mandate.Organ}" : $", the {mandate.Organ}"));
        var requests = mandate.Requests!.Trim();
        var bullets = requests.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (bullets.All(l => l.StartsWith('-') || l.StartsWith('*')))
        {
            lead.Add(new Text(":"));
            yield return new Paragraph(lead, counter.Next());
            for (var i = 0; i < bullets.Count; i++)
            {
                var text = bullets[i].TrimStart('-', '*', ' ').TrimEnd('.', ';');
                yield return new SubParagraph($"({(char)('a' + i)})", 1, [.. MarkdownBlocks.InlineText(text + (i == bullets.Count - 1 ? "." : ";"))]);
            }
            yield break;
        }
        lead.Add(new Text(" "));
        lead.AddRange(MarkdownBlocks.InlineText(Sentences.Ended(Sentences.Continuing(requests))));
        yield return new Paragraph(lead, counter.Next());
    }

    private static Paragraph MeetingParagraph(Body body, Meeting m, ParagraphCounter counter)
    {
        var ordinal = Numbers.OrdinalInWords(m.Number);
        var content = new List<Inline>();
        var moved = m.History.Where(e => e.PreviousDates is not null).OrderBy(e => e.OccurredOn).FirstOrDefault();
        var format = m.Format == MeetingFormat.InPerson ? "" : $" in a {(m.Format == MeetingFormat.Hybrid ? "hybrid" : "virtual")} format";
        if (moved is not null)
        {
            var first = moved.PreviousDates!;
            content.Add(new Text($"The {ordinal} meeting of the {body.ShortName} was initially scheduled to take place {Dates.RangeInText(first.Start, first.End)}, but was postponed. "
                + $"It was held in {m.Venue} {Dates.RangeInText(m.StartDate, m.EndDate)}{format}."));
        }
        else
        {
            content.Add(new Text($"The {ordinal} meeting of the {body.ShortName} was held in {m.Venue} {Dates.RangeInText(m.StartDate, m.EndDate)}{format}."));
        }
        if (m.Summary is { } summary)
        {
            content.Add(new Text($" At that meeting, the {body.ShortName} "));
            content.AddRange(MarkdownBlocks.InlineText(Sentences.Ended(Sentences.Continuing(summary.Trim()))));
        }
        if (m.ReportSymbol is { } report)
        {
            content.Add(new Text($" The report on the {ordinal} meeting is contained in document "));
            content.Add(SymbolLink(report, report));
            content.Add(new Text("."));
        }
        return new Paragraph(content, counter.Next());
    }

    /// <summary>The decisions on the meeting recorded in its history (dates, agenda, format), each with its date and means.</summary>
    public static Paragraph? Decisions(Body body, Meeting meeting, ParagraphCounter counter)
    {
        var ordinal = Numbers.OrdinalInWords(meeting.Number);
        var sentences = meeting.History.OrderBy(e => e.OccurredOn).Select(e =>
        {
            var by = e.DecidedBy is { } who ? $"the {who}" : "the secretariat";
            var means = e.Means switch
            {
                DecisionMeans.SilenceProcedure => " by means of a silence procedure",
                DecisionMeans.Meeting => " at a meeting",
                _ => "",
            };
            var on = Dates.Day(e.OccurredOn);
            return e.Kind switch
            {
                MeetingEventKind.DatesApproved when e.PreviousDates is { } p && e.NewDates is { } n =>
                    $"New dates for the {ordinal} meeting, {Dates.RangeInText(n.Start, n.End).Replace("from ", "")}, replacing those {Dates.RangeInText(p.Start, p.End)}, were approved by {by}{means} on {on}.",
                MeetingEventKind.DatesApproved when e.NewDates is { } n =>
                    $"The dates for the {ordinal} meeting of the {body.ShortName}, {Dates.RangeInText(n.Start, n.End).Replace("from ", "")}, were approved by {by}{means} on {on}.",
                MeetingEventKind.AgendaAgreed => $"The provisional agenda for the {ordinal} meeting was agreed upon by {by}{means} on {on}.",
                MeetingEventKind.PostponementAnnounced => $"On {on}, {by} was informed that the meeting was to be postponed.",
                MeetingEventKind.Postponed when e.PreviousDates is { } p => $"On {on}, the meeting was postponed from its original dates {Dates.RangeInText(p.Start, p.End).Replace("from ", "")}.",
                MeetingEventKind.FormatApproved when e.Format is { } f =>
                    $"The holding of the {ordinal} meeting {FormatPhrase(f)} was approved by {by}{means} on {on}.",
                MeetingEventKind.OrganizationOfWorkCirculated => $"The proposed organization of work was circulated to {by} on {on}.",
                _ => null,
            };
        }).Where(s => s is not null).ToList();
        return sentences.Count == 0 ? null : new Paragraph(MarkdownBlocks.LinkSymbols(string.Join(" ", sentences)).ToList(), counter.Next());
    }

    public static Link SymbolLink(string text, string symbol) => new(text, DocumentSymbol.Create(symbol).ResolverLink.ToString());

    public static string FormatPhrase(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "in person",
        MeetingFormat.Hybrid => "in a hybrid format",
        _ => "online",
    };

}
