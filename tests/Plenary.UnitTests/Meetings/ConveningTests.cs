using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Meetings;

/// <summary>Convenings of any kind: how each is named, what a resumed one continues, how sittings are numbered, who presided.</summary>
public sealed class ConveningTests
{
    private static readonly Body Committee = NewCommittee();

    private static Body NewCommittee()
    {
        var body = Body.Create("ahc-test", "Ad Hoc Committee on Testing", "Ad Hoc Committee", null, "A/AC.987", Membership.OpenEnded);
        body.SetConventions(new BodyConventions(Convenes.Sessions, SittingNumbering.AcrossSessions, ParticipantTerm.Representatives));
        return body;
    }

    private static Meeting Session(int number, DateOnly start, DateOnly end, Body? body = null) =>
        Meeting.Schedule((body ?? Committee).Id, number, "New York", DateRange.Create(start, end), MeetingFormat.InPerson);

    private static readonly DateOnly Jan = new(2022, 1, 10);

    [Fact]
    public void AScheduledConvening_IsRegular_AndNamedByItsNumber_AsAnExpertGroupNumbersItsMeetings()
    {
        var meeting = Session(7, Jan, Jan.AddDays(2));

        Assert.Equal((ConveningKind.Regular, 7), (meeting.Kind, meeting.Ordinal));
        Assert.Equal("seventh meeting", meeting.Name(Convenes.Meetings));
    }

    [Fact]
    public void AnOrganizationalSession_HasNoOrdinal_AndSaysSoIfGivenOne()
    {
        var meeting = Session(1, Jan, Jan.AddDays(2));

        Refused(() => meeting.Designate(ConveningKind.Organizational, 1, null, null), "convening.ordinal", "has no ordinal");
        meeting.Designate(ConveningKind.Organizational, null, null, null);

        Assert.Equal("organizational session", meeting.Name(Convenes.Sessions));
    }

    [Fact]
    public void ARegularSession_NeedsAnOrdinalOrADesignation() =>
        Refused(() => Session(2, Jan, Jan.AddDays(2)).Designate(ConveningKind.Regular, null, null, null), "convening.ordinal", "give one");

    [Fact]
    public void AResumedSession_CarriesTheOrdinalOfTheOneItResumes()
    {
        var first = Session(2, Jan, Jan.AddDays(9));
        first.Designate(ConveningKind.Regular, 1, null, null);
        var resumed = Session(3, Jan.AddDays(60), Jan.AddDays(62));

        resumed.Designate(ConveningKind.Resumed, null, null, first);

        Assert.Equal((1, (int?)2), (resumed.Ordinal, resumed.Continues));
        Assert.Equal("resumed first session", resumed.Name(Convenes.Sessions));
    }

    [Fact]
    public void AReconvenedSession_CarriesTheDesignationOfTheOneItContinues()
    {
        var concluding = Session(8, Jan, Jan.AddDays(9));
        concluding.Designate(ConveningKind.Regular, null, "concluding", null);
        var reconvened = Session(9, Jan.AddDays(180), Jan.AddDays(190));

        reconvened.Designate(ConveningKind.Reconvened, null, null, concluding);

        Assert.Equal("reconvened concluding session", reconvened.Name(Convenes.Sessions));
    }

    [Fact]
    public void AResumedSession_WithoutTheOneItResumes_OrBeforeIt_OrWithAnotherOrdinal_IsRefused()
    {
        var first = Session(2, Jan.AddDays(30), Jan.AddDays(39));
        first.Designate(ConveningKind.Regular, 1, null, null);
        var resumed = Session(3, Jan, Jan.AddDays(2));

        Refused(() => resumed.Designate(ConveningKind.Resumed, null, null, null), "convening.continues", "say which");
        Refused(() => resumed.Designate(ConveningKind.Resumed, null, null, first), "convening.continues", "one held before it");
        var later = Session(4, Jan.AddDays(60), Jan.AddDays(61));
        Refused(() => later.Designate(ConveningKind.Resumed, 2, null, first), "convening.ordinal", "carries the ordinal of the one it continues (1), not 2");
        Refused(() => later.Designate(ConveningKind.Regular, 2, null, first), "convening.continues", "Only a resumed or reconvened convening continues another");
    }

