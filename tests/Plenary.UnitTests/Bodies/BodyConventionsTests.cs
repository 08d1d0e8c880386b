using Plenary.Domain.Bodies;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Bodies;

/// <summary>A body says how its documents are written: what it convenes, sittings, participants, report titles, symbols.</summary>
public sealed class BodyConventionsTests
{
    private static Body NewBody() => Body.Create("ahc-test", "Ad Hoc Committee on Testing", "Ad Hoc Committee", null, "A/AC.987", Membership.OpenEnded);

    [Fact]
    public void ANewBody_HoldsMeetings_AndItsReportsAreTitledForThem()
    {
        var body = NewBody();

        Assert.Equal((Convenes.Meetings, ParticipantTerm.Representatives, false), (body.Convenes, body.Participants, body.NoDocumentationNote));
        Assert.Equal("Report on the {conveningNoun} of the {body} held in {venue} {dates}", body.ReportTitlePattern);
    }

    [Fact]
    public void ABodyThatHoldsSessions_TitlesItsReportsOnItsSessions_UnlessItSaysOtherwise()
    {
        var body = NewBody();
        body.SetConventions(new BodyConventions(Convenes.Sessions));
        Assert.Equal("Report of the {body} on its {convening}", body.ReportTitlePattern);

        body.SetConventions(new BodyConventions(Convenes.Sessions, ReportTitle: "Report of the {shortName} on the work of its {convening}"));
        Assert.Equal("Report of the {shortName} on the work of its {convening}", body.ReportTitlePattern);
    }

    [Fact]
    public void AReportTitleWithAnUnknownToken_IsRefusedListingTheTokens() =>
        Refused(() => NewBody().SetConventions(new BodyConventions(ReportTitle: "Report on {session}")), "body.report_title",
            "uses {session}; it may use {body}, {shortName}, {convening}, {conveningNoun}, {venue}, {dates} and {year}");

    [Fact]
    public void SittingsAcrossSessions_AreForABodyThatHoldsSessions() =>
        Refused(() => NewBody().SetConventions(new BodyConventions(Convenes.Meetings, SittingNumbering.AcrossSessions)), "body.sitting_numbering", "only by a body that holds sessions");

    [Fact]
    public void ABrokenSymbolPattern_IsRefusedNamingTheDocument_AndNothingChanges()
    {
        var body = NewBody();

        Refused(() => body.SetConventions(new BodyConventions(Convenes.Sessions, Symbols: new SymbolPatterns(Report: "{series}/{year}"))), "symbol_pattern.report", "The report symbol pattern");
        Assert.Equal(Convenes.Meetings, body.Convenes);
        body.SetConventions(new BodyConventions(Convenes.Sessions, Symbols: new SymbolPatterns(Agenda: "{series}/{n}", Report: "{series}/{n}")));
        Assert.Equal("{series}/{n}", body.ReportSymbolPattern);
    }
}
