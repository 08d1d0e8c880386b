using Microsoft.EntityFrameworkCore;
using Plenary.Application.Documents;
using Plenary.Domain.Documents;

namespace Plenary.IntegrationTests.Documents;

public abstract partial class SessionsBodyDocumentsTests
{
    [SkippableFact]
    public async Task TheCommitteesAgenda_TakesARevisionAndACorrigendum_UnderItsSequentialSymbol_AndUnchangedContentIssuesNothing()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;
        var documents = new OfficialDocuments(db, _clock);
        await documents.IssueAsync(Slug, 6, OfficialDocumentKind.Agenda, new IssueRequest(DateOfIssue: new DateOnly(2022, 6, 29)));

        var unchanged = await documents.IssueAsync(Slug, 6, OfficialDocumentKind.Agenda, new IssueRequest(IssueAs.Corrigendum, new DateOnly(2022, 7, 1)));
        Assert.Equal(IssueOutcome.Unchanged, unchanged!.Outcome);
        Assert.Equal("Nothing has changed since version 1 of A/AC.987/8 was issued on 29 June 2022, so no corrigendum was issued.", OfficialDocuments.IssueSentence(unchanged, IssueAs.Corrigendum));

        var bodyId = await db.Bodies.Where(b => b.Slug == Slug).Select(b => b.Id).SingleAsync();
        var meeting = await Plenary.Application.Records.RecordLoader.MeetingsWithEverything(db).SingleAsync(m => m.Number == 6 && m.BodyId == bodyId);
        var item = meeting.AgendaItems.OrderBy(i => i.Item).Last();
        item.Edit(item.Title, item.ShortTitle, "The Committee may wish to consider the matter further.");
        await db.SaveChangesAsync();
        var revision = await documents.IssueAsync(Slug, 6, OfficialDocumentKind.Agenda, new IssueRequest(IssueAs.Revision, new DateOnly(2022, 7, 4)));
        item.Edit(item.Title, item.ShortTitle, "The Committee may wish to consider the matter at its next session.");
        await db.SaveChangesAsync();
        var corrigendum = await documents.IssueAsync(Slug, 6, OfficialDocumentKind.Agenda, new IssueRequest(IssueAs.Corrigendum, new DateOnly(2022, 7, 6)));

        Assert.Equal("A/AC.987/8/Rev.1", revision!.Symbol);
        Assert.Equal("A/AC.987/8/Rev.1/Corr.1", corrigendum!.Symbol);
        Assert.Equal("6 July 2022", corrigendum.Document.Masthead.DateOfIssue);
        Assert.Equal(["A/AC.987/8", "A/AC.987/8/Rev.1", "A/AC.987/8/Rev.1/Corr.1"],
            (await documents.PreviewAsync(Slug, 6, OfficialDocumentKind.Agenda))!.Register.Select(r => r.Symbol));
        // The report keeps the number after the agenda's: the agenda's revisions and corrigenda are not new documents.
        Assert.Equal("A/AC.987/9", (await documents.PreviewAsync(Slug, 6, OfficialDocumentKind.Report))!.Symbol);
    }
}
