using Plenary.Application.Documents.Model;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// The report on a convening, from the record alone, structured by what the record holds: a chapter
/// of preliminary conclusions only where the record holds them, a summary of deliberations on
/// the substantive items (the Chair's own only when the record says so), the election of officers only
/// where the agenda holds it, the closure only where the record has it. Every fact the report needs and
/// the record does not hold appears as a bracketed placeholder and is listed in
/// <see cref="OfficialDocument.MissingFacts"/>, with where it is recorded.
/// </summary>
public static class ReportComposer
{
    public static OfficialDocument Compose(MeetingDossier dossier, IssueDetails issue)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        var group = body.ShortName;
        var noun = dossier.Noun;
        var counter = new ParagraphCounter();
        var missing = new Missing(dossier.MeetingPage);
        var blocks = new List<Block>();
        var chapter = 0;
        Heading Chapter(string title) => new(1, $"{Roman(++chapter)}.", title);

        blocks.Add(Chapter("Introduction"));
        blocks.AddRange(HistoryText.Story(dossier, counter));
        if (ProcedureParagraph.Of(dossier, counter) is { } procedures) blocks.Add(procedures);
        if (HistoryText.Decisions(dossier, counter) is { } decisions) blocks.Add(decisions);

        if (PreliminaryConclusions(dossier, counter) is { Count: > 0 } conclusions)
        {
            blocks.Add(Chapter("List of preliminary conclusions and recommendations"));
            blocks.AddRange(conclusions);
        }
        if (Recommendations.AdoptedListComposer.ReportChapter(dossier, counter) is { Count: > 0 } adopted)
        {
            blocks.Add(Chapter("Conclusions and recommendations adopted"));
            blocks.AddRange(adopted);
        }

        var deliberated = SubstantiveItems(meeting).ToList();
        if (deliberated.Count > 0)
        {
            blocks.Add(Chapter("Summary of deliberations"));
            if (meeting.SummaryByChair) blocks.Add(new Paragraph([new Text("(Summary by the Chair)", Italic: true)], null, ParagraphStyle.Centered));
            var section = 0;
            foreach (var item in deliberated)
            {
                blocks.Add(new Heading(2, $"{(char)('A' + section++)}.", item.Title));
                var sittings = SittingsOf(meeting, item).Select(p => (meeting.SittingNumber(p.Number), p.Date)).ToList();
                var at = sittings.Count > 0
                    ? new List<Inline> { new Text(Sentences.Opening(Sittings.AtItsMeetings(sittings, dossier.SittingNoun)) + ", ") }
                    : [new Text("At its "), missing.Fact("[...]", $"The plenary meetings that considered agenda item {item.Number}", "organization-of-work"),
                       new Text($" {Numbers.Pluralize(dossier.SittingNoun)}, on "), missing.Fact("[...]", $"The dates on which agenda item {item.Number} was considered", "organization-of-work"), new Text(", ")];
                at.Add(new Text($"the {group} considered agenda item {item.Number}, entitled \u201c{item.Title.TrimEnd('.')}\u201d."));
                blocks.Add(new Paragraph(at, counter.Next()));
                if (ParticipationText.Panel(item.Panellists.OrderBy(p => p.Position).Select(p => p.ToString()).ToList()) is { } panel)
                    blocks.Add(new Paragraph([new Text(panel)], counter.Next()));
            }
        }

        blocks.Add(Chapter($"Organization of the {noun}"));
        var letter = 0;
        Heading Section(string title) => new(2, $"{(char)('A' + letter++)}.", title);
        blocks.Add(Section($"Opening of the {noun}"));
        blocks.Add(new Paragraph(Opening(dossier, missing), counter.Next()));

        var election = meeting.AgendaInOrder.FirstOrDefault(i => i.Role == AgendaItemRole.ElectionOfOfficers);
        if (election is not null)
        {
            blocks.Add(Section("Election of officers"));
            blocks.AddRange(Election(dossier, election, counter, missing));
        }

        blocks.Add(Section("Adoption of the agenda and other organizational matters"));
        var adoption = meeting.AgendaAdoptedAtPlenaryMeeting is { } n && meeting.PlenaryMeetings.FirstOrDefault(p => p.Number == n) is { } pm
            ? new List<Inline> { new Text($"At its {dossier.Sitting(n)}, on {Dates.Day(pm.Date)}, the {group} adopted the following provisional agenda:") }
            : [new Text("At its "), missing.Fact("[...]", "The plenary meeting that adopted the agenda", "agenda"), new Text($" {dossier.SittingNoun}, the {group} adopted the following provisional agenda:")];
        blocks.Add(new Paragraph(adoption, counter.Next()));
        blocks.Add(AnnotatedAgendaComposer.AgendaList(meeting));

