using Plenary.Domain;
using Plenary.Domain.Meetings;

namespace Plenary.UnitTests.Agenda;

/// <summary>A panellist's State is picked from the register of States and shown by the name the United Nations uses.</summary>
public sealed class PanellistTests
{
    private static Domain.Agenda.AgendaItem AnItem()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), 3, "New York", DateRange.Create(new(2022, 8, 29), new(2022, 9, 9)), MeetingFormat.InPerson);
        return meeting.AddAgendaItem("Consideration of the revised text of the framework", null, null);
    }

    [Theory]
    [InlineData("EST", "Ms. Kadri Tamm (Estonia)")]
    [InlineData("Turkey", "Ms. Kadri Tamm (Türkiye)")]
    [InlineData("iran", "Ms. Kadri Tamm (Iran (Islamic Republic of))")]
    public void APanellistsState_GivenByCodeOrName_IsKeptByItsCode_AndShownByItsName(string given, string shown)
    {
        var item = AnItem();

        item.AddPanellist("Ms. Kadri Tamm", given, null);

        Assert.Equal(shown, item.Panellists[0].ToString());
        Assert.Equal(3, item.Panellists[0].State!.Length);
    }

    [Fact]
    public void APanellistsState_NotInTheRegister_IsRefused_NamingTheField()
    {
        var item = AnItem();

        var refusal = Assert.Throws<DomainException>(() => item.AddPanellist("Ms. Kadri Tamm", "XYZ", null));

        Assert.Equal("panellist.state", refusal.Code);
        Assert.Contains("'XYZ' is not a State in the register", refusal.Message);
        Assert.Empty(item.Panellists);
    }

    [Fact]
    public void APanellistFromAnOrganization_IsShownWithIt()
    {
        var item = AnItem();

        item.AddPanellist("Mr. Neil Walsh", null, "United Nations Office on Drugs and Crime");

        Assert.Equal("Mr. Neil Walsh (United Nations Office on Drugs and Crime)", item.Panellists[0].ToString());
    }
}
