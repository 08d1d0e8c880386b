using Plenary.Domain.Participation;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Participation;

public sealed class StateRegisterTests
{
    [Fact]
    public void Register_Holds193MemberStatesAndTwoObserverStates()
    {
        Assert.Equal(193, StateRegister.MemberStates.Count);
        Assert.Equal(["Holy See", "State of Palestine"], StateRegister.ObserverStates.Select(s => s.ShortName));
        Assert.Equal(195, StateRegister.All.Count);
        Assert.All(StateRegister.ObserverStates, s => Assert.Equal(ParticipantCategory.ObserverState, s.Category));
    }

    [Fact]
    public void EveryCode_IsThreeCapitalLetters_AndUnique_AndEveryNameFindsItsOwnState()
    {
        Assert.All(StateRegister.All, s => Assert.Same(s, StateRegister.Find(s.ShortName)));
        Assert.All(StateRegister.All, s => Assert.Same(s, StateRegister.Find(s.FormalName)));
        Assert.All(StateRegister.All, s => Assert.Matches("^[A-Z]{3}$", s.Code));
        Assert.Equal(StateRegister.All.Count, StateRegister.All.Select(s => s.Code).Distinct().Count());
        Assert.Equal(StateRegister.All.Count, StateRegister.All.Select(s => s.ShortName).Distinct().Count());
    }

    [Theory]
    [InlineData("IRN", "Iran (Islamic Republic of)", "the Islamic Republic of Iran")]
    [InlineData("TUR", "Türkiye", "the Republic of Türkiye")]
    [InlineData("CIV", "Côte d'Ivoire", "the Republic of Côte d'Ivoire")]
    [InlineData("BOL", "Bolivia (Plurinational State of)", "the Plurinational State of Bolivia")]
    [InlineData("GBR", "United Kingdom of Great Britain and Northern Ireland", "the United Kingdom of Great Britain and Northern Ireland")]
    [InlineData("NLD", "Netherlands (Kingdom of the)", "the Kingdom of the Netherlands")]
    [InlineData("CZE", "Czechia", "the Czech Republic")]
    [InlineData("MKD", "North Macedonia", "the Republic of North Macedonia")]
    [InlineData("SWZ", "Eswatini", "the Kingdom of Eswatini")]
    [InlineData("VNM", "Viet Nam", "the Socialist Republic of Viet Nam")]
    [InlineData("PRK", "Democratic People's Republic of Korea", "the Democratic People's Republic of Korea")]
    [InlineData("VAT", "Holy See", "the Holy See")]
    [InlineData("PSE", "State of Palestine", "the State of Palestine")]
    public void States_CarryTheNamesTheUnitedNationsUses(string code, string shortName, string formalName)
    {
        var state = StateRegister.FindByCode(code)!;
        Assert.Equal(shortName, state.ShortName);
        Assert.Equal(formalName, state.FormalName);
    }