    [Fact]
    public void AnotherBodysConvening_CannotBeContinued()
    {
        var other = Body.Create("eg-other", "Expert Group on Others", "Expert Group", null, null, Membership.OpenEnded);
        var theirs = Session(1, Jan, Jan.AddDays(2), other);

        Refused(() => Session(2, Jan.AddDays(30), Jan.AddDays(31)).Designate(ConveningKind.Resumed, null, null, theirs), "convening.continues", "same body");
    }

    [Fact]
    public void TwoConvenings_CannotShareAName()
    {
        var third = Session(4, Jan, Jan.AddDays(9));
        third.Designate(ConveningKind.Regular, 3, null, null);
        var again = Session(5, Jan.AddDays(100), Jan.AddDays(109));
        again.Designate(ConveningKind.Regular, 3, null, null);

        Refused(() => again.EnsureNamedApartFrom([third], Convenes.Sessions), "convening.ordinal", "Convening 4 is already the third session");
    }

    [Fact]
    public void SittingsAreNumberedAcrossSessions_OnlyWhereTheBodyDoesSo()
    {
        var session = Session(4, Jan, Jan.AddDays(9));

        Refused(() => session.NumberSittingsFrom(71, SittingNumbering.WithinConvening), "convening.first_sitting", "within each convening");
        session.NumberSittingsFrom(71, SittingNumbering.AcrossSessions);

        Assert.Equal(73, session.SittingNumber(3));
    }

    [Fact]
    public void WhoPresided_IsRecordedFromTheOfficersInOffice()
    {
        var body = NewCommittee();
        var chair = body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", "African States", Jan, 1, ForBodysLife: true));
        var vice = body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Mr. B. Example", "Brazil", "Latin American and Caribbean States", Jan, 1, ForBodysLife: true));
        var session = Session(4, Jan.AddDays(200), Jan.AddDays(209), body);

        session.RecordPresiding(body, chair, null, vice, chair, chair);

        Assert.Equal((chair.Id, vice.Id, chair.Id, chair.Id), (session.OpenedBy!.Value, session.PresidedBy!.Value, session.PresidedOnBehalfOf!.Value, session.ClosedBy!.Value));
        Assert.True(session.NamesOfficer(vice.Id));
    }

    [Fact]
    public void AnOfficerNotInOfficeOnTheConveningsDates_CannotHavePresided()
    {
        var body = NewCommittee();
        var chair = body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", null, Jan.AddDays(300), 5));
        var session = Session(4, Jan, Jan.AddDays(9), body);

        Refused(() => session.RecordPresiding(body, chair, null, null, null, null), "convening.opened_by", "was not in office as Chair");
    }

    [Fact]
    public void AConvening_IsOpenedByOnePerson_AndNobodyPresidesOnTheirOwnBehalf()
    {
        var body = NewCommittee();
        var chair = body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", null, Jan, 1, ForBodysLife: true));
        var session = Session(4, Jan.AddDays(10), Jan.AddDays(19), body);

        Refused(() => session.RecordPresiding(body, chair, "the Secretary of the Committee", null, null, null), "convening.opened_by", "one person");
        Refused(() => session.RecordPresiding(body, null, null, chair, chair, null), "convening.on_behalf_of", "in their own right");
        Refused(() => session.RecordPresiding(body, null, null, null, chair, null), "convening.on_behalf_of", "Say who presided");
        session.RecordPresiding(body, null, "the Director of the Division for Treaty Affairs", null, null, null);
        Assert.Equal("the Director of the Division for Treaty Affairs", session.OpenedByOther);
    }

    [Fact]
    public void AHolidayInTheOrganizationOfWork_IsPlannedOnce_AndCanBeTakenOut()
    {
        var session = Session(4, new DateOnly(2022, 8, 29), new DateOnly(2022, 9, 9));
        var labourDay = new DateOnly(2022, 9, 5);

        session.PlanNonWorkingDay(labourDay, "United Nations holiday (Labour Day)");
        Refused(() => session.PlanNonWorkingDay(labourDay, "Holiday"), "work.date", "already a non-working day");
        session.RemoveNonWorkingDay(labourDay);

        Assert.Empty(session.OrganizationOfWork);
        Refused(() => session.RemoveNonWorkingDay(labourDay), "work.unknown", "is not a non-working day");
    }
}
