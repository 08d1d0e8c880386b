using Plenary.Application.Recommendations.Similarity;

namespace Plenary.UnitTests.Recommendations.Similarity;

public class SimilarityAssistantTests
{
    private static readonly SimilarityAssistant Assistant = new();

    private static List<SimilarityText> Texts(params string[] texts) =>
        texts.Select((t, i) => new SimilarityText($"2020/IC/{i + 1}", t)).ToList();

    private static readonly string[] Corpus =
    [
        "Member States should designate 24/7 points of contact for urgent requests in cybercrime investigations.",
        "The Expert Group recommends that States establish round-the-clock contact points to answer urgent requests concerning cybercrime.",
        "States should criminalize the non-consensual sharing of intimate images.",
        "UNODC should continue to provide technical assistance to developing countries.",
        "Member States should raise public awareness of online fraud through campaigns.",
        "Member States should train judges and prosecutors in handling electronic evidence.",
    ];

    [Fact]
    public void Similarities_OfATextWithItself_IsOne_AndOfTextsWithNoTermInCommon_IsZero()
    {
        var s = Assistant.Similarities(Corpus);
        Assert.Equal(1, s[2, 2], 6);
        Assert.Equal(0, s[2, 3], 6);
        Assert.Equal(s[0, 1], s[1, 0], 6);
    }

    [Fact]
    public void Similarities_AreRaisedBySynonymsOfTheRegister()
    {
        var withSynonyms = Assistant.Similarities(Corpus)[0, 1];
        var stemsOnly = new SimilarityAssistant(new SimilarityOptions { UseSynonyms = false }).Similarities(Corpus)[0, 1];
        Assert.True(withSynonyms > stemsOnly + 0.1, $"{withSynonyms:0.000} with synonyms against {stemsOnly:0.000} without");
    }

    [Fact]
    public void Similarities_IgnoreHowTheSuggestionIsFramed()
    {
        var s = Assistant.Similarities([
            "Member States should strengthen the capacity of law enforcement to trace cryptocurrency transactions.",
            "The Expert Group recommends that States are encouraged to strengthen, as appropriate, the capacity of law enforcement to trace cryptocurrency transactions.",
            "States should protect victims of online fraud.",
        ]);
        Assert.Equal(1, s[0, 1], 5);
    }

    [Fact]
    public void Propose_GroupsParaphrasesAndLeavesUnrelatedTextsOut()
    {
        var group = Assert.Single(Assistant.Propose(Texts(Corpus)));
        Assert.Equal(["2020/IC/1", "2020/IC/2"], group.Members.Select(m => m.Id));
        Assert.InRange(group.Score, SimilarityOptions.CalibratedThreshold, 1);
    }

    [Fact]
    public void Propose_GivesTheScoreAsTheMeanOverPairs_AndEachMembersCohesion()
    {
        var texts = Texts(
            "Member States should criminalize illegal access to computer systems.",
            "States should criminalize illegal access to computer systems and data interference.",
            "The Expert Group recommends criminalizing illegal access to computer systems and interference with data.");
        var s = Assistant.Similarities(texts.Select(t => t.Text).ToList());
        var group = Assert.Single(Assistant.Propose(texts));
        Assert.Equal((s[0, 1] + s[0, 2] + s[1, 2]) / 3, group.Score, 6);
        Assert.Equal((s[0, 1] + s[0, 2]) / 2, group.Members[0].Cohesion, 6);
        Assert.Equal((s[0, 2] + s[1, 2]) / 2, group.Members[2].Cohesion, 6);
    }

    [Fact]
    public void Propose_ListsTheStrongestGroupFirst()
    {
        var proposals = Assistant.Propose(Texts(
            "States should protect victims of cybercrime and inform them of the proceedings.",
            "Member States should support hotlines for reporting child sexual abuse material.",
            "States should protect the victims of cybercrime and keep them informed of the criminal proceedings.",
            "Member States should support hotlines through which the public reports child sexual abuse material."));
        Assert.Equal(2, proposals.Count);
        Assert.True(proposals[0].Score >= proposals[1].Score);
    }

    [Fact]
    public void Propose_PutsTextsWithTheSameTermsTogether_ButNeverTextsWithoutTerms()
    {
        var proposals = Assistant.Propose(Texts(
            "Member States should criminalize ransomware.",
            "The Expert Group recommends that States criminalize ransomware, as appropriate.",
            "Member States should consider it.",
            "States may wish to consider it."));
        var group = Assert.Single(proposals);
        Assert.Equal(["2020/IC/1", "2020/IC/2"], group.Members.Select(m => m.Id));
        Assert.Equal(1, group.Score, 6);
    }

    [Fact]
    public void Propose_WithAverageLinkage_DoesNotChainTextsThatOnlyResembleAMiddleOne()
    {
        // A and C each resemble B on a different half of it, and not each other.
        var texts = Texts(
            "Member States should criminalize ransomware attacks against hospitals.",
            "Member States should criminalize ransomware attacks against hospitals and provide victims of online fraud with support services.",
            "Member States should provide victims of online fraud with support services.");
        var s = Assistant.Similarities(texts.Select(t => t.Text).ToList());
        var threshold = Math.Min(s[0, 1], s[1, 2]) - 0.01;
        Assert.True(s[0, 2] < 0.05 && threshold > 0.3, $"A–B {s[0, 1]:0.00}, B–C {s[1, 2]:0.00}, A–C {s[0, 2]:0.00}");

        var chained = new SimilarityAssistant(new SimilarityOptions { Threshold = threshold, Grouping = GroupingMethod.ConnectedComponents }).Propose(texts);
        Assert.Equal(3, Assert.Single(chained).Members.Count);

        var averaged = new SimilarityAssistant(new SimilarityOptions { Threshold = threshold }).Propose(texts);
        Assert.Equal(2, Assert.Single(averaged).Members.Count);
    }

    [Fact]
    public void Propose_OfNoTextOrOneText_ProposesNothing()
    {
        Assert.Empty(Assistant.Propose([]));
        Assert.Empty(Assistant.Propose(Texts(Corpus[0])));
    }

    [Fact]
    public void Propose_RefusesAnIdentifierGivenTwice_NamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Assistant.Propose([new("2019/LE/3", Corpus[0]), new("2019/LE/3", Corpus[1])]));
        Assert.Contains("'2019/LE/3' is given twice", e.Message);
    }

    [Fact]
    public void Propose_RefusesABlankIdentifier() =>
        Assert.Contains("Text 2 has no identifier", Assert.Throws<ArgumentException>(() => Assistant.Propose([new("a", Corpus[0]), new(" ", Corpus[1])])).Message);

    [Theory]
    [InlineData(0), InlineData(1.5), InlineData(double.NaN)]
    public void Options_RefuseAThresholdOutsideZeroToOne(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimilarityAssistant(new SimilarityOptions { Threshold = threshold }));
}
