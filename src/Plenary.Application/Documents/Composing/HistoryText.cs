using Plenary.Application.Documents.Model;
using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// The sentences both documents use to tell the body's story from the record: its founding
/// mandate, one paragraph per earlier convening (in the order held, each named as the body names
/// it), and the decisions taken on the current convening.
/// </summary>
public static class HistoryText
{
    /// <summary>
    /// The body's story up to the convening's start, in date order: a paragraph for each dated
    /// resolution or decision among its mandates ("In its resolution 65/230, the General Assembly
    /// ..."), and one for each earlier convening held (where and when, what it did, where its report is).
    /// </summary>
    public static IEnumerable<Block> Story(MeetingDossier dossier, ParagraphCounter counter)
    {
        var (body, earlierMeetings, until) = (dossier.Body, dossier.EarlierMeetings, dossier.Meeting.StartDate);
        var mandates = body.Mandates
            .Where(m => m.AdoptedOn is { } d && d < until && m.Number is not null && m.Requests is not null)
            .Select(m => (Date: m.AdoptedOn!.Value, Order: m.Position, Mandate: (Mandate?)m, Meeting: (Meeting?)null));
        // A convening cancelled as a step of its lifecycle is part of the story too; one cancelled without that step is not narrated.
        var meetings = earlierMeetings.Where(m => m.Status == MeetingStatus.Held
                || (m.Status == MeetingStatus.Cancelled && m.History.Any(e => e.Kind == MeetingEventKind.Cancelled)))
            .Select(m => (Date: m.StartDate, Order: 0, Mandate: (Mandate?)null, Meeting: (Meeting?)m));
        foreach (var entry in mandates.Concat(meetings).OrderBy(e => e.Date).ThenBy(e => e.Order))
        {
            var blocks = entry.Mandate is { } mandate ? MandateParagraphs(mandate, counter) : [MeetingParagraph(dossier, entry.Meeting!, counter)];
            foreach (var block in blocks) yield return block;
        }
    }

