using Plenary.Domain;
using Plenary.Domain.Documents;

namespace Plenary.UnitTests.Documents;

public sealed class DocumentFamilyTests
{
    private static readonly Guid Body = Guid.NewGuid();

    private static Document Issued(string symbol, string hash) =>
        Document.Issue(Body, 7, symbol, "Annotated provisional agenda", DocumentType.ProvisionalAgenda, new DateOnly(2021, 2, 5), hash);

    [Theory]
    [InlineData("A/AC.987/8", "A/AC.987/8")]
    [InlineData("A/AC.987/8/Rev.2", "A/AC.987/8")]
    [InlineData("A/AC.987/8/Rev.1/Corr.1", "A/AC.987/8")]
    [InlineData("A/AC.987/8/Corr.3", "A/AC.987/8")]
    [InlineData("A/AC.987/8/Add.1", "A/AC.987/8/Add.1")]
    public void TheOriginalOfASymbol_DropsItsRevisionsAndCorrigenda_NotItsAddendum(string symbol, string original) =>
        Assert.Equal(original, DocumentFamily.OriginalOf(symbol));

    [Fact]
    public void ARevision_TakesTheNextRevNumberOfTheOriginal_AndACorrigendum_CorrectsTheLatestRevision()
    {
        var family = new DocumentFamily("A/B/1", [Issued("A/B/1", "a"), Issued("A/B/1/Corr.1", "b"), Issued("A/B/1/Rev.1", "c"), Issued("A/B/2", "z")]);

        Assert.Equal(["A/B/1", "A/B/1/Corr.1", "A/B/1/Rev.1"], family.Members.Select(d => d.Symbol));
        Assert.Equal("A/B/1/Rev.1", family.Current!.Symbol);
        Assert.Equal("A/B/1/Rev.2", family.NextSymbol(IssueAs.Revision, "d"));
        Assert.Equal("A/B/1/Rev.1/Corr.1", family.NextSymbol(IssueAs.Corrigendum, "d"));
        Assert.Equal("A/B/1/Rev.1", family.NextSymbol(IssueAs.Issue, "d"));
    }

    [Fact]
    public void TheCurrentIssue_IsTheLatestRevisionsLatestCorrigendum()
    {
        var family = new DocumentFamily("A/B/1", [Issued("A/B/1", "a"), Issued("A/B/1/Corr.1", "b"), Issued("A/B/1/Corr.2", "c")]);

        Assert.Equal("A/B/1/Corr.2", family.Current!.Symbol);
        Assert.True(family.Unchanged("c"));
        Assert.False(family.Unchanged("a"));
        Assert.Equal("A/B/1/Corr.3", family.NextSymbol(IssueAs.Corrigendum, "d"));
    }

    [Fact]
    public void ARevisionOrCorrigendum_OfUnchangedContent_IsRefusedSayingNothingChanged()
    {
        var family = new DocumentFamily("A/B/1", [Issued("A/B/1", "a")]);

        var e = Assert.Throws<DomainException>(() => family.NextSymbol(IssueAs.Corrigendum, "a"));

        Assert.Equal("document.unchanged", e.Code);
        Assert.Equal("Nothing has changed since version 1 of A/B/1 was issued on 5 February 2021, so no corrigendum was issued.", e.Message);
    }

    [Fact]
    public void ACorrigendum_OfADocumentNotYetIssued_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new DocumentFamily("A/B/1", []).NextSymbol(IssueAs.Corrigendum, "a"));
        Assert.Equal("document.issue_as", e.Code);
        Assert.Contains("A/B/1 has not been issued yet", e.Message);
    }

    [Theory]
    [InlineData("A/B/1/Rev.1", "is a revision's or a corrigendum's")]
    [InlineData("not a symbol!", "")]
    public void AChosenSymbol_MustBeAnOriginalsAndWellFormed(string chosen, string message)
    {
        var e = Assert.Throws<DomainException>(() => DocumentFamily.CheckChosen(chosen, "A/B/1", fixedByRecord: false));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void AChosenSymbol_CannotReplaceTheOneTheRegisterHolds()
    {
        Assert.Equal("A/B/7", DocumentFamily.CheckChosen(" a/b/7 ", "A/B/1", fixedByRecord: false));
        var e = Assert.Throws<DomainException>(() => DocumentFamily.CheckChosen("A/B/7", "A/B/1", fixedByRecord: true));
        Assert.Contains("already has the symbol A/B/1", e.Message);
        Assert.Equal("A/B/1", DocumentFamily.CheckChosen("A/B/1", "A/B/1", fixedByRecord: true));
    }

    [Fact]
    public void AWayOfIssuingThatIsNoneOfTheThree_IsRefused() =>
        Assert.Equal("document.issue_as", Assert.Throws<DomainException>(() => DocumentFamily.CheckIssueAs((IssueAs)7)).Code);
}
