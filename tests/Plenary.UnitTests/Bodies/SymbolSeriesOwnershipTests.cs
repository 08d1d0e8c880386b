using Plenary.Domain.Bodies;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Bodies;

/// <summary>A symbol in a body's series belongs to that body's register: no other body takes it first.</summary>
public sealed class SymbolSeriesOwnershipTests
{
    private static readonly Body Commission = Body.Create("ccpcj", "Commission on Crime Prevention and Criminal Justice", "Commission", null, "E/CN.15", Membership.Listed);
    private static readonly Body ExpertGroup = Body.Create("eg-cybercrime", "Expert Group on Cybercrime", "Expert Group", null, "UNODC/CCPCJ/EG.4", Membership.OpenEnded, Commission.Id);
    private static readonly Body Conference = Body.Create("cosp", "Conference of the States Parties", "Conference", null, "CAC/COSP", Membership.Listed);
    private static readonly Body WithoutSeries = Body.Create("informal", "Informal Working Group", "Working Group", null, null, Membership.OpenEnded);
    private static readonly Body[] All = [Commission, ExpertGroup, Conference, WithoutSeries];

    [Fact]
    public void AnotherBody_CannotRegisterASymbolOfTheExpertGroupsSeries_AndIsToldWhose()
    {
        var refused = Refused(() => Conference.EnsureMayRegister("UNODC/CCPCJ/EG.4/2021/1", All), "document.symbol_series", "series UNODC/CCPCJ/EG.4 of the Expert Group");

        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", refused.Message);
        Refused(() => WithoutSeries.EnsureMayRegister("CAC/COSP/2023/1", All), "document.symbol_series", "CAC/COSP/2023/1");
    }

    [Fact]
    public void ABody_RegistersItsOwnSeries_ItsParentsDocuments_AndSymbolsOfNoBodysSeries()
    {
        ExpertGroup.EnsureMayRegister("UNODC/CCPCJ/EG.4/2021/1", All);
        ExpertGroup.EnsureMayRegister("E/CN.15/2018/12", All);
        ExpertGroup.EnsureMayRegister("A/RES/74/173", All);
        Conference.EnsureMayRegister("A/RES/58/4", All);
    }

    [Fact]
    public void TheLongestSeries_DecidesWhoseASymbolIs()
    {
        var office = Body.Create("ccpcj-office", "Commission's office", "Office", null, "UNODC/CCPCJ", Membership.Listed);

        Assert.Same(ExpertGroup, Body.SeriesOwnerOf("UNODC/CCPCJ/EG.4/2021/1", [office, .. All]));
        Assert.Same(office, Body.SeriesOwnerOf("UNODC/CCPCJ/2021/1", [office, .. All]));
        Assert.Null(Body.SeriesOwnerOf("UNODC/CCPCJ/EG.40/2021/1", All)); // a series ends at a slash
    }
}
