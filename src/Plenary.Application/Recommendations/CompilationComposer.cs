using System.Globalization;
using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Domain;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// The compilation of all preliminary conclusions and recommendations of a workplan's period, issued as a conference room
/// paper of the stocktaking convening (issue 9, item 2): an introduction generated from the workplan, then every listed
/// text by convening and by topic, each with its identifier, its kind and the Member States that suggested it. Texts keep
/// the language they were suggested in; when they came in several, the masthead reads "Original: all languages".
/// Sentences name no particular body, topic or convening.
/// </summary>
public static class CompilationComposer
{
    public const string TitleStart = "Compilation of all preliminary conclusions and recommendations";

    /// <summary>What the masthead says when the texts came in several languages.</summary>
    public const string AllLanguages = "all languages";

    public static OfficialDocument Compose(MeetingDossier dossier, IssueDetails issue)
    {
        var (period, workplan) = Period(dossier);
        var counter = new ParagraphCounter();
        var group = dossier.Body.ShortName;
        var noun = dossier.Noun;
        var texts = Texts(dossier, period);
        var years = period.Select(m => m.StartDate.Year).Distinct().Order().Select(Year).ToList();

        var blocks = new List<Block> { new Heading(1, "I.", "Introduction") };
        var first = new List<Inline> { new Text($"Pursuant to the {Sentences.Continuing(workplan.Title)}") };
        if (workplan.Symbol is { } s) first.AddRange([new Text(" ("), HistoryText.SymbolLink(s, s), new Text(")")]);
        first.Add(new Text(period.Count == 0
            ? $", the Rapporteur is to prepare, at each {noun} the workplan covers, a list of the preliminary conclusions and recommendations suggested by Member States."
            : $", the Rapporteur prepared at each of the {Numbers.Pluralize(noun)} of the {group} held in {Lists.Join(years)}, with the support of the Secretariat, "
              + "a list of the preliminary conclusions and recommendations suggested by Member States."));
        blocks.Add(new Paragraph(first, counter.Next()));
        var parent = dossier.Parent is { } p ? $" for submission to the {p.FullName}" : "";
        blocks.Add(new Paragraph([new Text(
            "The workplan provides that those texts are to be compiled and circulated to Member States, observers and other stakeholders for comment, "
            + $"and considered at the stocktaking {noun}, {dossier.The(dossier.Meeting)}, with a view to consolidating them into one list of adopted "
            + $"conclusions and recommendations{parent}.")], counter.Next()));
        blocks.Add(new Paragraph([new Text(texts.Count == 0
            ? $"No preliminary conclusion or recommendation has been listed at the {Numbers.Pluralize(noun)} the workplan covers."
            : $"The present conference room paper reproduces {(texts.Count == 1 ? "the one preliminary conclusion or recommendation" : $"the {Numbers.Cardinal(texts.Count)} preliminary conclusions and recommendations")} "
              + $"listed, by {noun} and by topic of the workplan, in the language in which each was suggested. Each text bears an identifier that does not change "
              + "and that is used to refer to it in comments and during the consolidation, and is followed by the Member States that suggested it. "
              + "The texts have not been formally edited.")], counter.Next()));

        if (texts.Count > 0)
        {
            blocks.Add(new Heading(1, "II.", "Preliminary conclusions and recommendations"));
            var order = workplan.PlannedMeetings.OrderBy(m => m.Position).SelectMany(m => m.Topics).Distinct().ToList();
            var section = 0;
            foreach (var meeting in period)
            {
                var own = texts.Where(t => t.MeetingNumber == meeting.Number).ToList();
                if (own.Count == 0) continue;
                blocks.Add(new Heading(2, $"{(char)('A' + section++)}.",
                    $"{Convenings.Heading(dossier.Body.Convenes, meeting)} ({meeting.Venue}, {Dates.RangeInText(meeting.StartDate, meeting.EndDate)})"));
                var number = 0;
                foreach (var topic in own.GroupBy(t => t.Topic).OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal))
                {
                    blocks.Add(new Heading(3, $"{++number}.", topic.Key));
                    blocks.Add(new Table(["Identifier", "Kind", "Text", "Suggested by"],
                        topic.OrderBy(t => t.Number).Select(Row).ToList(), [13, 14, 51, 22]));
                }
            }
        }

