using Plenary.Domain.Recommendations;
using static Plenary.UnitTests.Recommendations.RecommendationFixtures;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Recommendations;

/// <summary>The Rapporteur's list: topics from the workplan, identifiers given once, the rules of amending, merging and removing.</summary>
public sealed class PreliminaryTextTests
{
    private static PreliminaryText Record(string topic = "International cooperation", int number = 1, string[]? states = null, string? item = "2", string text = "States should designate 24/7 points of contact.")
    {
        var (body, sixth, _) = ExpertGroup();
        return PreliminaryText.Record(body, sixth, topic, item, TextKind.Recommendation, text, states ?? ["Brazil", "ARG"], number, During2020);
    }

    [Theory]
    [InlineData("International cooperation", "IC")]
    [InlineData("Prevention", "PR")]
    [InlineData("Law enforcement and investigations", "LEI")]
    [InlineData("Electronic evidence and criminal justice", "EECJ")]
    [InlineData("Legislation and frameworks", "LF")]
    [InlineData("Criminalization", "CR")]
    public void TopicCodes_AreTheInitialsOfTheWordsOfSubstance_OrTheFirstTwoLettersOfOneWord(string topic, string code)
    {
        var (body, _, _) = ExpertGroup();
        var codes = TopicCodes.Of(body.Workplans[0].PlannedMeetings.SelectMany(p => p.Topics));

        Assert.Equal(code, codes[topic]);
    }

    [Fact]
    public void TopicCodes_ThatWouldCollide_AreLengthenedForTheLaterTopic()
    {
        var codes = TopicCodes.Of(["International cooperation", "Information and communications", "Integrity checks"]);

        Assert.Equal("IC", codes["International cooperation"]);
        Assert.NotEqual("IC", codes["Information and communications"]);
        Assert.Equal(3, codes.Values.Distinct().Count());
    }

    [Fact]
    public void ARecordedText_TakesItsIdentifierFromTheYearTheTopicCodeAndTheNumber_AndNamesItsStatesInUnOrder()
    {
        var text = Record(number: 12);

        Assert.Equal("2020/IC/12", text.Identifier);
        Assert.Equal(["ARG", "BRA"], text.SuggestedBy);
        Assert.Equal("2", text.AgendaItem);
        Assert.Equal(PreliminaryStatus.Listed, text.Status);
    }

    [Fact]
    public void ATopic_IsOneOfTheWorkplans_NamedByItsWordingOrItsCode()
    {
        Assert.Equal("Prevention", Record("pr").Topic);
        Refused(() => Record("Cybersecurity"), "preliminary.topic", "is not a topic of the workplan");
    }

    [Fact]
    public void AConveningWhoseWorkplanDoesNotProvideForALists_HasNone()
    {
        var (body, sixth, _) = ExpertGroup();
        body.Workplans[0].ProvideForPreliminaryConclusions(false);

        Refused(() => PreliminaryText.Record(body, sixth, "IC", null, TextKind.Recommendation, "A text.", ["BRA"], 1, During2020),
            "preliminary.workplan", "provides for lists of preliminary conclusions");
    }

    [Fact]
    public void TheStocktakingConvening_RecordsNoPreliminaryText()
    {
        var (body, _, seventh) = ExpertGroup();

        Refused(() => PreliminaryText.Record(body, seventh, "IC", null, TextKind.Recommendation, "A text.", ["BRA"], 1, During2020),
            "preliminary.stocktaking", "The seventh meeting is the stocktaking convening");
    }

    [Fact]
    public void SuggestingStates_AreMemberStatesOfTheRegister_AtLeastOne()
    {
        Refused(() => Record(states: []), "preliminary.suggested_by", "at least one Member State");
        Refused(() => Record(states: ["Atlantis"]), "preliminary.suggested_by", "'Atlantis' is not a State in the register");
        Refused(() => Record(states: ["Holy See"]), "preliminary.suggested_by", "is an observer State");
    }

    [Fact]
    public void TheAgendaItem_IsOneOfTheConveningsAgenda()
    {
        Refused(() => Record(item: "9"), "preliminary.agenda_item", "has no agenda item 9");
        Assert.Null(Record(item: null).AgendaItem);
    }

