using Plenary.Domain.Documents;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Documents;

public sealed class DocumentTests
{
    private static readonly Guid BodyId = Guid.NewGuid();

    private static Document Register(string symbol = "UNODC/CCPCJ/EG.4/2021/1", string originalLanguage = "en",
        IEnumerable<string>? languages = null, int? meeting = 7, string title = "Provisional agenda") =>
        Document.Register(BodyId, meeting, symbol, title, DocumentType.ProvisionalAgenda, new DateOnly(2021, 1, 20),
            Distribution.General, originalLanguage, languages ?? ["en"]);

    [Fact]
    public void Register_NormalisesTheSymbol()
    {
        var document = Register(symbol: "  unodc/ccpcj/eg.4/2021/crp.1 ");

        Assert.Equal("UNODC/CCPCJ/EG.4/2021/CRP.1", document.Symbol);
        Assert.Equal(new Uri("https://undocs.org/UNODC/CCPCJ/EG.4/2021/CRP.1"), document.ResolverLink);
        Assert.Equal(BodyId, document.BodyId);
        Assert.Equal(7, document.MeetingNumber);
    }

    [Theory]
    [InlineData("UNODC//2021/1", "empty component")]
    [InlineData("", "is empty")]
    [InlineData("A", "is only an organ")]
    [InlineData("A/RES 65/230", "contains a space inside a component")]
    public void Register_WithABadSymbol_IsRefused(string symbol, string message) =>
        Refused(() => Register(symbol: symbol), "symbol.invalid", message);

    [Fact]
    public void Register_LanguageVersions_AreDistinctAndInUnOrder()
    {
        var document = Register(languages: ["es", " EN", "fr", "en", "ru", "zh", "AR"]);

        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], document.LanguageVersions);
    }

    [Fact]
    public void Register_AlwaysIncludesTheOriginalLanguage_InItsPlace()
    {
        var document = Register(originalLanguage: " FR ", languages: ["es", "en"]);

        Assert.Equal("fr", document.OriginalLanguage);
        Assert.Equal(["en", "fr", "es"], document.LanguageVersions);
    }

    [Fact]
    public void Register_WithNoLanguageVersions_HoldsTheOriginalOnly() =>
        Assert.Equal(["ru"], Register(originalLanguage: "ru", languages: []).LanguageVersions);

    [Theory]
    [InlineData("de", "en")]
    [InlineData("en", "english")]
    [InlineData("en", "")]
    public void Register_WithALanguageThatIsNotOfficial_IsRefused(string original, string version) =>
        Refused(() => Register(originalLanguage: original, languages: ["en", version]),
            "language.unknown", "is not an official language of the United Nations; use one of ar, zh, en, fr, ru, es");

    [Fact]
    public void Register_ForMeetingZero_IsRefused() =>
        Refused(() => Register(meeting: 0), "document.meeting", "The number of the convening a document belongs to runs from 1 to 999; 0 is outside that range.");

    [Fact]
    public void Register_WithoutAMeeting_BelongsToTheBodyAtLarge() =>
        Assert.Null(Register(meeting: null).MeetingNumber);

    [Fact]
    public void Register_WithoutATitle_IsRefused() =>
        Refused(() => Register(title: " "), "document.title", "The document's title is required");
}
