using Plenary.Domain.Bodies;
using Plenary.Domain.Documents;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Documents;

/// <summary>Symbol patterns number a body's documents from the register, never by guess.</summary>
public sealed class SymbolPatternTests
{
    [Fact]
    public void APatternWithTheYear_TakesTheNextNumberOfThatYear_RevisionsAndOtherSeriesAside()
    {
        var pattern = SymbolPattern.Create("{series}/{year}/{n}");
        string[] register = ["UNODC/CCPCJ/EG.4/2021/1", "UNODC/CCPCJ/EG.4/2021/1/Rev.1", "UNODC/CCPCJ/EG.4/2021/CRP.1", "UNODC/CCPCJ/EG.4/2020/2"];

        Assert.Equal("UNODC/CCPCJ/EG.4/2021/2", pattern.Next("UNODC/CCPCJ/EG.4", 2021, register));
        Assert.Equal("UNODC/CCPCJ/EG.4/2022/1", pattern.Next("UNODC/CCPCJ/EG.4", 2022, register));
    }

    [Fact]
    public void ASequentialPattern_NumbersAcrossTheBodysLife_WithoutAYear()
    {
        var pattern = SymbolPattern.Create("{series}/{n}");
        string[] register = ["A/AC.987/1", "A/AC.987/2", "A/AC.987/12", "A/AC.987/CRP.3", "A/AC.987/L.4", "A/AC.987/INF/1", "A/AC.987/12/Add.1"];

        Assert.Equal("A/AC.987/13", pattern.Next("A/AC.987", 2022, register));
    }

    [Theory]
    [InlineData("{series}/CRP.{n}", "A/AC.987/CRP.4")]
    [InlineData("{series}/L.{n}", "A/AC.987/L.5")]
    [InlineData("{series}/INF/{n}", "A/AC.987/INF/2")]
    [InlineData("{series}/{year}/INF/{n}", "A/AC.987/2022/INF/1")]
    public void SpecialSeries_AreNumberedEachOnItsOwn(string text, string next)
    {
        string[] register = ["A/AC.987/1", "A/AC.987/CRP.3", "A/AC.987/L.4", "A/AC.987/INF/1"];

        Assert.Equal(next, SymbolPattern.Create(text).Next("A/AC.987", 2022, register));
    }

    [Fact]
    public void AJointPattern_NumbersEachPartInItsOwnSeries()
    {
        var pattern = SymbolPattern.Create("E/CN.7/{year}/CRP.{n}-E/CN.15/{year}/CRP.{n}");
        string[] register = ["E/CN.7/2019/CRP.12", "E/CN.15/2019/CRP.8", "E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9"];

        Assert.Equal("E/CN.7/2019/CRP.14-E/CN.15/2019/CRP.10", pattern.Next(null, 2019, register));
    }

    [Theory]
    [InlineData("{series}/{year}", "must hold {n}")]
    [InlineData("{series}/{n}/{n}", "exactly once")]
    [InlineData("{series}/{session}/{n}", "uses {session}")]
    [InlineData("{series}//{n}", "does not give a document symbol")]
    public void ABrokenPattern_IsRefusedSayingWhy(string text, string message) =>
        Refused(() => SymbolPattern.Create(text, "report"), SymbolPattern.Code, message);

    [Fact]
    public void APatternWithTheSeries_NeedsTheBodysSeries() =>
        Refused(() => SymbolPattern.Create("{series}/{n}").Next(null, 2022, []), "document.symbol", "no symbol series");

    [Fact]
    public void TheDefaults_AreTheExpertGroupsSeries()
    {
        var defaults = new SymbolPatterns();

        Assert.Equal("{series}/{year}/{n}", defaults.For(DocumentType.Report).Text);
        Assert.Equal("{series}/{year}/CRP.{n}", defaults.For(DocumentType.ConferenceRoomPaper).Text);
        Assert.Equal("{series}/{year}/INF/{n}", defaults.For(DocumentType.InformationDocument).Text);
    }
}
