using System.Globalization;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Domain;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// The list of conclusions and recommendations adopted at the stocktaking convening (issue 9, item 6): issued as its own
/// document for submission to the parent body, the adopted texts by topic of the workplan as consecutively numbered
/// paragraphs, and an annex that traces each to the preliminary texts it was drawn from (identifier, convening, suggesting
/// States); and the chapter of the stocktaking convening's report that carries the same list. Sentences name no particular
/// body, topic or convening.
/// </summary>
public static class AdoptedListComposer
{
    public const string TitleStart = "Conclusions and recommendations adopted by the";

    /// <summary>"Conclusions and recommendations adopted by the Expert Group ... at its seventh meeting".</summary>
    public static string Title(MeetingDossier dossier) =>
        $"{TitleStart} {dossier.Body.FullName} at its {Convenings.Name(dossier.Body.Convenes, dossier.Meeting)}";

    public static OfficialDocument Compose(MeetingDossier dossier, IssueDetails issue)
    {
        if (!dossier.Meeting.IsStocktaking)
            throw new DomainException("adopted.stocktaking",
                $"The list of adopted conclusions and recommendations is issued for the stocktaking {dossier.Noun}; {dossier.The(dossier.Meeting)} is not one.");
        var (period, workplan) = CompilationComposer.Period(dossier);
        var counter = new ParagraphCounter();
        var adopted = Adopted(dossier);
        var group = dossier.Body.ShortName;
        var blocks = new List<Block> { new Heading(1, "I.", "Introduction") };
        blocks.AddRange(Introduction(dossier, period, workplan, adopted.Count, counter, document: true));

        var paragraphs = new Dictionary<int, int>();
        if (adopted.Count > 0)
        {
            blocks.Add(new Heading(1, "II.", "Conclusions and recommendations"));
            var section = 0;
            foreach (var topic in ByTopic(adopted, workplan))
            {
                blocks.Add(new Heading(2, $"{(char)('A' + section++)}.", topic.Key));
                foreach (var text in topic)
                {
                    var number = counter.Next();
                    paragraphs[text.Number] = number;
                    blocks.Add(new Paragraph([new Text(text.Text)], number));
                }
            }
        }

        var annexes = new List<Annex>();
        if (adopted.Count > 0)
            annexes.Add(new Annex("Annex", "Sources of the adopted conclusions and recommendations",
            [
                new Paragraph([new Text($"For each paragraph of the present document, the preliminary conclusions and recommendations from which the {group} drew it, "
                    + $"with the {Numbers.Pluralize(dossier.Noun)} at which they were suggested and the Member States that suggested them.")]),
                new Table(["Paragraph", "Preliminary text", "Suggested at", "Suggested by"],
                    adopted.OrderBy(t => paragraphs[t.Number]).SelectMany(t => SourceRows(dossier, t, paragraphs[t.Number])).ToList(), [12, 18, 30, 40]),
            ]));
        return new OfficialDocument(Mastheads.For(dossier, issue), Title(dossier), "Note by the Secretariat", blocks, annexes, []);
    }

    /// <summary>
    /// The stocktaking convening report's chapter: the adopted texts as lettered subparagraphs by topic, after a paragraph
    /// saying where they came from; none when nothing is adopted yet or the convening is not a stocktaking one.
    /// </summary>
    public static List<Block> ReportChapter(MeetingDossier dossier, ParagraphCounter counter)
    {
        if (!dossier.Meeting.IsStocktaking || dossier.Consolidation is null) return [];
        var adopted = Adopted(dossier);
        if (adopted.Count == 0) return [];
        var (period, workplan) = CompilationComposer.Period(dossier);
        var blocks = Introduction(dossier, period, workplan, adopted.Count, counter, document: false).ToList<Block>();
        var section = 0;
        foreach (var topic in ByTopic(adopted, workplan))
        {
            blocks.Add(new Heading(2, $"{(char)('A' + section++)}.", topic.Key));
            var texts = topic.ToList();
            for (var i = 0; i < texts.Count; i++)
                blocks.Add(new SubParagraph($"({ReportChapters.Letter(i)})", 1, [new Text(texts[i].Text)]));
        }
        return blocks;
    }

