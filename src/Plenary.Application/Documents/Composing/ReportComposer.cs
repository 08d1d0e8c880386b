using Plenary.Application.Documents.Model;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// The report on a meeting, from the record alone. Every fact the report needs and the record does
/// not hold appears as a bracketed placeholder and is listed in <see cref="OfficialDocument.MissingFacts"/>,
/// with where it is recorded, so the secretariat can complete the record before issuing.
/// </summary>
public static class ReportComposer
{
    public static OfficialDocument Compose(MeetingDossier dossier, IssueDetails issue)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        var group = body.ShortName;
        var counter = new ParagraphCounter();
        var missing = new Missing(dossier.MeetingPage);
        var blocks = new List<Block>();

        blocks.Add(new Heading(1, "I.", "Introduction"));
        blocks.AddRange(HistoryText.Story(body, dossier.EarlierMeetings, meeting.StartDate, counter));
        if (HistoryText.Decisions(body, meeting, counter) is { } decisions) blocks.Add(decisions);

        blocks.Add(new Heading(1, "II.", "List of preliminary conclusions and recommendations"));
        var workplan = body.Workplans.FirstOrDefault(w => w.StartYear <= meeting.StartDate.Year && meeting.StartDate.Year <= w.EndYear);
        if (workplan is not null)
        {
            var content = new List<Inline> { new Text($"In line with the {Sentences.Continuing(workplan.Title)}") };
            if (workplan.Symbol is { } s) content.AddRange([new Text(" ("), HistoryText.SymbolLink(s, s), new Text(")")]);
            content.Add(new Text(", the Rapporteur prepares at each meeting, with the assistance of the secretariat and on the basis of the deliberations, "
                + "a list of preliminary conclusions and recommendations suggested by Member States, to be considered at the stocktaking meeting."));
            blocks.Add(new Paragraph(content, counter.Next()));
        }
        blocks.Add(new Paragraph([new Text("No preliminary conclusions or recommendations are recorded for this meeting.")], counter.Next()));

        blocks.Add(new Heading(1, "III.", "Summary of deliberations"));
        blocks.Add(new Paragraph([new Text("(Summary by the Chair)", Italic: true)], null, ParagraphStyle.Centered));
        var section = 0;
        foreach (var item in SubstantiveItems(meeting))
        {
            blocks.Add(new Heading(2, $"{(char)('A' + section++)}.", item.Title));
            var sittings = meeting.OrganizationOfWork
                .Where(r => !r.NonWorking && r.AgendaItem == item.Number.ToString())
                .Select(r => meeting.PlenaryMeetings.Single(p => p.Number == r.PlenaryMeetingNumber))
                .Select(p => (p.Number, p.Date)).Distinct().ToList();
            var at = sittings.Count > 0
                ? new List<Inline> { new Text(Sentences.Opening(Sittings.AtItsMeetings(sittings)) + ", ") }
                : [new Text("At its "), missing.Fact("[...]", $"The plenary meetings that considered agenda item {item.Number}", "organization-of-work"),
                   new Text(" meetings, on "), missing.Fact("[...]", $"The dates on which agenda item {item.Number} was considered", "organization-of-work"), new Text(", ")];
            at.Add(new Text($"the {group} considered agenda item {item.Number}, entitled \u201c{item.Title.TrimEnd('.')}\u201d."));
            blocks.Add(new Paragraph(at, counter.Next()));
            if (item.Panellists.Count > 0)
                blocks.Add(new Paragraph([new Text("The discussion was facilitated by the following panellists: "
                    + Lists.Join(item.Panellists.OrderBy(p => p.Position).Select(p => p.ToString())) + ".")], counter.Next()));
        }

        blocks.Add(new Heading(1, "IV.", "Organization of the meeting"));
        blocks.Add(new Heading(2, "A.", "Opening of the meeting"));
        blocks.Add(new Paragraph(Opening(meeting, group, missing), counter.Next()));

        blocks.Add(new Heading(2, "B.", "Adoption of the agenda and other organizational matters"));
        var adoption = meeting.AgendaAdoptedAtPlenaryMeeting is { } n && meeting.PlenaryMeetings.FirstOrDefault(p => p.Number == n) is { } pm
            ? new List<Inline> { new Text($"At its {Numbers.OrdinalInFigures(n)} meeting, on {Dates.Day(pm.Date)}, the {group} adopted the following provisional agenda:") }
            : [new Text("At its "), missing.Fact("[...]", "The plenary meeting that adopted the agenda", "agenda"), new Text($" meeting, the {group} adopted the following provisional agenda:")];
        blocks.Add(new Paragraph(adoption, counter.Next()));
        blocks.Add(AnnotatedAgendaComposer.AgendaList(meeting));

        blocks.Add(new Heading(2, "C.", "Statements"));
        blocks.Add(new Paragraph([new Text("Statements were made by experts from the following Member States: "),
            missing.Fact("[...]", "The States whose experts made statements", "participation"), new Text(".")], counter.Next()));