    [Theory]
    [InlineData("Costa Rica", "Côte d'Ivoire", "Croatia")]
    [InlineData("Tunisia", "Türkiye", "Turkmenistan")]
    [InlineData("Denmark", "Djibouti", "Dominica")]
    [InlineData("Czechia", "Democratic People's Republic of Korea", "Democratic Republic of the Congo")]
    [InlineData("Qatar", "Republic of Korea", "Republic of Moldova")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania", "United States of America")]
    [InlineData("Kyrgyzstan", "Lao People's Democratic Republic", "Latvia")]
    [InlineData("Nepal", "Netherlands (Kingdom of the)", "New Zealand")]
    [InlineData("Vanuatu", "Venezuela (Bolivarian Republic of)", "Viet Nam")]
    public void States_StandInTheUnitedNationsAlphabeticalOrder(string before, string state, string after)
    {
        var order = StateRegister.All.Select(s => s.ShortName).ToList();
        Assert.Equal(order.IndexOf(state) - 1, order.IndexOf(before));
        Assert.Equal(order.IndexOf(state) + 1, order.IndexOf(after));
    }

    [Fact]
    public void MemberStates_RunFromAfghanistanToZimbabwe_NumberedInThatOrder()
    {
        Assert.Equal("Afghanistan", StateRegister.MemberStates[0].ShortName);
        Assert.Equal("Zimbabwe", StateRegister.MemberStates[^1].ShortName);
        Assert.Equal(Enumerable.Range(1, 195), StateRegister.All.Select(s => s.Order));
    }

    [Fact]
    public void RegionalGroups_HoldTheirMembers_WithTheExceptionsTheFileRecords()
    {
        int Count(RegionalGroup g) => StateRegister.MemberStates.Count(s => s.Group == g);
        Assert.Equal(54, Count(RegionalGroup.African));
        Assert.Equal(54, Count(RegionalGroup.AsiaPacific)); // Kiribati included
        Assert.Equal(23, Count(RegionalGroup.EasternEuropean));
        Assert.Equal(33, Count(RegionalGroup.LatinAmericanAndCaribbean));
        Assert.Equal(29, Count(RegionalGroup.WesternEuropeanAndOthers)); // the United States included
        Assert.Equal(RegionalGroup.AsiaPacific, StateRegister.FindByCode("KIR")!.Group);
        Assert.Equal(RegionalGroup.WesternEuropeanAndOthers, StateRegister.FindByCode("USA")!.Group);
        Assert.Equal(RegionalGroup.WesternEuropeanAndOthers, StateRegister.FindByCode("TUR")!.Group);
        Assert.Equal(RegionalGroup.AsiaPacific, StateRegister.FindByCode("PSE")!.Group);
        Assert.Null(StateRegister.FindByCode("VAT")!.Group);
    }

    [Theory]
    [InlineData("ZAF", "ZAF")]
    [InlineData("zaf", "ZAF")]
    [InlineData(" South Africa ", "ZAF")]
    [InlineData("the Republic of South Africa", "ZAF")]
    [InlineData("Turkiye", "TUR")]
    [InlineData("cote d’ivoire", "CIV")]
    [InlineData("Iran", "IRN")]
    [InlineData("the Islamic Republic of Iran", "IRN")]
    [InlineData("Bolivia", "BOL")]
    [InlineData("Congo", "COG")]
    [InlineData("Democratic Republic of the Congo", "COD")]
    [InlineData("holy see", "VAT")]
    [InlineData("United States", "USA")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Netherlands", "NLD")]
    public void Find_TakesACodeOrANameAsPeopleTypeThem(string typed, string code) =>
        Assert.Equal(code, StateRegister.Find(typed)?.Code);

    [Theory]
    [InlineData("XYZ")]
    [InlineData("Atlantis")]
    [InlineData("Korea")]
    public void Require_RefusesWhatIsNotAStateInTheRegister_SayingWhatToGive(string typed)
    {
        var e = Refused(() => StateRegister.Require(typed, "officer.state"), "officer.state", $"'{typed}' is not a State in the register");
        Assert.Contains("pick a Member State or observer State by name or by its three-letter code, such as ZAF for South Africa", e.Message);
    }

    [Fact]
    public void Require_OfNothing_SaysTheFieldIsRequired() =>
        Refused(() => StateRegister.Require("  ", "panellist.state", "The panellist's State"), "panellist.state", "The panellist's State is required");

    [Fact]
    public void NameOf_ShowsTheShortName_AndACodeTheRegisterLacksAsGiven()
    {
        Assert.Equal("South Africa", StateRegister.NameOf("ZAF"));
        Assert.Equal("XKX", StateRegister.NameOf("XKX"));
    }

    [Fact]
    public void NameInText_PutsTheArticleWhereTheNameTakesIt()
    {
        Assert.Equal("the Russian Federation", StateRegister.FindByCode("RUS")!.NameInText);
        Assert.Equal("the Niger", StateRegister.FindByCode("NER")!.NameInText);
        Assert.Equal("Nigeria", StateRegister.FindByCode("NGA")!.NameInText);
        Assert.Equal("Iran (Islamic Republic of)", StateRegister.FindByCode("IRN")!.NameInText);
    }

    [Fact]
    public void Search_FindsByNameOrCode_InAGroup_InTheUnitedNationsOrder()
    {
        Assert.Equal(["DOM"], StateRegister.Search("dominican").Select(s => s.Code));
        Assert.Equal(["COG", "COD"], StateRegister.Search("republic of the congo").Select(s => s.Code)); // formal and short names
        Assert.Equal(["ZAF"], StateRegister.Search("zaf").Select(s => s.Code));
        Assert.Equal(["GNQ", "GIN", "GNB", "PNG"], StateRegister.Search("guinea").Select(s => s.Code));
        Assert.Equal(["GIN", "GNB", "GNQ"], StateRegister.Search("guinea", RegionalGroup.African).Select(s => s.Code).Order());
        Assert.Equal(23, StateRegister.Search(null, RegionalGroup.EasternEuropean).Count);
    }

    [Theory]
    [InlineData("WEOG", RegionalGroup.WesternEuropeanAndOthers)]
    [InlineData("GRULAC", RegionalGroup.LatinAmericanAndCaribbean)]
    [InlineData("Asia-Pacific States", RegionalGroup.AsiaPacific)]
    [InlineData("asiaPacific", RegionalGroup.AsiaPacific)]
    [InlineData("Asia-Pacific", RegionalGroup.AsiaPacific)]
    [InlineData("African Group", RegionalGroup.African)]
    [InlineData("Group of Eastern European States", RegionalGroup.EasternEuropean)]
    [InlineData("Western European and other States", RegionalGroup.WesternEuropeanAndOthers)]
    public void RegionalGroups_AreReadAsPeopleWriteThem(string text, RegionalGroup group)
    {
        Assert.True(RegionalGroups.TryParse(text, out var read));
        Assert.Equal(group, read);
    }

    [Fact]
    public void RegionalGroups_RefuseAnUnknownGroup_ListingTheFive() =>
        Refused(() => RegionalGroups.Require("Nordic"), "regional_group",
            "'Nordic' is not a regional group; pick one of African States, Asia-Pacific States, Eastern European States, Latin American and Caribbean States or Western European and other States.");
}