    [Fact]
    public void AnEmptyText_IsRefused() => Refused(() => Record(text: "  "), "preliminary.text", "The text is required");

    [Fact]
    public void AMergedText_KeepsItsIdentifier_PointsAtTheOther_AndGivesItItsStates()
    {
        var (body, sixth, _) = ExpertGroup();
        var first = PreliminaryText.Record(body, sixth, "IC", null, TextKind.Recommendation, "A.", ["BRA"], 1, During2020);
        var second = PreliminaryText.Record(body, sixth, "IC", null, TextKind.Recommendation, "A again.", ["NGA"], 2, During2020);

        second.MergeInto(first);

        Assert.Equal(("2020/IC/2", PreliminaryStatus.Merged, "2020/IC/1"), (second.Identifier, second.Status, second.MergedInto));
        Assert.Equal(["BRA", "NGA"], first.SuggestedBy);
        Refused(() => second.Amend(sixth, null, TextKind.Recommendation, "B.", ["BRA"]), "preliminary.status", "has left the list");
        Refused(() => first.MergeInto(first), "preliminary.merge", "into itself");
    }

    [Fact]
    public void ARemovedText_NeedsAReason_AndCannotBeRemovedTwice()
    {
        var text = Record();
        Refused(() => text.Remove(" "), "preliminary.reason", "reason for removing");

        text.Remove("Withdrawn by its sponsors.");

        Assert.Equal(PreliminaryStatus.Removed, text.Status);
        Refused(() => text.Remove("Again."), "preliminary.status", "has left the list");
    }

    [Fact]
    public void ATextOfAnotherConvening_CannotTakeAMerge()
    {
        var (body, sixth, _) = ExpertGroup();
        var here = PreliminaryText.Record(body, sixth, "IC", null, TextKind.Recommendation, "A.", ["BRA"], 1, During2020);
        var fifth = Plenary.Domain.Meetings.Meeting.Schedule(body.Id, 5, "Vienna",
            Plenary.Domain.Meetings.DateRange.Create(new(2020, 3, 2), new(2020, 3, 4)), Plenary.Domain.Meetings.MeetingFormat.InPerson);
        var there = PreliminaryText.Record(body, fifth, "IC", null, TextKind.Recommendation, "B.", ["BRA"], 2, During2020);

        Refused(() => there.MergeInto(here), "preliminary.merge", "same convening's list");
    }

    [Theory]
    [InlineData("2020/IC/12", true)]
    [InlineData("2020/ic/12", true)]
    [InlineData("2020-IC-12", false)]
    [InlineData("20/IC/12", false)]
    [InlineData("2020/IC/0", false)]
    public void Identifiers_AreReadInTheirOneForm(string identifier, bool valid) =>
        Assert.Equal(valid, PreliminaryText.IsIdentifier(identifier));

    [Fact]
    public void ARestoredText_KeepsTheIdentifierItWasGiven_ButItsYearMustBeTheConvenings()
    {
        var (body, sixth, _) = ExpertGroup();

        var kept = PreliminaryText.Restore(body, sixth, "2020/ic/7", "International cooperation", null, TextKind.Conclusion, "A.", ["BRA"], During2020, "es");
        Assert.Equal(("2020/IC/7", "es"), (kept.Identifier, kept.Language));
        Refused(() => PreliminaryText.Restore(body, sixth, "2019/IC/7", "International cooperation", null, TextKind.Conclusion, "A.", ["BRA"], During2020, null),
            "preliminary.identifier", "carries the year 2019");
    }

    [Fact]
    public void ABodyThatHoldsSessions_ListsTextsUnderItsOwnTopics()
    {
        var (body, second) = Committee();

        var text = PreliminaryText.Record(body, second, "Capacity-building in small island developing States", null, TextKind.Conclusion,
            "Small island developing States need support to share coastal data.", ["FJI", "Samoa"], 1, new(2023, 5, 9, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("2023/CBSIDS/1", text.Identifier);
        Refused(() => PreliminaryText.Record(body, second, "International cooperation", null, TextKind.Conclusion, "A.", ["FJI"], 1, During2020),
            "preliminary.topic", "\u201cData sharing\u201d or \u201cCapacity-building in small island developing States\u201d");
    }
}