        blocks.Add(new Heading(2, "D.", "Attendance"));
        blocks.Add(new Paragraph([new Text("The meeting was attended by representatives of "),
            missing.Fact("[...]", "The number of Member States represented", "participation"), new Text(" Member States and of "),
            missing.Fact("[...]", "The observer States and organizations represented, by category", "participation"), new Text(".")], counter.Next()));
        var participants = dossier.Register.FirstOrDefault(d => d.MeetingNumber == meeting.Number && d.Type == DocumentType.InformationDocument);
        blocks.Add(new Paragraph(participants is null
            ? [new Text("A provisional list of participants was circulated at the meeting ("), missing.Fact("[...]", "The symbol of the provisional list of participants", "documents"), new Text(").")]
            : [new Text("A provisional list of participants was circulated at the meeting ("), HistoryText.SymbolLink(participants.Symbol, participants.Symbol), new Text(").")],
            counter.Next()));

        blocks.Add(new Heading(2, "E.", "Documentation"));
        var before = dossier.Register
            .Where(d => d.MeetingNumber == meeting.Number && d.Type is not (DocumentType.Report or DocumentType.InformationDocument))
            .OrderBy(d => DocumentSymbol.Create(d.Symbol)).ToList();
        if (before.Count == 0)
        {
            blocks.Add(new Paragraph([new Text($"The {group} had before it "), missing.Fact("[...]", "The documents before the meeting", "documents"), new Text(".")], counter.Next()));
        }
        else
        {
            blocks.Add(new Paragraph([new Text($"The {group} had before it the following {(before.Count == 1 ? "document" : "documents")}:")], counter.Next()));
            for (var i = 0; i < before.Count; i++)
                blocks.Add(new SubParagraph($"({(char)('a' + i)})", 1,
                    [new Text($"{before[i].Title} ("), HistoryText.SymbolLink(before[i].Symbol, before[i].Symbol), new Text(i == before.Count - 1 ? ")." : ");")]));
        }

        blocks.Add(new Heading(1, "V.", "Adoption of the report"));
        var reportItem = meeting.AgendaInOrder.LastOrDefault(i => IsAdoptionOfTheReport(i));
        var reportRow = reportItem is null ? null : meeting.OrganizationOfWork.LastOrDefault(r => r.AgendaItem == reportItem.Number.ToString() && r.PlenaryMeetingNumber is not null);
        var reportSitting = reportRow is null ? null : meeting.PlenaryMeetings.Single(p => p.Number == reportRow.PlenaryMeetingNumber);
        blocks.Add(new Paragraph(reportSitting is not null
            ? [new Text($"At its {Numbers.OrdinalInFigures(reportSitting.Number)} meeting, on {Dates.Day(reportSitting.Date)}, the {group} adopted this report.")]
            : [new Text("At its "), missing.Fact("[...]", "The plenary meeting that adopted the report", "organization-of-work"), new Text(" meeting, on "),
               missing.Fact("[...]", "The date on which the report was adopted", "organization-of-work"), new Text($", the {group} adopted this report.")],
            counter.Next()));

        return new OfficialDocument(
            Mastheads.For(dossier, issue),
            $"Report on the meeting of the {body.FullName} held in {meeting.Venue} {Dates.RangeInText(meeting.StartDate, meeting.EndDate)}",
            null,
            blocks,
            [],
            missing.Facts);
    }

    /// <summary>The items the deliberations are about: not the organizational item with sub-items, not the adoption of the report.</summary>
    public static IEnumerable<AgendaItem> SubstantiveItems(Meeting meeting) =>
        meeting.AgendaInOrder.Where(i => !i.Number.IsSubItem
            && !meeting.AgendaItems.Any(s => s.Item == i.Item && s.Number.IsSubItem)
            && !IsAdoptionOfTheReport(i));

    private static bool IsAdoptionOfTheReport(AgendaItem item) =>
        item.Title.Trim().TrimEnd('.').Equals("Adoption of the report", StringComparison.OrdinalIgnoreCase);

    private static List<Inline> Opening(Meeting meeting, string group, Missing missing)
    {
        var chair = meeting.Bureau.FirstOrDefault(b => b.Office == BureauOffice.Chair);
        var opener = meeting.Bureau.FirstOrDefault(b => b.OpenedMeeting) ?? chair;
        var presiding = meeting.Bureau.FirstOrDefault(b => b.PresidedOnBehalfOfChair);
        if (opener is null)
            return [new Text("The meeting was opened by "), missing.Fact("[...]", "Who opened the meeting", "bureau"), new Text(".")];
        var text = $"The meeting was opened by {opener.Person} ({opener.State}), {opener.OfficeTitle} of the {group}";
        if (presiding is not null && presiding != opener)
            text += $", who delegated {presiding.Person} ({presiding.State}), {presiding.OfficeTitle} of the {group}, to preside over the meeting on the Chair\u2019s behalf";
        return [new Text(text + ".")];
    }

    /// <summary>Collects the facts the record lacks, once each, with the section of the meeting page where each is recorded.</summary>
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
