using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;
using Plenary.Domain.Editorial;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>
/// A snapshot of the agreed texts that the Secretariat published during the stocktaking convening, as a document for the room
/// and for online participants (issue 9, item 4): the status line ("Status: 7 April 2021, 6 p.m.") where a symbol would stand,
/// since such a working text is posted rather than issued under a symbol; an introduction saying what the texts are and that a
/// text agreed ad referendum may still change; then the texts by topic as consecutively numbered paragraphs, each with its
/// consolidated text number and state. A snapshot that a later one superseded says so. Sentences name no particular body or
/// convening.
/// </summary>
public static class AgreedSnapshotComposer
{
    public const string Title = "Conclusions and recommendations agreed so far";

    public static OfficialDocument Compose(ConsolidationView view, SnapshotView snapshot)
    {
        var group = view.BodyShortName;
        var counter = new ParagraphCounter();
        var texts = snapshot.Texts;
        var adopted = texts.Count(t => t.State == ConsolidatedState.Adopted);
        var adReferendum = texts.Count - adopted;
        var at = $"{Times.Time(snapshot.StatusTime)} on {Dates.Day(snapshot.StatusDate)}";
        var blocks = new List<Block>
        {
            new Heading(1, "I.", "Introduction"),
            new Paragraph([new Text($"The present document sets out the conclusions and recommendations that the {group} had agreed at its {view.ConveningName} "
                + $"as at {at}: {Counted(adopted, "adopted")}{(adopted > 0 && adReferendum > 0 ? " and " : "")}{Counted(adReferendum, "agreed ad referendum")}. "
                + $"The Secretariat publishes it so that delegations in the room and those following online work from the same texts.")], counter.Next()),
            new Paragraph([new Text($"A text agreed ad referendum may still change until the {group} adopts it. "
                + "Each text carries the number of the consolidated text under which it is negotiated.")], counter.Next()),
        };
        var latest = view.Snapshots.OrderByDescending(s => s.Number).FirstOrDefault();
        if (latest is not null && latest.Number != snapshot.Number)
            blocks.Add(new Paragraph([new Text($"This status has been superseded by the one published as at {Times.Time(latest.StatusTime)} on {Dates.Day(latest.StatusDate)}.", Bold: true)],
                counter.Next()));

        blocks.Add(new Heading(1, "II.", "Texts agreed"));
        var order = view.Topics.ToList();
        var section = 0;
        foreach (var topic in texts.GroupBy(t => t.Topic).OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            blocks.Add(new Heading(2, $"{Letter(section++)}.", topic.Key));
            foreach (var t in topic)
                blocks.Add(new Paragraph([new Text(t.Text), new Text($" (Consolidated text {t.Number}, {TextKinds.Word(t.Kind)}: {StateWords.Of(t.State)})", Italic: true)], counter.Next()));
        }

        var masthead = new Masthead(snapshot.Heading, "General", Dates.Day(snapshot.StatusDate), "English", view.BodyName, view.MastheadLine,
            ConveningLine: view.ConveningLine);
        return new OfficialDocument(masthead, Title, "Note by the Secretariat", blocks, [], []);
    }

    /// <summary>The file name of a snapshot's document: "agreed-texts-status-2.docx".</summary>
    public static string FileName(int snapshot, string extension) => $"agreed-texts-status-{snapshot}.{extension}";

    private static string Counted(int n, string state) => n switch
    {
        0 => "",
        1 => $"one text {state}",
        _ => $"{Numbers.Cardinal(n)} texts {state}",
    };

    private static string Letter(int i) => ((char)('A' + i % 26)).ToString();
}
