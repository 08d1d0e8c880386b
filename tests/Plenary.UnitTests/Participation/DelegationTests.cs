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
    [InlineData("XYZ")]
    [InlineData("Atlantis")]
    public void Open_ForAStateTheRegisterLacks_IsRefused(string code) =>
        Refused(() => Delegation.Open(Planned(), code, isState: true, ParticipantCategory.MemberState), "delegation.participant", "is not a State in the register");

    [Fact]
    public void Open_ForAStateNamedByItsName_KeepsItsCode() =>
        Assert.Equal("ZAF", Delegation.Open(Planned(), "South Africa", isState: true, ParticipantCategory.MemberState).Participant);

    [Fact]
    public void Open_ForAMeetingAlreadyHeld_IsRefused()
    {
        var meeting = Planned();
        meeting.MarkHeld();
        Refused(() => Delegation.Open(meeting, "ZAF", isState: true, ParticipantCategory.MemberState), "delegation.closed", "Registration is closed: the convening has been held");
        Assert.Equal("ZAF", Delegation.Open(meeting, "ZAF", isState: true, ParticipantCategory.MemberState, bySecretariat: true).Participant);
    }

    [Fact]
    public void Categorize_AStateAsAnOrganization_IsRefused_AndTheOtherWayRound()
    {
        Refused(() => SouthAfrica().Categorize(ParticipantCategory.PrivateSector), "delegation.category", "Member State or of an observer State");
        Refused(() => Delegation.Open(Planned(), "Council of Europe", isState: false, ParticipantCategory.ObserverState), "delegation.category", "not a State");
    }

    private static PersonName Name(string family, string? title = "Ms.", string? first = null) => PersonName.Create(title, first, family);

    private static DelegationMember Add(Delegation d, string family, DelegationRole role = DelegationRole.Representative, string? email = null) =>
        d.AddMember(Name(family), null, email, role, ParticipationMode.InPerson);

    [Fact]
    public void AddMember_NamingANewHead_MakesTheFormerHeadARepresentative()
    {
        var d = SouthAfrica();
        Add(d, "A", DelegationRole.Head);
        Add(d, "B", DelegationRole.Head);

        Assert.Equal("Ms. B", d.Head!.Name.Display);
        Assert.Single(d.Members, m => m.IsHead);
        Assert.Equal(DelegationRole.Representative, d.Members.Single(m => m.FamilyName == "A").Role);
    }

    [Fact]
    public void AddMember_WithoutAFamilyName_IsRefused() =>
        Refused(() => d().AddMember(PersonName.Create("Ms.", "Thandi", "  ", "delegation.member"), "Adviser", null, DelegationRole.Adviser, ParticipationMode.InPerson),
            "delegation.member_family_name", "The family name is required");

    private static Delegation d() => SouthAfrica();

    [Fact]
    public void PersonName_PrintsTheFamilyNameInCapitalsInLists_AndCompletesCommonTitles()
    {
        var name = PersonName.Create("ms", "Thandi", "Dlamini");

        Assert.Equal("Ms. Thandi Dlamini", name.Display);
        Assert.Equal("Ms. Thandi DLAMINI", name.ListForm);
        Assert.Equal("Pol.col. Amornchai LEELAKAJONJIT", PersonName.Create("Pol.col.", "Amornchai", "Leelakajonjit").ListForm);
    }

    [Theory]
    [InlineData("thandi")]
    [InlineData("thandi@")]
    [InlineData("thandi@example")]
    [InlineData("th andi@example.org")]
    [InlineData("a@b@example.org")]
    public void AddMember_WithAMalformedEmail_IsRefused(string email) =>
        Refused(() => SouthAfrica().AddMember(Name("Dlamini"), null, email, DelegationRole.Head, ParticipationMode.Online), "delegation.member_email", "is not an email address");

    [Fact]
    public void AddMember_WithAnEmailAnotherPersonOfTheDelegationHas_IsRefused()
    {
        var d = SouthAfrica();
        Add(d, "Dlamini", email: "t.dlamini@example.org");

        Refused(() => Add(d, "Ndlovu", email: "T.Dlamini@example.org"), "delegation.member_email", "Ms. Dlamini is already registered with T.Dlamini@example.org");
    }

    [Fact]
    public void AddMember_BeyondTheLimit_IsRefused()
    {
        var d = SouthAfrica();
        for (var i = 0; i < Delegation.MaximumMembers; i++) Add(d, $"Person {i}");
        Refused(() => Add(d, "One too many"), "delegation.size", $"at most {Delegation.MaximumMembers} persons");
    }

    [Fact]
    public void RemoveMember_RenumbersThoseAfter()
    {
        var d = SouthAfrica();
        Add(d, "A", DelegationRole.Head);
        Add(d, "B");
        Add(d, "C");

        d.RemoveMember(2);

        Assert.Equal([(1, "A"), (2, "C")], d.Members.OrderBy(m => m.Position).Select(m => (m.Position, m.FamilyName)));
        Refused(() => d.RemoveMember(3), "delegation.member", "no person numbered 3");
    }

    [Fact]
    public void MembersInOrder_PutsTheHeadFirst_ThenAlternates_Representatives_Experts_Advisers()
    {
        var d = SouthAfrica();
        Add(d, "Adviser", DelegationRole.Adviser);
        Add(d, "Expert", DelegationRole.Expert);
        Add(d, "Head", DelegationRole.Head);
        Add(d, "Alternate", DelegationRole.Alternate);

        Assert.Equal(["Head", "Alternate", "Expert", "Adviser"], d.MembersInOrder.Select(m => m.FamilyName));
    }

    private static readonly byte[] Pdf = "%PDF-1.4 note verbale"u8.ToArray();

    [Fact]
    public void Approve_NeedsPersons_AHead_AndTheLetter()
    {
        var d = SouthAfrica();
        var at = new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.Zero);
        Refused(() => d.Approve(at), "delegation.approval", "lists nobody");
        Add(d, "Dlamini");
        Refused(() => d.Approve(at), "delegation.approval", "no head of delegation");
        d.EditMember(1, Name("Dlamini"), null, null, DelegationRole.Head, ParticipationMode.InPerson);
        Refused(() => d.Approve(at), "delegation.approval", "note verbale or official letter is not on file");

        d.AttachLetter("note-verbale.pdf", Pdf, at, "delegate@example.org");
        d.Approve(at);

        Assert.Equal(DelegationStatus.Approved, d.Status);
        Assert.Equal(at, d.ApprovedAt);
    }

    [Fact]
    public void AChangeAfterApproval_ReturnsTheDelegationForApproval()
    {
        var d = SouthAfrica();
        Add(d, "Dlamini", DelegationRole.Head);
        d.AttachLetter("note-verbale.pdf", Pdf, DateTimeOffset.UnixEpoch, "x");
        d.Approve(DateTimeOffset.UnixEpoch);

        Add(d, "Ndlovu");

        Assert.Equal(DelegationStatus.Pending, d.Status);
        Assert.Null(d.ApprovedAt);
    }

    [Fact]
    public void AttachLetter_ThatIsNotAPdfOrWordFile_IsRefused() =>
        Refused(() => SouthAfrica().AttachLetter("letter.pdf", "not a pdf"u8.ToArray(), DateTimeOffset.UnixEpoch, "x"), "file.content", "its content is not a PDF file");

    private static Meeting WithSittings()
    {
        var meeting = Planned();
        meeting.SchedulePlenaryMeeting(new(2021, 4, 6), new(10, 0), new(13, 0), []);
        meeting.SchedulePlenaryMeeting(new(2021, 4, 6), new(15, 0), new(18, 0), []);
        return meeting;
    }

    [Fact]
    public void CheckIn_RecordsThePlenaryMeetingsAttended_OnceEach_AndCheckOutTakesOneBack()
    {
        var meeting = WithSittings();
        var d = Delegation.Open(meeting, "ZAF", true, ParticipantCategory.MemberState);
        Add(d, "Dlamini", DelegationRole.Head);

        d.CheckIn(meeting, 2, bySecretariat: false);
        d.CheckIn(meeting, 1, bySecretariat: false);
        d.CheckIn(meeting, 1, bySecretariat: false);
        Assert.Equal([1, 2], d.AttendedPlenaryMeetings);

        d.CheckOut(meeting, 2);
        Assert.Equal([1], d.AttendedPlenaryMeetings);
    }

    [Fact]
    public void CheckIn_ByADelegationThatRegisteredNobody_IsRefused_ButTheSecretariatMayRecordIt()
    {
        var meeting = WithSittings();
        var d = Delegation.Open(meeting, "ZAF", true, ParticipantCategory.MemberState);

        Refused(() => d.CheckIn(meeting, 1, bySecretariat: false), "attendance.unregistered", "Register the persons on your delegation before checking in");
        d.CheckIn(meeting, 1, bySecretariat: true);
        Assert.True(d.Attended(1));
    }

    [Fact]
    public void CheckIn_AtAPlenaryMeetingTheMeetingDoesNotHave_IsUnknown()
    {
        var meeting = WithSittings();
        Refused(() => Delegation.Open(meeting, "ZAF", true, ParticipantCategory.MemberState).CheckIn(meeting, 3), "plenary.unknown", "no plenary meeting numbered 3");
    }

    [Fact]
    public void AfterTheMeetingIsHeld_OnlyTheSecretariatChangesTheDelegation()
    {
        var meeting = WithSittings();
        var d = Delegation.Open(meeting, "ZAF", true, ParticipantCategory.MemberState);
        meeting.MarkHeld();

        Refused(() => Delegation.EnsureOpen(meeting), "delegation.closed", "Ask the Secretariat to correct the list");
        Refused(() => d.CheckIn(meeting, 1, bySecretariat: false), "delegation.closed", "the convening has been held");
        Delegation.EnsureOpen(meeting, bySecretariat: true);
        d.CheckIn(meeting, 1, bySecretariat: true);
        Assert.True(d.Attended(1));
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