        blocks.Add(Section("Statements"));
        var words = body.Participants == ParticipantTerm.Experts ? ParticipantWords.Experts : ParticipantWords.Representatives;
        var made = ParticipationText.Statements(dossier.Statements.Select(s => new StatementFact(s.IsState, s.Participant, s.Category, s.OnBehalfOf, s.IsRightOfReply)), words);
        blocks.Add(new Paragraph(made.Count > 0
            ? [new Text(string.Join(" ", made))]
            : [new Text($"Statements were made by {words.Plural} {words.Preposition} the following Member States: "),
               missing.Fact("[...]", "The States whose delegations made statements", "participation"), new Text(".")], counter.Next()));

        blocks.Add(Section("Attendance"));
        var attendance = ParticipationText.Attendance(noun, Plenary.Application.Participation.AttendanceQueries.Counts(dossier.Delegations));
        blocks.Add(new Paragraph(attendance is not null
            ? [new Text(attendance)]
            : [new Text($"The {noun} was attended by representatives of "),
               missing.Fact("[...]", "The number of Member States represented", "participation"), new Text(" Member States and of "),
               missing.Fact("[...]", "The observer States and organizations represented, by category", "participation"), new Text(".")], counter.Next()));
        var participants = dossier.Register.FirstOrDefault(d => d.MeetingNumber == meeting.Number && d.Type == DocumentType.InformationDocument);
        blocks.Add(new Paragraph(participants is null
            ? [new Text($"A provisional list of participants was circulated at the {noun} ("), missing.Fact("[...]", "The symbol of the provisional list of participants", "documents"), new Text(").")]
            : [new Text($"A provisional list of participants was circulated at the {noun} ("), HistoryText.SymbolLink(participants.Symbol, participants.Symbol), new Text(").")],
            counter.Next()));

        blocks.Add(Section("Documentation"));
        var before = dossier.Register
            .Where(d => d.MeetingNumber == meeting.Number && d.Type is not (DocumentType.Report or DocumentType.InformationDocument))
            .OrderBy(d => DocumentSymbol.Create(d.Symbol)).ToList();
        if (before.Count == 0)
        {
            blocks.Add(new Paragraph([new Text($"The {group} had before it "), missing.Fact("[...]", $"The documents before the {noun}", "documents"), new Text(".")], counter.Next()));
        }
        else
        {
            blocks.Add(new Paragraph([new Text($"The {group} had before it the following {(before.Count == 1 ? "document" : "documents")}:")], counter.Next()));
            for (var i = 0; i < before.Count; i++)
                blocks.Add(new SubParagraph($"({(char)('a' + i)})", 1,
                    [new Text($"{before[i].Title} ("), HistoryText.SymbolLink(before[i].Symbol, before[i].Symbol), new Text(i == before.Count - 1 ? ")." : ");")]));
        }

        blocks.Add(Chapter("Adoption of the report"));
        var reportItem = meeting.AgendaInOrder.LastOrDefault(i => i.Role == AgendaItemRole.AdoptionOfReport);
        var reportSitting = reportItem is null ? null : SittingsOf(meeting, reportItem).LastOrDefault();
        var reportAdopted = meeting.History.LastOrDefault(e => e.Kind == MeetingEventKind.ReportAdopted);
        blocks.Add(new Paragraph(reportAdopted is not null
            ? [new Text(ReportAdoption(dossier, reportAdopted))]
            : reportSitting is not null
            ? [new Text($"At its {dossier.Sitting(reportSitting.Number)}, on {Dates.Day(reportSitting.Date)}, the {group} adopted this report.")]
            : [new Text("At its "), missing.Fact("[...]", "The plenary meeting that adopted the report", "organization-of-work"), new Text($" {dossier.SittingNoun}, on "),
               missing.Fact("[...]", "The date on which the report was adopted", "organization-of-work"), new Text($", the {group} adopted this report.")],
            counter.Next()));

        var closure = meeting.AgendaInOrder.LastOrDefault(i => i.Role == AgendaItemRole.Closure);
        if (closure is not null || meeting.ClosedBy is not null || meeting.History.Any(e => e.Kind == MeetingEventKind.Closed))
        {
            blocks.Add(Chapter($"Closure of the {noun}"));
            blocks.Add(new Paragraph(Closure(dossier, closure, missing), counter.Next()));
        }

