using System.Globalization;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Domain.Editorial;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// The chapters a convening's report draws from the Rapporteur's list: the list of preliminary conclusions and
/// recommendations, generated from the record (the framing paragraphs from the workplan, then the texts by topic as
/// lettered subparagraphs). Sentences are ours and name no particular body, topic or convening.
/// </summary>
public static class ReportChapters
{
    /// <summary>
    /// The chapter's paragraphs, or none when the record holds no listed text for the convening (or when it is the
    /// stocktaking convening, whose report carries the adopted list instead).
    /// </summary>
    public static List<Block> Preliminary(MeetingDossier dossier, ParagraphCounter counter)
    {
        var (body, meeting) = (dossier.Body, dossier.Meeting);
        var listed = dossier.PreliminaryTexts.Where(t => t.Status == PreliminaryStatus.Listed && t.MeetingNumber == meeting.Number).ToList();
        if (meeting.IsStocktaking || listed.Count == 0) return [];
        var topics = ConveningTopics.Find(body, meeting);
        var blocks = new List<Block>();
        if (topics is not null) blocks.AddRange(Framing(dossier, topics, counter));

        var order = (topics?.Topics ?? []).ToList();
        var section = 0;
        foreach (var group in listed.GroupBy(t => t.Topic).OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i))
        {
            var texts = group.OrderBy(t => t.Number).ToList();
            blocks.Add(new Heading(2, $"{(char)('A' + section++)}.", group.Key));
            var items = texts.Select(t => t.AgendaItem).Distinct().ToList();
            var under = items.Count == 1 && items[0] is { } item ? $"Under agenda item {item}, the" : "The";
            blocks.Add(new Paragraph([new Text($"{under} following preliminary conclusions and recommendations were suggested by Member States:")], counter.Next()));
            for (var i = 0; i < texts.Count; i++)
                blocks.Add(new SubParagraph($"({Letter(i)})", 1, [new Text(texts[i].Text)]));
        }
        return blocks;
    }

    /// <summary>The two framing paragraphs: what the workplan asks of the Rapporteur, and what becomes of the list.</summary>
    private static IEnumerable<Block> Framing(MeetingDossier dossier, ConveningTopics topics, ParagraphCounter counter)
    {
        var workplan = topics.Workplan;
        var group = dossier.Body.ShortName;
        var stocktaking = workplan.PlannedMeetings.FirstOrDefault(p => p.IsStocktaking);
        var when = stocktaking is null ? $", to be held by the end of {Year(workplan.EndYear)}" : $", which the workplan plans for {Year(stocktaking.Year)}";
        var first = new List<Inline> { new Text($"Pursuant to the {Sentences.Continuing(workplan.Title)}") };
        if (workplan.Symbol is { } s) first.AddRange([new Text(" ("), HistoryText.SymbolLink(s, s), new Text(")")]);
        first.Add(new Text($", the Rapporteur drew up at the {dossier.Noun}, with the support of the Secretariat and on the basis of the deliberations, "
            + "a list of the preliminary conclusions and recommendations put forward by Member States, which are to be precise and to address practical responses. "
            + $"The list is reproduced below, by topic, as a compilation of those suggestions, to be discussed further at the stocktaking {dossier.Noun}{when}."));
        yield return new Paragraph(first, counter.Next());

        var parent = dossier.Parent is { } p ? $" for submission to the {p.FullName}" : "";
        yield return new Paragraph([new Text(
            $"As the workplan provides, the {group} will take up at that {dossier.Noun} all the preliminary conclusions and recommendations accumulated "
            + $"under the workplan and consolidate them into one list of adopted conclusions and recommendations{parent}. "
            + "Beforehand, the compiled texts are to be circulated to all Member States, observers and other stakeholders for comment, "
            + "and the comments received are to be posted online for the consideration of delegations.")], counter.Next());
    }

    /// <summary>(a) to (z), then (aa), (bb) ...: the labels of subparagraphs.</summary>
    public static string Letter(int index) =>
        new((char)('a' + index % 26), index / 26 + 1);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
