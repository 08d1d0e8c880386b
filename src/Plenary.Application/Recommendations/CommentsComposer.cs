using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Domain.Editorial;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// All posted comments of a round as one document for delegations, issued as an addendum to the compilation they comment on
/// (UNODC/CCPCJ/EG.4/2021/CRP.1/Add.1): a short introduction stating the round's audience and deadline, the comments on the
/// compilation as a whole, then those on each text in the compilation's order, and an annex of who commented on what. Comments are
/// reproduced as received; only posted comments appear. Sentences name no particular body or convening.
/// </summary>
public static class CommentsComposer
{
    public static OfficialDocument Compose(CommentRoundView round, DateOnly dateOfIssue)
    {
        var posted = round.Posted.ToList();
        var counter = new ParagraphCounter();
        var blocks = new List<Block>
        {
            new Heading(1, "I.", "Introduction"),
            new Paragraph([new Text("The Secretariat circulated the compilation of preliminary conclusions and recommendations ("), HistoryText.SymbolLink(round.CompilationSymbol, round.CompilationSymbol),
                new Text($") to {round.AudienceText} for comment, and invited comments by {round.Deadline}. "
                    + $"The compilation is before the {round.BodyShortName} at its stocktaking {round.Noun}.")], counter.Next()),
            new Paragraph([new Text(posted.Count == 0
                ? "No comment has been posted."
                : $"The present addendum reproduces {(posted.Count == 1 ? "the one comment" : $"the {Numbers.Cardinal(posted.Count)} comments")} posted, "
                  + "first those on the compilation as a whole and then those on individual texts, in the order of the compilation and under the identifier of each text. "
                  + "The comments are reproduced as received and have not been formally edited.")], counter.Next()),
        };

        var general = posted.Where(c => c.Item is null).ToList();
        var onItems = posted.Where(c => c.Item is not null).ToList();
        var chapter = 1;
        if (general.Count > 0)
        {
            blocks.Add(new Heading(1, Roman(++chapter), "Comments on the compilation as a whole"));
            foreach (var c in general) blocks.AddRange(Comment(c));
        }
        if (onItems.Count > 0)
        {
            blocks.Add(new Heading(1, Roman(++chapter), "Comments on individual texts"));
            var order = round.Items.Select(i => i.Identifier).ToList();
            foreach (var item in onItems.GroupBy(c => c.Item!).OrderBy(g => order.IndexOf(g.Key)))
            {
                var text = round.Items.FirstOrDefault(i => i.Identifier == item.Key);
                blocks.Add(new Heading(2, null, text is null ? item.Key : $"{item.Key} ({Capital(TextKinds.Word(text.Kind))}, {text.Topic})"));
                if (text is not null) blocks.Add(new Paragraph([new Text(text.Text, Italic: true)], Style: ParagraphStyle.Note));
                foreach (var c in item) blocks.AddRange(Comment(c));
            }
        }

        var annexes = new List<Annex>();
        if (posted.Count > 0)
            annexes.Add(new Annex("Annex", "Comments by delegation and organization", [new Table(["Commented by", "Comments on"],
                posted.GroupBy(c => c.CommenterName).OrderBy(g => g.First().CommenterKind).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new TableRow([new TableCell([new Text(g.Key)]),
                        new TableCell([new Text(Lists.Join(g.Select(c => c.Item ?? "the compilation as a whole").Distinct().ToList()))])])).ToList(),
                [40, 60])]));

        var masthead = new Masthead($"{round.CompilationSymbol}/Add.{round.Addendum}", "General", Dates.Day(dateOfIssue),
            CompilationComposer.AllLanguages, round.BodyName, round.MastheadLine, ConveningLine: round.ConveningLine);
        return new OfficialDocument(masthead, $"Comments received on the compilation of preliminary conclusions and recommendations",
            "Note by the Secretariat", blocks, annexes, []);
    }

    private static IEnumerable<Block> Comment(CommentView c)
    {
        yield return new Paragraph([new Text(c.CommenterName, Bold: true)], Style: ParagraphStyle.Label);
        foreach (var part in c.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return new Paragraph([new Text(part.Replace('\n', ' '))]);
        if (c.Attachment is { } a)
            yield return new Paragraph([new Text($"A file accompanied the comment ({a.FileName}); it is posted with the comment online.", Italic: true)], Style: ParagraphStyle.Note);
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Roman(int n) => n switch { 1 => "I.", 2 => "II.", 3 => "III.", _ => "IV." };
}
