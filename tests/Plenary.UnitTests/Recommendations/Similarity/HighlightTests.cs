using Plenary.Application.Recommendations.Similarity;

namespace Plenary.UnitTests.Recommendations.Similarity;

public class HighlightTests
{
    private static IReadOnlyList<GroupMember> Members(params string[] texts) =>
        Assert.Single(new SimilarityAssistant().Propose(texts.Select((t, i) => new SimilarityText(i.ToString(System.Globalization.CultureInfo.InvariantCulture), t)).ToList())).Members;

    [Fact]
    public void Shared_MarksTheWordsAndSynonymsThatAnotherMemberHas_WhereTheyStandInEachText()
    {
        string[] texts =
        [
            "Member States should make greater use of joint investigation teams in cross-border cybercrime cases.",
            "The Expert Group recommends that States form joint investigation teams when cybercrime affects several countries across borders.",
        ];
        var members = Members(texts);
        for (var m = 0; m < 2; m++)
            foreach (var span in members[m].Shared)
                Assert.Equal(span.Text, texts[m].Substring(span.Start, span.Length));
        Assert.Equal(["joint investigation teams in cross-border cybercrime"], members[0].Shared.Select(s => s.Text));
        Assert.Equal(["joint investigation teams", "cybercrime", "across borders"], members[1].Shared.Select(s => s.Text)); // "when" joins no phrase
    }

    [Fact]
    public void Shared_JoinsTermsAcrossStopWordsIntoOnePhrase_ButNotAcrossACommaOrAnUnsharedWord()
    {
        var members = Members(
            "States should accept requests for mutual legal assistance transmitted by electronic means, including email.",
            "Member States should accept mutual legal assistance requests transmitted electronically, including by email.");
        Assert.Equal(["accept requests for mutual legal assistance transmitted by electronic", "email"], members[0].Shared.Select(s => s.Text));
        Assert.Equal(["accept mutual legal assistance requests transmitted electronically", "email"], members[1].Shared.Select(s => s.Text));
    }

    [Fact]
    public void Shared_LeavesOutTheFrameOfTheRecommendation()
    {
        var members = Members(
            "Member States should criminalize the non-consensual sharing of intimate images.",
            "The Expert Group recommends that States criminalize the non-consensual sharing of intimate images.");
        Assert.All(members, m => Assert.Equal("criminalize the non-consensual sharing of intimate images", Assert.Single(m.Shared).Text));
    }
}
