using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;

namespace Plenary.UnitTests.Agenda;

/// <summary>The role an item's title suggests, for input that gives none; and roles kept by edits.</summary>
public sealed class AgendaItemRoleTests
{
    [Theory]
    [InlineData("Organizational matters", AgendaItemRole.Organizational)]
    [InlineData("Opening of the meeting", AgendaItemRole.Opening)]
    [InlineData("Opening of the session.", AgendaItemRole.Opening)]
    [InlineData("Election of officers", AgendaItemRole.ElectionOfOfficers)]
    [InlineData("Adoption of the agenda", AgendaItemRole.AdoptionOfAgenda)]
    [InlineData("Adoption of the agenda and organization of work", AgendaItemRole.AdoptionOfAgenda)]
    [InlineData("Other matters", AgendaItemRole.OtherMatters)]
    [InlineData("Adoption of the report", AgendaItemRole.AdoptionOfReport)]
    [InlineData("Adoption of the report on the third session", AgendaItemRole.AdoptionOfReport)]
    [InlineData("Closure of the session", AgendaItemRole.Closure)]
    [InlineData("International cooperation", AgendaItemRole.Substantive)]
    [InlineData("Consideration of the draft text of the convention", AgendaItemRole.Substantive)]
    public void ATitle_SuggestsItsRole(string title, AgendaItemRole role) =>
        Assert.Equal(role, AgendaItemRoles.Infer(title));

    [Fact]
    public void AnItemAddedWithARole_KeepsIt_WhateverItsTitle_AndAnEditWithoutARoleKeepsItToo()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), 3, "New York", DateRange.Create(new(2022, 8, 29), new(2022, 9, 9)), MeetingFormat.InPerson);

        var item = meeting.AddAgendaItem("Conclusion of the work of the session", null, null, role: AgendaItemRole.Closure);
        meeting.EditAgendaItem(item.Number, "Closing of the third session", null, null);

        Assert.Equal(AgendaItemRole.Closure, meeting.AgendaItem(item.Number).Role);
        meeting.EditAgendaItem(item.Number, "Closing of the third session", null, null, AgendaItemRole.OtherMatters);
        Assert.Equal(AgendaItemRole.OtherMatters, meeting.AgendaItem(item.Number).Role);
    }
}
