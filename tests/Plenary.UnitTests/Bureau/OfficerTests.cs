using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Bureau;

/// <summary>Officers elected for a term at body level, their succession, and the extended Bureau as a circle over time.</summary>
public sealed class OfficerTests
{
    private static Body NewBody() => Body.Create("ahc-test", "Ad Hoc Committee on Testing", "Ad Hoc Committee", null, "A/AC.987", Membership.OpenEnded);

    private static readonly DateOnly May2021 = new(2021, 5, 10);

    [Fact]
    public void OfficersElectedForTheBodysLife_AreInOfficeAtEveryLaterConvening()
    {
        var body = NewBody();
        body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", "African States", May2021, 1, ForBodysLife: true));
        body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Mr. B. Example", "Brazil", null, May2021, 1, ForBodysLife: true));
        body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Ms. C. Example", "Czechia", null, May2021, 1, ForBodysLife: true));
        body.ElectOfficer(new OfficerTerm(BureauOffice.Rapporteur, "Mr. D. Example", "Denmark", null, May2021, 1, ForBodysLife: true));

        var during = body.OfficersDuring(new DateOnly(2023, 4, 11), new DateOnly(2023, 4, 21));

        Assert.Equal(["Chair", "Vice-Chair", "Vice-Chair", "Rapporteur"], during.Select(o => o.Title));
        Assert.Empty(body.OfficersDuring(new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 2)));
    }

    [Fact]
    public void ASecondChairWhoseTermOverlaps_IsRefused_ButSeveralViceChairsAreNot()
    {
        var body = NewBody();
        body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", null, May2021, ForBodysLife: true));

        Refused(() => body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Mr. E. Example", "Egypt", null, May2021.AddYears(1))),
            "officer.office", "a body has one Chair at a time");
        body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Mr. B. Example", "Brazil", null, May2021));
        body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Ms. C. Example", "Czechia", null, May2021));
        Assert.Equal(3, body.Officers.Count);
    }

    [Fact]
    public void AReplacedOfficer_LeavesOfficeTheDayBeforeTheSuccessorIsElected()
    {
        var body = NewBody();
        var first = body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", "African States", May2021, 1, ForBodysLife: true));

        var next = body.ReplaceOfficer(first.Position, new OfficerTerm(BureauOffice.Chair, "Mr. F. Example", "Egypt", "African States", new DateOnly(2022, 6, 1), 4));

        Assert.Equal(next.Id, first.ReplacedBy);
        Assert.False(first.ForBodysLife);
        Assert.Equal(new DateOnly(2022, 5, 31), body.TermEndOf(first));
        Assert.Equal(["Mr. F. Example"], body.OfficersDuring(new DateOnly(2022, 8, 29), new DateOnly(2022, 9, 9)).Select(o => o.Person));
        Assert.Equal(["Ms. A. Example"], body.OfficersDuring(new DateOnly(2022, 1, 17), new DateOnly(2022, 1, 28)).Select(o => o.Person));
    }

    [Fact]
    public void ASuccessorElectedBeforeTheOfficer_OrWithoutADate_IsRefused()
    {
        var body = NewBody();
        var first = body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", null, May2021));

        Refused(() => body.ReplaceOfficer(first.Position, new OfficerTerm(BureauOffice.Chair, "Mr. F. Example", "Egypt")), "officer.elected_on", "Give the date");
        Refused(() => body.ReplaceOfficer(first.Position, new OfficerTerm(BureauOffice.Chair, "Mr. F. Example", "Egypt", null, May2021)), "officer.elected_on", "after Ms. A. Example");
        Assert.Single(body.Officers);
        Assert.Null(first.TermEndsOn);
    }

    [Theory]
    [InlineData(BureauOffice.Other, null, null, false, "officer.office_title", "needs its title")]
    [InlineData(BureauOffice.Chair, null, "2021-05-01", false, "officer.term", "before the election on 10 May 2021")]
    [InlineData(BureauOffice.Chair, null, "2022-05-01", true, "officer.term", "no end date")]
    public void ATermThatCannotBe_IsRefusedSayingWhy(BureauOffice office, string? title, string? endsOn, bool forLife, string code, string message) =>
        Refused(() => NewBody().ElectOfficer(new OfficerTerm(office, "Ms. A. Example", "Algeria", null, May2021, null,
            endsOn is null ? null : DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture), forLife, title)), code, message);

    [Fact]
    public void AnOfficerWhoPresided_StaysInTheRecord_OthersAreRemovedAndTheListClosesUp()
    {
        var body = NewBody();
        body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", null, May2021));
        body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Mr. B. Example", "Brazil", null, May2021));

        Refused(() => body.RemoveOfficer(1, ["the third session"]), "officer.presided", "opened, presided over or closed the third session");
        body.RemoveOfficer(1, []);

        Assert.Equal([(1, "Mr. B. Example")], body.Officers.Select(o => (o.Position, o.Person)));
        Refused(() => body.RemoveOfficer(5, []), "officer.unknown", "numbered 1 to 1");
    }

    [Fact]
    public void TheExtendedBureauOnADay_IsTheOfficersInOfficeAndTheSeatsThatCoverIt()
    {
        var body = NewBody();
        body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Algeria", null, May2021, ForBodysLife: true));
        body.SeatInExtendedBureau(new ExtendedBureauSeat(ExtendedBureauRole.RegionalGroupChair, "Group of Asia-Pacific States", "Japan", From: new(2022, 1, 1), Until: new(2022, 1, 31)));
        body.SeatInExtendedBureau(new ExtendedBureauSeat(ExtendedBureauRole.RegionalGroupChair, "Group of Asia-Pacific States", "Jordan", From: new(2022, 2, 1), Until: new(2022, 2, 28)));
        body.SeatInExtendedBureau(new ExtendedBureauSeat(ExtendedBureauRole.StandingInvitee, Organization: "United Nations Office on Drugs and Crime"));

        var circle = body.ExtendedBureauOn(new DateOnly(2022, 2, 14));

        Assert.Equal(["Ms. A. Example"], circle.Officers.Select(o => o.Person));
        Assert.Equal(["JOR", null], circle.Members.Select(m => m.State));
    }

    [Fact]
    public void TwoChairsOfOneRegionalGroupAtOnce_AreRefused()
    {
        var body = NewBody();
        body.SeatInExtendedBureau(new ExtendedBureauSeat(ExtendedBureauRole.RegionalGroupChair, "Group of African States", "Kenya", From: new(2022, 1, 1), Until: new(2022, 1, 31)));

        Refused(() => body.SeatInExtendedBureau(new ExtendedBureauSeat(ExtendedBureauRole.RegionalGroupChair, "Group of African States", "Ghana", From: new(2022, 1, 15))),
            "extended_bureau.until", "one chair at a time");
        Refused(() => body.SeatInExtendedBureau(new ExtendedBureauSeat(ExtendedBureauRole.RegionalGroupChair, State: "Ghana")),
            "extended_bureau.regional_group", "with the regional group");
    }

    [Fact]
    public void AnOfficersState_IsPickedFromTheRegister_AndTheirGroupIsTheStatesUnlessGiven()
    {
        var body = NewBody();
        var chair = body.ElectOfficer(new OfficerTerm(BureauOffice.Chair, "Ms. A. Example", "Iran", null, May2021));

        Assert.Equal(("IRN", (Plenary.Domain.Participation.RegionalGroup?)Plenary.Domain.Participation.RegionalGroup.AsiaPacific), (chair.State, chair.RegionalGroup));
        Assert.Equal("Ms. A. Example (Iran (Islamic Republic of))", chair.ToString());
        Refused(() => body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Mr. X", "XYZ")), "officer.state", "'XYZ' is not a State in the register");
        Refused(() => body.ElectOfficer(new OfficerTerm(BureauOffice.ViceChair, "Mr. X", "Chile", "Southern States")), "officer.regional_group", "'Southern States' is not a regional group");
    }
}
