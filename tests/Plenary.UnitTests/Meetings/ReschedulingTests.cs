using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Meetings;

/// <summary>Moving and postponing a meeting keeps every part of it consistent with its dates.</summary>
public sealed class ReschedulingTests
{
    private static readonly DateOnly Start = new(2022, 4, 4);
    private static readonly DateOnly End = new(2022, 4, 8);

    private static Meeting NewMeeting() =>
        Meeting.Schedule(Guid.NewGuid(), 6, "Vienna", DateRange.Create(Start, End), MeetingFormat.InPerson);

    [Fact]
    public void Postpone_ToNewDates_ReturnsAnAdoptedAgendaToProvisional()
    {
        var meeting = NewMeeting();
        meeting.AddPlenaryMeeting(Start, new(10, 0), new(13, 0), ["en"]);
        meeting.AddAgendaItem("Opening of the meeting", null, null);
        meeting.AdoptAgenda(1);

        meeting.Postpone(new(2022, 3, 12), DateRange.Create(new(2022, 7, 25), new(2022, 7, 27)), "owing to the pandemic", "extended Bureau", DecisionMeans.SilenceProcedure);

        Assert.Equal(AgendaStatus.Provisional, meeting.AgendaStatus);
        Assert.Null(meeting.AgendaAdoptedAtPlenaryMeeting);
        Assert.Empty(meeting.PlenaryMeetings);
    }

    [Fact]
    public void ApprovingShorterDates_ThatLeaveANonWorkingDayOutside_IsRefused()
    {
        var meeting = NewMeeting();
        meeting.AddPlenaryMeeting(Start, new(10, 0), new(13, 0), ["en"]);
        meeting.PlanNonWorkingDay(End, "Public holiday");

        Refused(() => meeting.ApproveDates(Start, DateRange.Create(Start, Start.AddDays(1)), Authority.Secretariat, new Recorded("test", DateTimeOffset.UnixEpoch)),
            "meeting.dates", "the non-working day would fall on 8 April 2022");
    }

    [Fact]
    public void AddPlenaryMeeting_BeforeAnEarlierTimedSittingThatDay_IsRefusedEvenAfterAnUntimedOne()
    {
        var meeting = NewMeeting();
        meeting.AddPlenaryMeeting(Start, new(10, 0), new(13, 0), ["en"]);
        meeting.AddPlenaryMeeting(Start, null, null, ["en"]);

        Refused(() => meeting.AddPlenaryMeeting(Start, new(8, 0), new(9, 0), ["en"]), "plenary.order", "in date and time order");
    }

    [Fact]
    public void AdoptAgenda_Twice_IsRefused()
    {
        var meeting = NewMeeting();
        meeting.AddPlenaryMeeting(Start, new(10, 0), new(13, 0), ["en"]);
        meeting.AddPlenaryMeeting(Start, new(15, 0), new(18, 0), ["en"]);
        meeting.AddAgendaItem("Opening of the meeting", null, null);
        meeting.AdoptAgenda(1);

        Refused(() => meeting.AdoptAgenda(2), "agenda.adopted", "already adopted at plenary meeting 1");
    }

    [Fact]
    public void AddAgendaItem_A27thSubItemByNumber_SaysThereAreAlready26()
    {
        var meeting = NewMeeting();
        meeting.AddAgendaItem(AgendaItemNumber.Of(1), "Organizational matters", null, null);
        for (var c = 'a'; c <= 'z'; c++) meeting.AddAgendaItem(AgendaItemNumber.Of(1, c), $"Sub-item {c}", null, null);

        Refused(() => meeting.AddAgendaItem(AgendaItemNumber.Parse("1 (z)"), "One more", null, null), "agenda.number", "already has 26 sub-items");
    }

    [Theory]
    [InlineData("٢")]      // an Arabic-Indic digit: only 0-9 number agenda items
    [InlineData("1 (a")]   // an unbalanced bracket
    [InlineData("1a)")]
    public void ParseAgendaItemNumber_OutsideTheForms_IsRefusedAsARule(string text) =>
        Refused(() => AgendaItemNumber.Parse(text), "agenda.number", "is not an agenda item number");
}

/// <summary>Moving an agenda item renumbers the items between and keeps the organization of work pointing at the same items.</summary>
public sealed class MovingAgendaItemsTests
{
    private static Meeting MeetingWithFourItems()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(new(2021, 4, 6), new(2021, 4, 8)), MeetingFormat.Hybrid);
        meeting.AddPlenaryMeeting(new(2021, 4, 6), new(10, 0), new(13, 0), ["en"]);
        foreach (var title in new[] { "Organizational matters", "Consideration", "Future work", "Other matters" }) meeting.AddAgendaItem(title, null, null);
        meeting.AddAgendaItem("Opening of the meeting", null, null, parentItem: 1);
        meeting.PlanWork(1, Plenary.Domain.Agenda.AgendaItemNumber.Parse("2"), false);
        meeting.PlanWork(1, Plenary.Domain.Agenda.AgendaItemNumber.Parse("3"), false);
        return meeting;
    }

    [Fact]
    public void MoveAgendaItem_Up_RenumbersTheItemsBetweenAndTheirRows()
    {
        var meeting = MeetingWithFourItems();

        meeting.MoveAgendaItem(4, 2);

        Assert.Equal(["Organizational matters", "Opening of the meeting", "Other matters", "Consideration", "Future work"], meeting.AgendaInOrder.Select(i => i.Title));
        Assert.Equal(["3", "4"], meeting.OrganizationOfWork.Select(r => r.AgendaItem));
    }

    [Fact]
    public void MoveAgendaItem_CarriesItsSubItems()
    {
        var meeting = MeetingWithFourItems();

        meeting.MoveAgendaItem(1, 4);

        Assert.Equal("4 (a)", meeting.AgendaInOrder.Single(i => i.Title == "Opening of the meeting").Number.ToString());
        Assert.Equal(["1", "2"], meeting.OrganizationOfWork.Select(r => r.AgendaItem));
    }

    [Fact]
    public void MoveAgendaItem_OutsideTheAgenda_IsRefused() =>
        Refused(() => MeetingWithFourItems().MoveAgendaItem(2, 9), "agenda.number", "can move to a place from 1 to 4");

    [Fact]
    public void BeginEdit_FromAnOlderVersion_IsRefusedAndCountsNothing()
    {
        var meeting = MeetingWithFourItems();
        meeting.BeginEdit(1);

        var e = Assert.Throws<StaleEditException>(() => meeting.BeginEdit(1));
        Assert.Equal(2, e.CurrentVersion);
        Assert.Equal(2, meeting.Version);
    }
}