        return new OfficialDocument(Mastheads.For(dossier, issue), Title(dossier), null, blocks, [], missing.Facts);
    }

    /// <summary>
    /// The report's title, as the body's reports are titled ("Report of the Ad Hoc Committee ... on its third
    /// session"); a report not yet adopted (its convening not held) is the draft ("Draft report of ...").
    /// </summary>
    public static string Title(MeetingDossier dossier)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        var title = body.ReportTitlePattern
            .Replace("{body}", body.FullName, StringComparison.Ordinal)
            .Replace("{shortName}", body.ShortName, StringComparison.Ordinal)
            .Replace("{convening}", Convenings.Name(body.Convenes, meeting), StringComparison.Ordinal)
            .Replace("{conveningNoun}", dossier.Noun, StringComparison.Ordinal)
            .Replace("{venue}", meeting.Venue, StringComparison.Ordinal)
            .Replace("{dates}", Dates.RangeInText(meeting.StartDate, meeting.EndDate), StringComparison.Ordinal)
            .Replace("{year}", meeting.StartDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (IsAdopted(meeting)) return title;
        return title.StartsWith("Report", StringComparison.Ordinal) ? "Draft report" + title["Report".Length..] : "Draft: " + title;
    }

    /// <summary>Whether the report counts as adopted: its convening has been held (issue 10 records the adoption itself).</summary>
    public static bool IsAdopted(Meeting meeting) => meeting.Status == MeetingStatus.Held;

    /// <summary>
    /// The items whose deliberations the report summarises: substantive items and other matters, by role
    /// alone (an item with sub-items is summarised through them).
    /// </summary>
    public static IEnumerable<AgendaItem> SubstantiveItems(Meeting meeting) =>
        meeting.AgendaInOrder.Where(i => AgendaItemRoles.IsDeliberated(i.Role)
            && (i.Number.IsSubItem || !meeting.AgendaItems.Any(s => s.Item == i.Item && s.Number.IsSubItem)));

    /// <summary>
    /// The chapter of preliminary conclusions and recommendations, only where the record holds a list for the convening
    /// (Recommendations/ReportChapters composes it: framing paragraphs from the workplan, then the texts by topic).
    /// </summary>
    public static List<Block> PreliminaryConclusions(MeetingDossier dossier, ParagraphCounter counter) =>
        Recommendations.ReportChapters.Preliminary(dossier, counter);

    private static IEnumerable<PlenaryMeeting> SittingsOf(Meeting meeting, AgendaItem item) => meeting.OrganizationOfWork
        .Where(r => !r.NonWorking && r.AgendaItem == item.Number.ToString())
        .Select(r => meeting.PlenaryMeetings.Single(p => p.Number == r.PlenaryMeetingNumber))
        .Distinct().OrderBy(p => p.Number);

    private static string Officer(Officer o, string group) => $"{o}, {o.Title} of the {group}";

    private static List<Inline> Opening(MeetingDossier dossier, Missing missing)
    {
        var (meeting, group, noun) = (dossier.Meeting, dossier.Body.ShortName, dossier.Noun);
        var opener = dossier.Officer(meeting.OpenedBy);
        var presiding = dossier.Officer(meeting.PresidedBy);
        var onBehalfOf = dossier.Officer(meeting.PresidedOnBehalfOf);
        // The lifecycle's "convened" step says when (and at which plenary meeting) it opened.
        var when = meeting.History.LastOrDefault(e => e.Kind == MeetingEventKind.Convened) is { } convened
            ? convened.PlenaryMeetingNumber is { } at ? $"At its {dossier.Sitting(at)}, on {Dates.Day(convened.OccurredOn)}, the" : $"On {Dates.Day(convened.OccurredOn)}, the"
            : "The";
        string text;
        if (opener is not null) text = $"{when} {noun} was opened by {Officer(opener, group)}";
        else if (meeting.OpenedByOther is { } other) text = $"{when} {noun} was opened by {other}";
        else return [new Text($"{when} {noun} was opened by "), missing.Fact("[...]", $"Who opened the {noun}", "bureau"), new Text(".")];
        if (presiding is not null && presiding != opener)
        {
            if (onBehalfOf is not null && onBehalfOf == opener)
                return [new Text($"{text}, who delegated {Officer(presiding, group)}, to preside over the {noun} on the {opener.Title}\u2019s behalf.")];
            text += $". {Officer(presiding, group)}, presided over the {noun}"
                + (onBehalfOf is null ? "" : $" on behalf of {onBehalfOf}, {onBehalfOf.Title}");
        }
        return [new Text(text + ".")];
    }

    /// <summary>The officers elected at the convening, office by office, at the sitting that took up the election.</summary>
    private static IEnumerable<Block> Election(MeetingDossier dossier, AgendaItem item, ParagraphCounter counter, Missing missing)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        var elected = body.Officers.Where(o => o.ElectedAtConvening == meeting.Number).OrderBy(o => o.Office).ThenBy(o => o.Position).ToList();
        var sitting = SittingsOf(meeting, item).FirstOrDefault();
        var at = sitting is not null
            ? new List<Inline> { new Text($"At its {dossier.Sitting(sitting.Number)}, on {Dates.Day(sitting.Date)}, ") }
            : [new Text("At its "), missing.Fact("[...]", "The plenary meeting that elected the officers", "organization-of-work"), new Text($" {dossier.SittingNoun}, ")];
        if (elected.Count == 0)
        {
            at.AddRange([new Text($"the {body.ShortName} elected its officers: "), missing.Fact("[...]", $"The officers elected at the {dossier.Noun}", "officers"), new Text(".")]);
            yield return new Paragraph(at, counter.Next());
            yield break;
        }
        var life = elected.All(o => o.ForBodysLife) ? " for the duration of its work" : "";
        at.Add(new Text($"the {body.ShortName} elected the following officers{life}:"));
        yield return new Paragraph(at, counter.Next());
        foreach (var office in elected.GroupBy(o => o.Title))
        {
            var title = office.Count() == 1 ? office.Key : Numbers.Pluralize(office.Key);
            yield return new Paragraph([new Text($"{title}: {Lists.Join(office.Select(o => o.ToString()))}")], null, ParagraphStyle.Body);
        }
    }

    private static List<Inline> Closure(MeetingDossier dossier, AgendaItem? item, Missing missing)
    {
        var (meeting, group, noun) = (dossier.Meeting, dossier.Body.ShortName, dossier.Noun);
        var sitting = item is null ? null : SittingsOf(meeting, item).LastOrDefault();
        // The lifecycle's "closed" step, where recorded, says when (and at which plenary meeting) it closed.
        var when = meeting.History.LastOrDefault(e => e.Kind == MeetingEventKind.Closed) is { } closed
            ? closed.PlenaryMeetingNumber is { } at ? $"At its {dossier.Sitting(at)}, on {Dates.Day(closed.OccurredOn)}, " : $"On {Dates.Day(closed.OccurredOn)}, "
            : sitting is null ? "" : $"At its {dossier.Sitting(sitting.Number)}, on {Dates.Day(sitting.Date)}, ";
        if (dossier.Officer(meeting.ClosedBy) is { } closer)
            return [new Text(Sentences.Opening($"{when}the {noun} was closed by {Officer(closer, group)}."))];
        return [new Text(Sentences.Opening($"{when}the {noun} was closed by ")), missing.Fact("[...]", $"Who closed the {noun}", "bureau"), new Text(".")];
    }

    /// <summary>
    /// The report's adoption as the lifecycle recorded it: "At its 6th meeting, on 29 July 2020, the Expert Group adopted
    /// this report", or after the convening "On 23 November 2020, the Expert Group adopted this report by means of a silence procedure".
    /// </summary>
    private static string ReportAdoption(MeetingDossier dossier, MeetingEvent e)
    {
        var group = dossier.Body.ShortName;
        var on = Dates.Day(e.OccurredOn);
        return e.Means switch
        {
            DecisionMeans.Meeting when e.PlenaryMeetingNumber is { } n => $"At its {dossier.Sitting(n)}, on {on}, the {group} adopted this report.",
            DecisionMeans.SilenceProcedure when e.DecidedBy is { } c && !c.Equals(group, StringComparison.OrdinalIgnoreCase) =>
                $"On {on}, this report was adopted by the {c} by means of a silence procedure.",
            DecisionMeans.SilenceProcedure => $"On {on}, the {group} adopted this report by means of a silence procedure.",
            DecisionMeans.DecisionOfTheChair => $"On {on}, this report was adopted by decision of the Chair.",
            _ => $"On {on}, the {group} adopted this report.",
        };
    }

    private static string Roman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Collects the facts the record lacks, once each, with the section of the convening's page where each is recorded.</summary>
    private sealed class Missing(string meetingPage)
    {
        public List<MissingFact> Facts { get; } = [];

        public Placeholder Fact(string shown, string description, string section)
        {
            var fact = Facts.FirstOrDefault(f => f.Description == description);
            if (fact is null)
            {
                fact = new MissingFact(description, $"{meetingPage}#{section}");
                Facts.Add(fact);
            }
            return new Placeholder(shown, fact);
        }
    }
}
