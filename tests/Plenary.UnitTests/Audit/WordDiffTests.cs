using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Application.Audit;

namespace Plenary.UnitTests.Audit;

public class WordDiffTests
{
    private static string Before(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text));
    private static string After(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text));

    private static string Show(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        DiffKind.Removed => $"[-{p.Text}-]",
        DiffKind.Added => $"{{+{p.Text}+}}",
        _ => p.Text,
    }));

    [Fact]
    public void TheSameText_IsOneKeptPiece() =>
        Assert.Equal([new DiffPiece(DiffKind.Same, "The Expert Group may wish to take note.")],
            WordDiff.Compare("The Expert Group may wish to take note.", "The Expert Group may wish to take note."));

    [Fact]
    public void OneWordChanged_IsRemovedThenAdded_BetweenTheWordsKept() =>
        Assert.Equal("The Expert Group may wish to [-adopt-]{+consider+} the report.",
            Show(WordDiff.Compare("The Expert Group may wish to adopt the report.", "The Expert Group may wish to consider the report.")));

    [Fact]
    public void SeveralNeighbouringWordsChanged_ReadAsOneChange() =>
        Assert.Equal("The [-quick brown-]{+slow red+} fox",
            Show(WordDiff.Compare("The quick brown fox", "The slow red fox")));

    [Fact]
    public void WordsAddedAndRemovedInPlaces_AreEachMarkedWhereTheyAre() =>
        Assert.Equal("Under agenda item 3, the {+Expert +}Group may wish to [-note the report-]{+take note+} of the [-Secretariat-]{+report+}.",
            Show(WordDiff.Compare("Under agenda item 3, the Group may wish to note the report of the Secretariat.",
                "Under agenda item 3, the Expert Group may wish to take note of the report.")));

    [Fact]
    public void AnEmptyTextBefore_IsAllAdded() =>
        Assert.Equal("{+A new annotation.+}", Show(WordDiff.Compare("", "A new annotation.")));

    [Fact]
    public void TwoLongTextsThatDifferThroughout_AreShownReplacedWhole_BeyondTheLimit()
    {
        var before = string.Join(' ', Enumerable.Range(0, 1200).Select(i => $"a{i}"));
        var after = string.Join(' ', Enumerable.Range(0, 1200).Select(i => $"b{i}"));

        var pieces = WordDiff.Compare("Same start " + before + " same end", "Same start " + after + " same end");

        Assert.Equal("Same start ", pieces[0].Text);
        Assert.Equal(" same end", pieces[^1].Text);
        Assert.Equal([DiffKind.Same, DiffKind.Removed, DiffKind.Added, DiffKind.Same], pieces.Select(p => p.Kind));
    }

    private static Gen<string> Text =>
        Gen.Choose(0, 25).SelectMany(n => Gen.ArrayOf(Gen.Elements("the", "Group", "may", "wish", "to", "note", "report", "3,", " ", " ", "\n", "  "), n))
            .Select(string.Concat);

    [Property]
    public Property ThePiecesGiveBackBothTexts() =>
        Prop.ForAll(Text.ToArbitrary(), Text.ToArbitrary(), (before, after) =>
        {
            var pieces = WordDiff.Compare(before, after);
            return Before(pieces) == before && After(pieces) == after;
        });

    [Property]
    public Property NoTwoNeighbouringPieces_AreOfTheSameKind() =>
        Prop.ForAll(Text.ToArbitrary(), Text.ToArbitrary(), (before, after) =>
        {
            var pieces = WordDiff.Compare(before, after);
            return pieces.Zip(pieces.Skip(1)).All(p => p.First.Kind != p.Second.Kind);
        });
}
