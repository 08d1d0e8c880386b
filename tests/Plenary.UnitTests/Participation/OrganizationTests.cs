using Plenary.Domain;
using Plenary.Domain.Participation;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Participation;

public sealed class OrganizationTests
{
    [Fact]
    public void Add_KeepsTheNameAbbreviationAndCategory()
    {
        var o = Organization.Add("  International Criminal Police Organization ", "INTERPOL", ParticipantCategory.IntergovernmentalOrganization);
        Assert.Equal("International Criminal Police Organization", o.Name);
        Assert.Equal("INTERPOL", o.Abbreviation);
        Assert.Equal("International Criminal Police Organization (INTERPOL)", o.ToString());
        Assert.Equal(1, o.Version);
    }

    [Theory]
    [InlineData(ParticipantCategory.MemberState)]
    [InlineData(ParticipantCategory.ObserverState)]
    public void Categorize_AsAState_IsRefused(ParticipantCategory category) =>
        Refused(() => Organization.Add("Council of Europe", null, category), "organization.category", "a State is in the register of States");

    [Fact]
    public void Add_WithoutAName_IsRefused() =>
        Refused(() => Organization.Add(" ", "X", ParticipantCategory.Academia), "organization.name", "The organization's name is required");

    [Fact]
    public void Rename_FromAnOlderVersion_IsStale()
    {
        var o = Organization.Add("Council of Europe", null, ParticipantCategory.IntergovernmentalOrganization);
        o.BeginEdit(1);
        o.Rename("Council of Europe", "CoE");
        Assert.Equal(2, o.Version);
        Assert.Throws<StaleEditException>(() => o.BeginEdit(1));
    }

    [Fact]
    public void StartingList_HasFixedUniqueIds_AndTheProgrammeNetworkInstitutes()
    {
        var list = OrganizationRegister.StartingList();
        Assert.Equal(list.Count, list.Select(o => o.Id).Distinct().Count());
        Assert.Equal(list.Count, list.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(list.Select(o => o.Id), OrganizationRegister.StartingList().Select(o => o.Id));
        Assert.Contains(list, o => o.Name == "Council of Europe" && o.Category == ParticipantCategory.IntergovernmentalOrganization);
        Assert.Contains(list, o => o.Abbreviation == "INTERPOL");
        Assert.Contains(list, o => o.Abbreviation == "UNICRI" && o.Category == ParticipantCategory.Institute);
        Assert.True(list.Count(o => o.Category == ParticipantCategory.Institute) >= 15);
    }
}
