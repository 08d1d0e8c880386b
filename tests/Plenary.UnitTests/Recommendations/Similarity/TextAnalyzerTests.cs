using Plenary.Application.Recommendations.Similarity;

namespace Plenary.UnitTests.Recommendations.Similarity;

public class TextAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new();

    private static string[] Keys(string text) => Analyzer.Analyze(text).Select(t => t.Key).ToArray();

    [Fact]
    public void Analyze_KeepsEachTermsPlaceInTheOriginalText()
    {
        const string text = "Member States should criminalize Hacking, and ransomware.";
        var terms = Analyzer.Analyze(text);
        Assert.Equal(["criminalize", "Hacking", "ransomware"], terms.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Analyze_LowerCasesSplitsOnPunctuationAndHyphensAndDropsOneLetterWords()
    {
        var plain = new TextAnalyzer(useSynonyms: false);
        Assert.Equal(["cross", "border", "victim"], plain.Analyze("Cross-border: a VICTIM's").Select(t => t.Key));
    }

    [Fact]
    public void Analyze_DropsTheFrameOfARecommendation_SoTwoFramingsOfOneSuggestionHaveTheSameTerms() =>
        Assert.Equal(
            Keys("Member States should consider establishing specialized units for cybercrime."),
            Keys("The Expert Group recommends that States are encouraged to establish specialized units for cybercrime, as appropriate."));

    [Theory]
    [InlineData("The Commission recommends that Member States establish specialized units for cybercrime.")]
    [InlineData("The Conference of the States Parties recommends that States parties establish specialized units for cybercrime.")]
    [InlineData("The Ad Hoc Committee may wish to invite Governments to establish specialized units for cybercrime.")]
    public void Analyze_DropsTheFrameOfAnyBody(string framed) =>
        Assert.Equal(Keys("Member States should establish specialized units for cybercrime."), Keys(framed));

    [Theory]
    [InlineData("digital evidence", "electronic evidence")]
    [InlineData("e-evidence", "electronic evidence")]
    [InlineData("round-the-clock points of contact", "24/7 network")]
    [InlineData("MLA", "mutual legal assistance")]
    [InlineData("the exchange of information", "information sharing")]
    [InlineData("developing States", "developing countries")]
    [InlineData("enhance", "strengthen")]
    public void Analyze_ReadsExpressionsOfOneSynonymGroupAsOneTerm(string variant, string canonical)
    {
        var a = Keys(variant);
        Assert.Single(a);
        Assert.Equal(a, Keys(canonical));
    }

    [Fact]
    public void Analyze_PrefersTheLongestExpression_AndMarksItWhole()
    {
        const string text = "requests for mutual legal assistance";
        var term = Assert.Single(Analyzer.Analyze(text), t => t.Key == Keys("mutual legal assistance")[0]);
        Assert.Equal("mutual legal assistance", text[term.Start..term.End]);
    }

    [Fact]
    public void Analyze_WithoutSynonyms_KeepsTheStemsOfEachWord() =>
        Assert.Equal(["digit", "evid"], new TextAnalyzer(useSynonyms: false).Analyze("digital evidence").Select(t => t.Key));

    [Fact]
    public void SynonymGroups_NameEachExpressionOnce_SoNoneIsSilentlyReadAsAnotherGroup() =>
        Assert.Empty(TextAnalyzer.AmbiguousExpressions());

    [Fact]
    public void Analyze_OfATextWithoutSubstance_GivesNoTerm() =>
        Assert.Empty(Analyzer.Analyze("The Expert Group recommends that Member States should, as appropriate, consider it."));
}
