using Plenary.Domain;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Participation;

public sealed class DelegationTests
{
    private static Meeting Planned() =>
        Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(new(2021, 4, 6), new(2021, 4, 8)), MeetingFormat.Hybrid);

    private static Delegation SouthAfrica() => Delegation.Open(Planned(), "zaf", isState: true, ParticipantCategory.MemberState);

    [Fact]
    public void Open_ForAState_TakesItsCodeInCapitals()
    {
        var d = SouthAfrica();
        Assert.Equal("ZAF", d.Participant);
        Assert.True(d.IsState);
        Assert.Equal(1, d.Version);
    }

    [Theory]
    [InlineData("ZA")]
    [InlineData("Z4F")]
    [InlineData("South Africa")]
    public void Open_ForAStateWithoutAThreeLetterCode_IsRefused(string code) =>
        Refused(() => Delegation.Open(Planned(), code, isState: true, ParticipantCategory.MemberState), "delegation.participant", "three-letter State code");

    [Fact]
    public void Open_ForAMeetingAlreadyHeld_IsRefused()
    {
        var meeting = Planned();
        meeting.MarkHeld();
        Refused(() => Delegation.Open(meeting, "ZAF", isState: true, ParticipantCategory.MemberState), "delegation.closed", "Registration for meeting 7 is closed: the meeting was held");
    }

    [Fact]
    public void Categorize_AStateAsAnOrganization_IsRefused_AndTheOtherWayRound()
    {
        Refused(() => SouthAfrica().Categorize(ParticipantCategory.PrivateSector), "delegation.category", "Member State or of an observer State");
        Refused(() => Delegation.Open(Planned(), "Council of Europe", isState: false, ParticipantCategory.ObserverState), "delegation.category", "not a State");
    }

    [Fact]
    public void AddMember_NamingANewHead_MovesTheTitle()
    {
        var d = SouthAfrica();
        d.AddMember("Ms. A", "Adviser", isHead: true);
        d.AddMember("Mr. B", null, isHead: true);

        Assert.Equal("Mr. B", d.Head!.Name);
        Assert.Single(d.Members, m => m.IsHead);
    }

    [Fact]
    public void AddMember_WithoutAName_IsRefused() =>
        Refused(() => SouthAfrica().AddMember("  ", "Adviser", false), "delegation.member_name", "The person's name is required");

    [Fact]
    public void AddMember_BeyondTheLimit_IsRefused()
    {
        var d = SouthAfrica();
        for (var i = 0; i < Delegation.MaximumMembers; i++) d.AddMember($"Person {i}", null, false);
        Refused(() => d.AddMember("One too many", null, false), "delegation.size", $"at most {Delegation.MaximumMembers} persons");
    }

    [Fact]
    public void RemoveMember_RenumbersThoseAfter()
    {
        var d = SouthAfrica();
        d.AddMember("Ms. A", null, true);
        d.AddMember("Mr. B", null, false);
        d.AddMember("Ms. C", null, false);

        d.RemoveMember(2);

        Assert.Equal([(1, "Ms. A"), (2, "Ms. C")], d.Members.OrderBy(m => m.Position).Select(m => (m.Position, m.Name)));
        Refused(() => d.RemoveMember(3), "delegation.member", "no person numbered 3");
    }

    [Fact]
    public void BeginEdit_FromAnOlderVersion_IsStale()
    {
        var d = SouthAfrica();
        d.BeginEdit(1);
        var stale = Assert.Throws<StaleEditException>(() => d.BeginEdit(1));
        Assert.Equal(2, stale.CurrentVersion);
    }
}
