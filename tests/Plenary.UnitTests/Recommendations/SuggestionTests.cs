using Plenary.Domain.Recommendations;
using static Plenary.UnitTests.Recommendations.RecommendationFixtures;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Recommendations;

/// <summary>A delegate's suggestion: taken during the convening for a Member State, then accepted, merged or declined by the Rapporteur, once.</summary>
public sealed class SuggestionTests
{
    private static Suggestion Submit(DateTimeOffset? at = null, string state = "ZAF")
    {
        var (body, sixth, _) = ExpertGroup();
        return Suggestion.Submit(body, sixth, state, "Prevention", "3", TextKind.Recommendation, "States should run awareness campaigns.", "Ms. Delegate", at ?? During2020);
    }

    [Fact]
    public void ASuggestion_IsPending_ForItsState()
    {
        var s = Submit();

        Assert.Equal((SuggestionStatus.Pending, "ZAF", "3"), (s.Status, s.State, s.AgendaItem));
    }

    [Fact]
    public void ASuggestion_IsTakenOnlyDuringTheConvening_NamingItsDates()
    {
        Refused(() => Submit(new DateTimeOffset(2020, 8, 3, 9, 0, 0, TimeSpan.Zero)), "suggestion.closed", "from 27 to 29 July 2020");
        Assert.Equal(SuggestionStatus.Pending, Submit(new DateTimeOffset(2020, 7, 26, 23, 30, 0, TimeSpan.Zero)).Status); // 27 July east of UTC
    }

    [Fact]
    public void APostponedConvening_TakesNoSuggestion()
    {
        var (body, sixth, _) = ExpertGroup();
        sixth.MarkPostponed();

        Refused(() => Suggestion.Submit(body, sixth, "ZAF", "Prevention", null, TextKind.Recommendation, "A.", "Ms. Delegate", During2020), "suggestion.meeting", "is postponed");
    }

    [Fact]
    public void AnObserverState_DoesNotSuggest() =>
        Refused(() => Submit(state: "VAT"), "suggestion.state", "observer State");

    [Fact]
    public void Accepting_NamesTheTextItBecame_AndOnlyOnce()
    {
        var (body, sixth, _) = ExpertGroup();
        var s = Suggestion.Submit(body, sixth, "ZAF", "Prevention", null, TextKind.Recommendation, "A.", "Ms. Delegate", During2020);
        var text = PreliminaryText.Record(body, sixth, s.Topic, null, s.Kind, "A, as edited.", ["ZAF"], 4, During2020);

        s.Accept(text, "Rapporteur", During2020);

        Assert.Equal((SuggestionStatus.Accepted, "2020/PR/4"), (s.Status, s.Result));
        Assert.Equal("A.", s.Text);
        Refused(() => s.Decline("No.", "Rapporteur", During2020), "suggestion.decided", "already accepted as 2020/PR/4");
    }

    [Fact]
    public void Accepting_AsATextThatDoesNotNameTheDelegationsState_IsRefused()
    {
        var (body, sixth, _) = ExpertGroup();
        var s = Suggestion.Submit(body, sixth, "ZAF", "Prevention", null, TextKind.Recommendation, "A.", "Ms. Delegate", During2020);
        var text = PreliminaryText.Record(body, sixth, s.Topic, null, s.Kind, "A.", ["BRA"], 1, During2020);

        Refused(() => s.Accept(text, "Rapporteur", During2020), "suggestion.accept", "South Africa");
    }

    [Fact]
    public void Merging_AddsTheStateToTheListedText_AndMayAmendItsWording()
    {
        var (body, sixth, _) = ExpertGroup();
        var s = Suggestion.Submit(body, sixth, "ZAF", "Prevention", null, TextKind.Recommendation, "A.", "Ms. Delegate", During2020);
        var text = PreliminaryText.Record(body, sixth, "Prevention", null, TextKind.Recommendation, "B.", ["BRA"], 1, During2020);

        s.MergeInto(text, "B, with A.", "Rapporteur", During2020);

        Assert.Equal(["BRA", "ZAF"], text.SuggestedBy);
        Assert.Equal("B, with A.", text.Text);
        Assert.Equal((SuggestionStatus.Merged, "2020/PR/1"), (s.Status, s.Result));
    }

    [Fact]
    public void Declining_NeedsAReason() =>
        Refused(() => Submit().Decline("", "Rapporteur", During2020), "suggestion.reason", "reason for declining");
}
