using Plenary.Domain.Editorial;
using Plenary.Domain.Participation;

namespace Plenary.UnitTests.Editorial;

public sealed class ParticipationTextTests
{
    [Fact]
    public void Attendance_CountsStates_AndNamesOrganizationCategories_AsTheSeedReportDoes()
    {
        var text = ParticipationText.Attendance("meeting", new Dictionary<ParticipantCategory, int>
        {
            [ParticipantCategory.MemberState] = 94,
            [ParticipantCategory.ObserverState] = 1,
            [ParticipantCategory.Institute] = 1,
            [ParticipantCategory.IntergovernmentalOrganization] = 4,
            [ParticipantCategory.PrivateSector] = 3,
        });

        Assert.Equal("The meeting was attended by representatives of 94 Member States, an observer State, an institute of the United Nations crime prevention and criminal justice programme network, intergovernmental organizations and the private sector.", text);
    }

    [Fact]
    public void Attendance_FollowsTheBodysWord_AndWritesSmallCountsInWords()
    {
        var text = ParticipationText.Attendance("session", new Dictionary<ParticipantCategory, int> { [ParticipantCategory.MemberState] = 7, [ParticipantCategory.ObserverState] = 2 });

        Assert.Equal("The session was attended by representatives of seven Member States and two observer States.", text);
        Assert.Null(ParticipationText.Attendance("session", new Dictionary<ParticipantCategory, int>()));
    }

    private static StatementFact S(string code, string? behalf = null, bool reply = false) =>
        new(true, code, StateRegister.FindByCode(code)!.Category, behalf, reply);

    [Fact]
    public void Statements_ListMemberStatesInTheUnitedNationsOrder_AndObserversOrganizationsAndRepliesInSentencesOfTheirOwn()
    {
        var sentences = ParticipationText.Statements(
        [
            S("USA"), S("ARG"), S("IRN"), S("ARG"), S("NGA", "the Group of African States"), S("PSE"), S("CHL", reply: true),
            new StatementFact(false, "Council of Europe", ParticipantCategory.IntergovernmentalOrganization, null, false),
        ], ParticipantWords.Experts);

        Assert.Equal(
        [
            "Statements were made by experts from the following Member States: Argentina, Iran (Islamic Republic of), Nigeria and United States of America.",
            "The expert from Nigeria made a statement on behalf of the Group of African States.",
            "A statement was also made by the observer for the State of Palestine.",
            "A statement was also made by the representative of the Council of Europe.",
            "A statement in exercise of the right of reply was made by the expert from Chile.",
        ], sentences);
    }

    [Fact]
    public void Statements_ByRepresentatives_OfOneMemberState()
    {
        Assert.Equal(["A statement was made by the representative of the Russian Federation."],
            ParticipationText.Statements([S("RUS")], ParticipantWords.Representatives));
        Assert.Empty(ParticipationText.Statements([], ParticipantWords.Representatives));
    }

    [Theory]
    [InlineData("Council of Europe", "the Council of Europe")]
    [InlineData("European Union", "the European Union")]
    [InlineData("INTERPOL", "INTERPOL")]
    [InlineData("Microsoft", "Microsoft")]
    [InlineData("Basel Institute on Governance", "the Basel Institute on Governance")]
    public void AnOrganizationsName_TakesTheArticleWhenItDescribesAnInstitution(string name, string inText) =>
        Assert.Equal(inText, ParticipationText.WithArticle(name));

    [Fact]
    public void Panel_NamesOnePanellist_OrListsSeveral()
    {
        Assert.Equal("The discussion was facilitated by Mr. A (Estonia).", ParticipationText.Panel(["Mr. A (Estonia)"]));
        Assert.Equal("The discussion was facilitated by the following panellists: Mr. A (Estonia), Ms. B (China) and Dr. C (Argentina).",
            ParticipationText.Panel(["Mr. A (Estonia)", "Ms. B (China)", "Dr. C (Argentina)"]));
        Assert.Null(ParticipationText.Panel([]));
    }
}