    /// <summary>
    /// "In its resolution 74/173 of 18 December 2019, entitled “…”, the General Assembly …": the mandate's
    /// number, date (or session) and title, then what it asked, spliced as written. A request written as a
    /// list of "- " lines becomes subparagraphs (a), (b) …, and a list indented under one of them
    /// subparagraphs (i), (ii) … (the chapters of a study, say).
    /// </summary>
    private static IEnumerable<Block> MandateParagraphs(Mandate mandate, ParagraphCounter counter)
    {
        var kind = mandate.Kind == MandateKind.Decision ? "decision" : "resolution";
        var lead = new List<Inline> { new Text($"In its {kind} ") };
        lead.Add(mandate.Symbol is { } s ? SymbolLink(mandate.Number!, s) : new Text(mandate.Number!));
        var when = mandate.Session is { } session ? $", adopted at its {session}"
            : mandate.AdoptedOn is { } adopted ? $" of {Dates.Day(adopted)}" : "";
        var entitled = mandate.Symbol is not null && mandate.Title is { } title ? $", entitled \u201c{title}\u201d" : "";
        lead.Add(new Text($"{when}{entitled}, the {mandate.Organ}"));
        var requests = mandate.Requests!.Trim();
        var lines = requests.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.All(l => l.TrimStart().StartsWith('-') || l.TrimStart().StartsWith('*')))
        {
            lead.Add(new Text(":"));
            yield return new Paragraph(lead, counter.Next());
            var items = lines.Select(l => (Nested: l.Length - l.TrimStart().Length >= 2, Text: l.Trim().TrimStart('-', '*', ' ').TrimEnd('.', ';'))).ToList();
            var (outer, inner) = (0, 0);
            for (var i = 0; i < items.Count; i++)
            {
                var (nested, text) = items[i];
                var last = i == items.Count - 1;
                var opensList = !last && items[i + 1].Nested && !nested;
                var ending = last ? "." : opensList ? (text.EndsWith(':') ? "" : ":") : ";";
                var label = nested ? $"({Numbers.RomanLower(++inner)})" : $"({(char)('a' + outer++)})";
                if (!nested) inner = 0;
                yield return new SubParagraph(label, nested ? 2 : 1, [.. MarkdownBlocks.InlineText(text.TrimEnd(':') + (text.EndsWith(':') && opensList ? ":" : "") + ending)]);
            }
            yield break;
        }
        lead.Add(new Text(" "));
        lead.AddRange(MarkdownBlocks.InlineText(Sentences.Ended(Sentences.Continuing(requests))));
        yield return new Paragraph(lead, counter.Next());
    }

    /// <summary>
    /// One earlier convening: where and when, why it moved and how it was held, then what it did (its summary) and
    /// where its report is. Where its lifecycle steps are recorded, the approvals, the postponement and the change
    /// of format are narrated from them, each with its authority and date (<see cref="StepsParagraphText"/>);
    /// otherwise as the record's history allows: "The sixth meeting of the Expert Group was initially scheduled to
    /// take place from 6 to 8 April 2020, but was postponed owing to …. As approved by the extended Bureau, it was
    /// held in Vienna from 27 to 29 July 2020 in a hybrid format, with …".
    /// </summary>
    private static Paragraph MeetingParagraph(MeetingDossier dossier, Meeting m, ParagraphCounter counter)
    {
        if (StepsParagraphText(dossier, m) is { } steps)
            return new Paragraph([new Text(steps), .. Outcome(dossier, m)], counter.Next());
        var body = dossier.Body;
        var name = dossier.The(m);
        var content = new List<Inline>();
        var moved = m.History.Where(e => e.PreviousDates is not null).OrderBy(e => e.OccurredOn).FirstOrDefault();
        var formatDecision = m.Format == MeetingFormat.InPerson ? null
            : m.History.Where(e => e.Kind == MeetingEventKind.FormatApproved && e.Format == m.Format).OrderBy(e => e.OccurredOn).LastOrDefault();
        var format = m.Format == MeetingFormat.InPerson ? "" : $" in a {(m.Format == MeetingFormat.Hybrid ? "hybrid" : "virtual")} format";
        var held = $"held in {m.Venue} {Dates.RangeInText(m.StartDate, m.EndDate)}{format}";
        var text = new System.Text.StringBuilder();
        if (moved is not null)
        {
            var first = moved.PreviousDates!;
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Sentences.Opening(name)} of the {body.ShortName} was initially scheduled to take place {Dates.RangeInText(first.Start, first.End)}, but was postponed");
            // Why it was postponed: what the announcement or the postponement says, else the new dates' approval.
            var reason = m.History.Where(e => e.Kind is MeetingEventKind.PostponementAnnounced or MeetingEventKind.Postponed && e.Details is not null)
                .OrderBy(e => e.OccurredOn).Select(e => e.Details).FirstOrDefault() ?? moved.Details;
            text.Append(Spliced(reason));
            text.Append(formatDecision?.DecidedBy is { } by ? $" As approved by the {by}, it was {held}" : $" It was {held}");
        }
        else
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Sentences.Opening(name)} of the {body.ShortName} was {held}");
        }
        text.Append(Spliced(formatDecision?.Details, ","));
        content.Add(new Text(text.ToString()));
        content.AddRange(Outcome(dossier, m));
        return new Paragraph(content, counter.Next());
    }

    /// <summary>What an earlier convening did (its summary) and where its report is.</summary>
    private static IEnumerable<Inline> Outcome(MeetingDossier dossier, Meeting m)
    {
        var (body, name) = (dossier.Body, dossier.The(m));
        var content = new List<Inline>();
        if (m.Status != MeetingStatus.Held) return content;
        if (m.Summary is { } summary)
        {
            content.Add(new Text($" At that {dossier.NounOf(m)}, the {body.ShortName} "));
            content.AddRange(MarkdownBlocks.InlineText(Sentences.Ended(Sentences.Continuing(summary.Trim()))));
        }
        if (m.ReportSymbol is { } report)
        {
            content.Add(new Text($" The report on {name} is contained in document "));
            content.Add(SymbolLink(report, report));
            content.Add(new Text("."));
        }
        return content;
    }

    /// <summary>
    /// An earlier convening told from its lifecycle steps, when it has any of the steps that change it (dates
    /// approved, postponed, format changed, cancelled); null otherwise. "The sixth meeting of the Expert Group was
    /// initially scheduled to take place from 6 to 8 April 2020, as approved by the extended Bureau by means of a
    /// silence procedure on 11 November 2019, but was postponed owing to …. The postponement was made known to the
    /// extended Bureau on 12 March 2020. New dates were approved by the extended Bureau by means of a silence
    /// procedure on 15 April 2020. The holding of the meeting in a hybrid format was approved by … on 22 June 2020.
    /// It was held in Vienna from 27 to 29 July 2020 in a hybrid format, with …"
    /// </summary>
    private static string? StepsParagraphText(MeetingDossier dossier, Meeting m)
    {
        var steps = m.History.Where(e => e.Kind is MeetingEventKind.DatesApproved or MeetingEventKind.Postponed or MeetingEventKind.PostponementAnnounced
            or MeetingEventKind.FormatApproved or MeetingEventKind.Cancelled).OrderBy(e => e.OccurredOn).ToList();
        if (steps.Count == 0) return null;
        var (body, noun) = (dossier.Body, dossier.NounOf(m));
        var name = $"{Sentences.Opening(dossier.The(m))} of the {body.ShortName}";
        string Range(DateRange d) => Dates.RangeInText(d.Start, d.End);
        var sentences = new List<string>();

        var moved = steps.FirstOrDefault(e => e.PreviousDates is not null);
        var firstDates = moved?.PreviousDates ?? m.Dates;
        var firstApproval = steps.FirstOrDefault(e => e.Kind == MeetingEventKind.DatesApproved && e.PreviousDates is null && e.NewDates == firstDates);
        var postponement = steps.FirstOrDefault(e => e.Kind is MeetingEventKind.Postponed or MeetingEventKind.PostponementAnnounced);
        var reason = steps.Where(e => e.Kind is MeetingEventKind.Postponed or MeetingEventKind.PostponementAnnounced && e.Details is not null).Select(e => e.Details).FirstOrDefault();
        var approvedAs = firstApproval is null ? "" : $", as {Decided(firstApproval)}";
        var cancellation = steps.LastOrDefault(e => e.Kind == MeetingEventKind.Cancelled);

        if (m.Status == MeetingStatus.Cancelled && cancellation is not null)
        {
            sentences.Add($"{name} was scheduled to take place in {m.Venue} {Range(m.Dates)}{approvedAs}, but was cancelled{Spliced(cancellation.Details)}");
            sentences.Add($"The cancellation was {Decided(cancellation)}.");
            return string.Join(" ", sentences);
        }
        if (moved is not null || postponement is not null)
        {
            sentences.Add($"{name} was initially scheduled to take place {Range(firstDates)}{approvedAs}, but was postponed{Spliced(reason)}");
            if (postponement is not null) sentences.Add($"The postponement was {Decided(postponement)}.");
            foreach (var approval in steps.Where(e => e.Kind == MeetingEventKind.DatesApproved && e.PreviousDates is not null))
                sentences.Add($"New dates were {Decided(approval)}.");
        }
        else if (firstApproval is not null)
        {
            sentences.Add($"The dates of {dossier.The(m)} of the {body.ShortName} were {Decided(firstApproval)}.");
        }
        var format = m.Format == MeetingFormat.InPerson ? null
            : steps.LastOrDefault(e => e.Kind == MeetingEventKind.FormatApproved && e.Format == m.Format);
        if (format is not null) sentences.Add($"The holding of the {noun} {FormatPhrase(m.Format)} was {Decided(format)}.");
        var formatText = m.Format == MeetingFormat.InPerson ? "" : $" in a {(m.Format == MeetingFormat.Hybrid ? "hybrid" : "virtual")} format";
        var subject = sentences.Count == 0 ? name : "It";
        sentences.Add($"{subject} was held in {m.Venue} {Range(m.Dates)}{formatText}{Spliced(format?.Details, ",")}");
        return string.Join(" ", sentences);
    }

    /// <summary>
    /// Who took a step, how and when: "approved by the extended Bureau by means of a silence procedure on 15 April
    /// 2020", "decided by the Chair on 1 March 2021", "decided by the Expert Group at a plenary meeting on …",
    /// "made known to the extended Bureau on 12 March 2020" (a notification).
    /// </summary>
    private static string Decided(MeetingEvent e)
    {
        var on = Dates.Day(e.OccurredOn);
        var who = e.DecidedBy is { } w ? $"the {w}" : null;
        return e.Means switch
        {
            DecisionMeans.SilenceProcedure => $"approved{(who is null ? "" : $" by {who}")} by means of a silence procedure on {on}",
            DecisionMeans.DecisionOfTheChair => $"decided by the Chair on {on}",
            DecisionMeans.Meeting => $"decided{(who is null ? "" : $" by {who}")} at a plenary meeting on {on}",
            _ => who is null ? $"made known by the secretariat on {on}" : $"made known to {who} on {on}",
        };
    }

    /// <summary>
    /// Ends a generated sentence with an event's details: a phrase in lower case continues it ("… postponed
    /// owing to …."), a text in upper case follows it as sentences of its own. Empty details end it.
    /// </summary>
    public static string Spliced(string? details, string joiner = "")
    {
        if (string.IsNullOrWhiteSpace(details)) return ".";
        var d = details.Trim();
        return char.IsLower(d[0]) ? $"{joiner} {Sentences.Ended(d)}" : $". {Sentences.Ended(d)}";
    }

    /// <summary>The decisions on the convening recorded in its history (dates, agenda, format), each with its date and means.</summary>
    public static Paragraph? Decisions(MeetingDossier dossier, ParagraphCounter counter)
    {
        var (body, meeting, noun) = (dossier.Body, dossier.Meeting, dossier.Noun);
        var name = dossier.The(meeting);
        var sentences = meeting.History.OrderBy(e => e.OccurredOn).Select(e =>
        {
            var by = e.DecidedBy is { } who ? $"the {who}" : "the secretariat";
            var means = e.Means switch
            {
                DecisionMeans.SilenceProcedure => " by means of a silence procedure",
                DecisionMeans.Meeting => e.PlenaryMeetingNumber is { } n ? $" at its {dossier.Sitting(n)}" : " at a meeting",
                DecisionMeans.DecisionOfTheChair => " by decision of the Chair",
                _ => "",
            };
            var on = Dates.Day(e.OccurredOn);
            // The event's details close the sentence: a phrase continues it, sentences follow it.
            var end = Spliced(e.Details, ",");
            return e.Kind switch
            {
                MeetingEventKind.DatesApproved when e.PreviousDates is { } p && e.NewDates is { } n =>
                    $"New dates for {name}, {Dates.RangeInText(n.Start, n.End).Replace("from ", "")}, replacing those {Dates.RangeInText(p.Start, p.End)}, were approved by {by}{means} on {on}{end}",
                MeetingEventKind.DatesApproved when e.NewDates is { } n =>
                    $"The dates for {name} of the {body.ShortName}, {Dates.RangeInText(n.Start, n.End).Replace("from ", "")}, were approved by {by}{means} on {on}{end}",
                MeetingEventKind.AgendaAgreed => $"The provisional agenda for {name} was agreed upon by {by}{means} on {on}{end}",
                MeetingEventKind.PostponementAnnounced => $"On {on}, {by} was informed that the {noun} was to be postponed{Spliced(e.Details)}",
                MeetingEventKind.Postponed when e.PreviousDates is { } p => $"On {on}, the {noun} was postponed from its original dates {Dates.RangeInText(p.Start, p.End).Replace("from ", "")}{Spliced(e.Details)}",
                MeetingEventKind.Cancelled => $"On {on}, the {noun} was cancelled{Spliced(e.Details)}",
                // The arrangements of a format ("with the Chair in the room ...") qualify the format itself.
                MeetingEventKind.FormatApproved when e.Format is { } f && e.Details is { } d && char.IsLower(d.Trim()[0]) =>
                    $"The holding of {name} {FormatPhrase(f)}, {d.Trim().TrimEnd('.')}, was approved by {by}{means} on {on}.",
                MeetingEventKind.FormatApproved when e.Format is { } f =>
                    $"The holding of {name} {FormatPhrase(f)} was approved by {by}{means} on {on}{end}",
                MeetingEventKind.OrganizationOfWorkCirculated => $"The proposed organization of work was circulated to {by} on {on}{end}",
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
        MeetingFormat.Online => "online",
    };

}
