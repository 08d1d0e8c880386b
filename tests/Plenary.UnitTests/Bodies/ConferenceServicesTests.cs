using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Bodies;

/// <summary>A body records the plenary meetings with interpretation its resources allow per convening; planning more warns, never refuses.</summary>
public sealed class ConferenceServicesTests
{
    private static Body ExpertGroup() => Body.Create("eg-test", "Expert Group on Testing", "Expert Group", null, "UNODC/EG.9", Membership.OpenEnded);

    private static Body Committee()
    {
        var body = Body.Create("ahc-test", "Ad Hoc Committee on Testing", "Ad Hoc Committee", null, "A/AC.987", Membership.OpenEnded);
        body.SetConventions(new BodyConventions(Convenes.Sessions));
        return body;
    }

    private static Meeting WithSittings(Body body, int number, int sittings)
    {
        var meeting = Meeting.Schedule(body.Id, number, "Vienna", DateRange.Create(new(2021, 4, 5), new(2021, 4, 16)), MeetingFormat.InPerson);
        for (var i = 0; i < sittings; i++)
            meeting.SchedulePlenaryMeeting(new DateOnly(2021, 4, 5).AddDays(i / 2), new TimeOnly(i % 2 == 0 ? 10 : 15, 0), new TimeOnly(i % 2 == 0 ? 13 : 18, 0), []);
        return meeting;
    }

    [Fact]
    public void ANewBody_RecordsNoLimit_AndWarnsOfNothing()
    {
        var body = ExpertGroup();

        Assert.Null(body.PlenaryMeetingsWithInterpretation);
        Assert.Null(body.ConferenceServicesWarning(WithSittings(body, 7, 12)));
    }

    [Fact]
    public void TheLimit_IsSet_AndCleared()
    {
        var body = ExpertGroup();

        body.SetConferenceServices(6);
        Assert.Equal(6, body.PlenaryMeetingsWithInterpretation);

        body.SetConferenceServices(null);
        Assert.Null(body.PlenaryMeetingsWithInterpretation);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1000)]
    public void ALimitThatIsNoPositiveWholeNumberInRange_IsRefusedNamingTheField(int limit) =>
        Refused(() => ExpertGroup().SetConferenceServices(limit), "body.plenary_meetings_with_interpretation",
            $"The plenary meetings with interpretation per meeting must be a whole number from 1 to 999, or left empty when the body records no limit; {limit} is not.");

    [Fact]
    public void TheRefusal_SpeaksOfSessions_ForABodyThatHoldsSessions() =>
        Refused(() => Committee().SetConferenceServices(0), "body.plenary_meetings_with_interpretation", "per session must be a whole number");

    [Fact]
    public void PlanningUpToTheLimit_WarnsOfNothing()
    {
        var body = ExpertGroup();
        body.SetConferenceServices(6);

        Assert.Null(body.ConferenceServicesWarning(WithSittings(body, 7, 6)));
        Assert.Null(body.ConferenceServicesWarning(WithSittings(body, 7, 4)));
    }

    [Fact]
    public void PlanningOneBeyondTheLimit_Warns_NamingTheConveningAndTheLimit()
    {
        var body = ExpertGroup();
        body.SetConferenceServices(6);

        Assert.Equal("The seventh meeting plans seven plenary meetings; the conference services available to the Expert Group allow for six plenary meetings with interpretation per meeting. "
            + "The plenary meeting beyond that number would be held without interpretation unless further resources are made available.",
            body.ConferenceServicesWarning(WithSittings(body, 7, 7)));
    }

    [Fact]
    public void PlanningBeyondTheLimit_WarnsInTheWordsOfABodyThatHoldsSessions()
    {
        var body = Committee();
        body.SetConferenceServices(10);

        Assert.Equal("The third session plans 14 plenary meetings; the conference services available to the Ad Hoc Committee allow for 10 plenary meetings with interpretation per session. "
            + "The four plenary meetings beyond that number would be held without interpretation unless further resources are made available.",
            body.ConferenceServicesWarning(WithSittings(body, 3, 14)));
    }
}