    private static IEnumerable<Paragraph> Introduction(MeetingDossier dossier, IReadOnlyList<Meeting> period, Domain.Bodies.Workplan workplan, int adopted,
        ParagraphCounter counter, bool document)
    {
        var group = dossier.Body.ShortName;
        var noun = dossier.Noun;
        var listed = dossier.PreliminaryTexts.Count(t => t.Status == PreliminaryStatus.Listed && period.Any(m => m.Number == t.MeetingNumber));
        var years = period.Select(m => m.StartDate.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var first = new List<Inline> { new Text($"Pursuant to the {Sentences.Continuing(workplan.Title)}") };
        if (workplan.Symbol is { } s) first.AddRange([new Text(" ("), HistoryText.SymbolLink(s, s), new Text(")")]);
        first.Add(new Text($", the {group} considered at its stocktaking {noun}, {dossier.The(dossier.Meeting)}, "
            + (listed == 1 ? "the one preliminary conclusion or recommendation" : $"the {Numbers.Cardinal(listed)} preliminary conclusions and recommendations")
            + $" suggested by Member States at its {Numbers.Pluralize(noun)}{(years.Count == 0 ? "" : $" held in {Lists.Join(years)}")}, and consolidated them."));
        yield return new Paragraph(first, counter.Next());
        var parent = dossier.Parent is { } p ? $" for submission to the {p.FullName}" : "";
        var where = document
            ? "The annex to the present document traces each of them to the preliminary texts from which it was drawn, with the Member States that suggested them."
            : "The preliminary texts from which each was drawn are listed in the annex to the list issued as a separate document.";
        if (adopted == 0)
        {
            yield return new Paragraph([new Text($"No conclusion or recommendation has been adopted yet; the list is completed as the {group} adopts them.")], counter.Next());
            yield break;
        }
        yield return new Paragraph([new Text(
            $"The {group} adopted {(adopted == 1 ? "the following conclusion or recommendation" : $"the following {Numbers.Cardinal(adopted)} conclusions and recommendations")}{parent}. {where}")],
            counter.Next());
    }

    private static List<ConsolidatedText> Adopted(MeetingDossier dossier) =>
        (dossier.Consolidation?.Texts ?? []).Where(t => t.State == ConsolidatedState.Adopted).OrderBy(t => t.Number).ToList();

    private static IEnumerable<IGrouping<string, ConsolidatedText>> ByTopic(IReadOnlyList<ConsolidatedText> texts, Domain.Bodies.Workplan workplan)
    {
        var order = workplan.PlannedMeetings.OrderBy(m => m.Position).SelectMany(m => m.Topics).Distinct().ToList();
        return texts.GroupBy(t => t.Topic).OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal);
    }

    private static IEnumerable<TableRow> SourceRows(MeetingDossier dossier, ConsolidatedText text, int paragraph)
    {
        var first = true;
        foreach (var identifier in text.Sources)
        {
            var source = dossier.PreliminaryTexts.FirstOrDefault(t => t.Identifier == identifier);
            var meeting = source is null ? null : dossier.EarlierMeetings.FirstOrDefault(m => m.Number == source.MeetingNumber);
            var cells = new List<TableCell>();
            if (first) cells.Add(new TableCell([new Text(paragraph.ToString(CultureInfo.InvariantCulture), Bold: true)], text.Sources.Count));
            cells.Add(new TableCell([new Text(identifier)]));
            cells.Add(new TableCell([new Text(meeting is null ? "" : $"{Convenings.Heading(dossier.Body.Convenes, meeting)}, {Dates.RangeInText(meeting.StartDate, meeting.EndDate)}")]));
            cells.Add(new TableCell([new Text(source is null ? "" : Lists.Join(source.SuggestedBy.Select(c => StateRegister.FindByCode(c)?.ShortName ?? c)))]));
            yield return new TableRow(cells, StartsGroup: first);
            first = false;
        }
    }
}
