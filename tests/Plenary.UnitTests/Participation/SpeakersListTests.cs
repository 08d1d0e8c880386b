using Plenary.Domain;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Participation;

public sealed class SpeakersListTests
{
    private static readonly DateTimeOffset T0 = new(2021, 4, 6, 8, 0, 0, TimeSpan.Zero);

    private static Meeting Meeting()
    {
        var meeting = Plenary.Domain.Meetings.Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(new(2021, 4, 6), new(2021, 4, 8)), MeetingFormat.Hybrid);
        meeting.AddAgendaItem("Organizational matters", null, null);
        meeting.AddAgendaItem("International cooperation", null, null);
        meeting.AddAgendaItem("Prevention", null, null);
        meeting.SchedulePlenaryMeeting(new(2021, 4, 6), new(10, 0), new(13, 0), []);
        meeting.SchedulePlenaryMeeting(new(2021, 4, 6), new(15, 0), new(18, 0), []);
        return meeting;
    }

    private static (Meeting Meeting, SpeakersList List) Running()
    {
        var meeting = Meeting();
        var list = SpeakersList.Open(meeting);
        list.TakeUp(meeting, 1, AgendaItemNumber.Of(2));
        return (meeting, list);
    }

    private static Speaker State(SpeakersList list, Meeting meeting, string code, string? onBehalfOf = null, SpeakerKind kind = SpeakerKind.Statement, int minute = 0) =>
        list.Request(meeting, null, true, code, StateRegister.FindByCode(code)!.Category, onBehalfOf, kind, T0.AddMinutes(minute));

    private static Speaker Organization(SpeakersList list, Meeting meeting, string name, ParticipantCategory category) =>
        list.Request(meeting, null, false, name, category, null, SpeakerKind.Statement, T0);

    private static string[] Order(SpeakersList list) => list.Waiting("2").Select(s => s.Describe()).ToArray();

    [Fact]
    public void Requests_TakeTheProtocolOrder_GroupsFirst_ThenMemberStates_ObserverStates_Organizations_RepliesLast()
    {
        var (meeting, list) = Running();
        Organization(list, meeting, "International Criminal Police Organization", ParticipantCategory.IntergovernmentalOrganization);
        State(list, meeting, "VAT");
        State(list, meeting, "CHL", kind: SpeakerKind.RightOfReply);
        State(list, meeting, "BRA");
        Organization(list, meeting, "United Nations Office on Drugs and Crime", ParticipantCategory.UnitedNationsEntity);
        State(list, meeting, "ZAF");
        State(list, meeting, "NGA", "the Group of African States");

        Assert.Equal(["Nigeria (on behalf of the Group of African States)", "Brazil", "South Africa", "Holy See",
            "United Nations Office on Drugs and Crime", "International Criminal Police Organization", "Chile"], Order(list));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], list.Waiting("2").Select(s => s.Position));
    }

    [Fact]
    public void ARequest_AfterTheChairReordered_StillGoesAfterThoseOfItsRank()
    {
        var (meeting, list) = Running();
        State(list, meeting, "BRA");
        var zaf = State(list, meeting, "ZAF");
        State(list, meeting, "VAT");
        list.Move(zaf.Id, 1);

        State(list, meeting, "ARG");

        Assert.Equal(["South Africa", "Brazil", "Argentina", "Holy See"], Order(list));
    }

    [Fact]
    public void Next_GivesTheFloorInTurn_AndMarksEachStatementMade_WithItsPlenaryMeeting()
    {
        var (meeting, list) = Running();
        State(list, meeting, "BRA");
        State(list, meeting, "ZAF");

        Assert.Null(list.Next(T0));
        Assert.Equal("BRA", list.Current!.Participant);
        var made = list.Next(T0.AddMinutes(3));

        Assert.Equal(("BRA", 1, "2", SpeakerKind.Statement), (made!.Participant, made.PlenaryMeeting, made.Item, made.Kind));
        Assert.Equal("ZAF", list.Current!.Participant);
        Assert.Equal(TimeSpan.FromMinutes(3), list.Spoken("2").Single().Elapsed(T0.AddHours(1)));
        Assert.Empty(list.Waiting("2"));
        list.Finish(T0.AddMinutes(5));
        Refused(() => list.Next(T0.AddMinutes(6)), "speakers.none", "Nobody is waiting for the floor on item 2");
    }

    [Fact]
    public void TheClock_IsComputedFromStoredTimes_AndStopsWhilePaused()
    {
        var (meeting, list) = Running();
        State(list, meeting, "ZAF");
        list.Next(T0);

        list.PauseClock(T0.AddSeconds(40));
        var paused = list.Current!;
        Assert.Null(paused.FloorSince);
        Assert.Equal(TimeSpan.FromSeconds(40), paused.Elapsed(T0.AddMinutes(10)));
        list.ResumeClock(T0.AddMinutes(10));

        Assert.Equal(TimeSpan.FromSeconds(55), list.Current!.Elapsed(T0.AddMinutes(10).AddSeconds(15)));
        Refused(() => list.ResumeClock(T0), "speakers.clock", "already running");
    }

    [Fact]
    public void GiveFloor_OutOfTurn_ClosesUpTheList()
    {
        var (meeting, list) = Running();
        State(list, meeting, "BRA");
        State(list, meeting, "CHN");
        var zaf = State(list, meeting, "ZAF");

        list.GiveFloor(zaf.Id, T0);

        Assert.Equal("South Africa", list.Current!.Describe());
        Assert.Equal([("Brazil", 1), ("China", 2)], list.Waiting("2").Select(s => (s.Describe(), s.Position)));
    }

    [Fact]
    public void ATwiceAskedRequest_ARightOfReplyByAnOrganization_AndAnUnknownItem_AreRefused()
    {
        var (meeting, list) = Running();
        State(list, meeting, "ZAF");

        Refused(() => State(list, meeting, "ZAF"), "speakers.duplicate", "South Africa is already on the list of speakers on item 2");
        Refused(() => list.Request(meeting, null, false, "Council of Europe", ParticipantCategory.IntergovernmentalOrganization, null, SpeakerKind.RightOfReply, T0),
            "speakers.kind", "A right of reply is exercised by a State");
        Refused(() => list.Request(meeting, AgendaItemNumber.Of(9), true, "BRA", ParticipantCategory.MemberState, null, SpeakerKind.Statement, T0),
            "speakers.item", "The agenda has no item 9");
    }

    [Fact]
    public void Withdraw_LeavesTheList_ButNotTheOneWhoHasTheFloor()
    {
        var (meeting, list) = Running();
        var bra = State(list, meeting, "BRA");
        var chn = State(list, meeting, "CHN");
        State(list, meeting, "ZAF");
        list.Next(T0);

        Refused(() => list.Withdraw(bra.Id), "speakers.withdraw", "Brazil has the floor");
        list.Withdraw(chn.Id);

        Assert.Equal([("South Africa", 1)], list.Waiting("2").Select(s => (s.Describe(), s.Position)));
    }

    [Fact]
    public void TakeUp_AnotherItemWhileSomeoneHasTheFloor_IsRefused_AndNoItemMeansNoFloor()
    {
        var meeting = Meeting();
        var list = SpeakersList.Open(meeting);
        list.Request(meeting, AgendaItemNumber.Of(3), true, "ZAF", ParticipantCategory.MemberState, null, SpeakerKind.Statement, T0);
        Refused(() => list.Next(T0), "speakers.sitting", "take up an item at a plenary meeting first");

        list.TakeUp(meeting, 1, AgendaItemNumber.Of(3));
        list.Next(T0);

        Refused(() => list.TakeUp(meeting, 1, AgendaItemNumber.Of(2)), "speakers.floor", "South Africa has the floor");
        Refused(() => list.TakeUp(meeting, 5, AgendaItemNumber.Of(3)), "speakers.plenary", "no plenary meeting numbered 5");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(3601)]
    [InlineData(-1)]
    public void LimitSpeakingTime_OutsideItsRange_IsRefused(int seconds) =>
        Refused(() => Running().List.LimitSpeakingTime(seconds), "speakers.time_limit", "The speaking time is from 15 seconds to 60 minutes");

    [Fact]
    public void TheListOfAMeetingHeld_IsClosed()
    {
        var meeting = Meeting();
        var list = SpeakersList.Open(meeting);
        meeting.MarkHeld();
        Refused(() => list.Request(meeting, AgendaItemNumber.Of(2), true, "ZAF", ParticipantCategory.MemberState, null, SpeakerKind.Statement, T0),
            "speakers.closed", "the convening has been held");
    }
}