        var languages = texts.Select(t => t.Language).Distinct().ToList();
        var original = languages.Count > 1 ? AllLanguages : OfficialLanguage.Name(languages.SingleOrDefault() ?? issue.OriginalLanguage);
        return new OfficialDocument(Mastheads.For(dossier, issue) with { OriginalLanguage = original },
            Title(dossier), "Conference room paper prepared by the Secretariat", blocks, [], []);
    }

    /// <summary>"Compilation of all preliminary conclusions and recommendations suggested by Member States during the meetings of ... held in 2018, 2019 and 2020".</summary>
    public static string Title(MeetingDossier dossier)
    {
        var (period, _) = Period(dossier);
        var years = period.Select(m => m.StartDate.Year).Distinct().Order().Select(Year).ToList();
        var held = years.Count == 0 ? "" : $" held in {Lists.Join(years)}";
        return $"{TitleStart} suggested by Member States during the {Numbers.Pluralize(dossier.Noun)} of the {dossier.Body.FullName}{held}";
    }

    /// <summary>
    /// The convenings whose lists the stocktaking convening compiles: the earlier convenings in the period of the workplan
    /// that covers it and provides for lists. Refused for a convening that is not a stocktaking one, or that no such workplan covers.
    /// </summary>
    public static (IReadOnlyList<Meeting> Convenings, Domain.Bodies.Workplan Workplan) Period(MeetingDossier dossier)
    {
        var meeting = dossier.Meeting;
        if (!meeting.IsStocktaking)
            throw new DomainException("compilation.stocktaking",
                $"The compilation of preliminary conclusions and recommendations is issued for the stocktaking {dossier.Noun}; {dossier.The(meeting)} is not one.");
        var workplan = dossier.Body.Workplans.Where(w => w.PreliminaryConclusions && w.StartYear <= meeting.StartDate.Year && meeting.StartDate.Year <= w.EndYear)
            .OrderByDescending(w => w.StartYear).FirstOrDefault()
            ?? throw new DomainException("compilation.workplan",
                $"No workplan of the {dossier.Body.ShortName} covering {Year(meeting.StartDate.Year)} provides for lists of preliminary conclusions and recommendations, so there is nothing to compile.");
        var covered = dossier.EarlierMeetings
            .Where(m => !m.IsStocktaking && m.StartDate.Year >= workplan.StartYear && m.StartDate.Year <= workplan.EndYear)
            .OrderBy(m => m.StartDate).ToList();
        return (covered, workplan);
    }

    /// <summary>The texts the compilation reproduces, in its order: by convening as held, by topic as the workplan lists them, by number.</summary>
    public static IReadOnlyList<PreliminaryText> CompiledTexts(MeetingDossier dossier)
    {
        var (period, workplan) = Period(dossier);
        var order = workplan.PlannedMeetings.OrderBy(m => m.Position).SelectMany(m => m.Topics).Distinct().ToList();
        var texts = Texts(dossier, period);
        return period.SelectMany(m => texts.Where(t => t.MeetingNumber == m.Number)
                .OrderBy(t => order.IndexOf(t.Topic) is var i and >= 0 ? i : int.MaxValue).ThenBy(t => t.Topic, StringComparer.Ordinal).ThenBy(t => t.Number))
            .ToList();
    }

    private static List<PreliminaryText> Texts(MeetingDossier dossier, IReadOnlyList<Meeting> period)
    {
        var numbers = period.Select(m => m.Number).ToHashSet();
        return dossier.PreliminaryTexts.Where(t => t.Status == PreliminaryStatus.Listed && numbers.Contains(t.MeetingNumber)).ToList();
    }

    private static TableRow Row(PreliminaryText text) => new(
    [
        new TableCell([new Text(text.Identifier, Bold: true)]),
        new TableCell([new Text(text.Kind == TextKind.Conclusion ? "Conclusion" : "Recommendation")]),
        new TableCell([new Text(text.Text)]),
        new TableCell([new Text(Lists.Join(text.SuggestedBy.Select(c => StateRegister.FindByCode(c)?.ShortName ?? c)))]),
    ]);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
