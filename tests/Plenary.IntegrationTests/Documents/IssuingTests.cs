using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.Domain.Documents;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>Issuing a generated document registers it, and later issues keep its symbol and count versions.</summary>
public abstract class IssuingTests
{
    protected abstract ITestStore NewStore();

    private readonly FixedClock _clock = new(new DateTimeOffset(2021, 2, 1, 9, 0, 0, TimeSpan.Zero));

    private async Task<(ITestStore Store, PlenaryDbContext Db)> DemoAsync()
    {
        var store = NewStore();
        var db = await store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.DemoRecord));
        return (store, db);
    }

    [SkippableFact]
    public async Task IssuingTheAgenda_RegistersItUnderTheSeriesSymbolForTheYear()
    {
        var (store, db) = await DemoAsync();
        await using var _ = store;
        await using var __ = db;

        var issued = await new OfficialDocuments(db, _clock).IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest());

        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1", issued!.Symbol);
        Assert.Equal(IssueOutcome.FirstIssue, issued.Outcome);
        Assert.Equal("1 February 2021", issued.Document.Masthead.DateOfIssue);
        var registered = await db.Documents.AsNoTracking().SingleAsync(d => d.Symbol == "UNODC/CCPCJ/EG.4/2021/1");
        Assert.Equal(DocumentType.ProvisionalAgenda, registered.Type);
        Assert.Equal(7, registered.MeetingNumber);
        Assert.Equal(new DateOnly(2021, 2, 1), registered.IssuedOn);
        Assert.Equal("en", registered.OriginalLanguage);
    }

    [SkippableFact]
    public async Task IssuingAgain_WithoutEdits_ChangesNothing_AfterAnEdit_RecordsTheNextVersion()
    {
        var (store, db) = await DemoAsync();
        await using var _ = store;
        await using var __ = db;
        var documents = new OfficialDocuments(db, _clock);
        await documents.IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest());

        _clock.Now = _clock.Now.AddDays(3);
        var again = await documents.IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest());
        Assert.Equal(IssueOutcome.Unchanged, again!.Outcome);
        Assert.Equal(1, again.Version);

        var meeting = await RecordLoader.MeetingsWithEverything(db).SingleAsync(m => m.Number == 7);
        var item = meeting.AgendaItems.Single(i => i.Item == 4);
        item.Edit(item.Title, item.ShortTitle, "A matter has now been raised under this item.");
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var reissued = await documents.IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest());
        Assert.Equal(IssueOutcome.Reissued, reissued!.Outcome);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1", reissued.Symbol);
        Assert.Equal(2, reissued.Version);
        Assert.Equal("4 February 2021", reissued.Document.Masthead.DateOfIssue);
    }

    [SkippableFact]
    public async Task ARevision_IsIssuedUnderRev1()
    {
        var (store, db) = await DemoAsync();
        await using var _ = store;
        await using var __ = db;
        var documents = new OfficialDocuments(db, _clock);
        await documents.IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest());
        var meeting = await RecordLoader.MeetingsWithEverything(db).SingleAsync(m => m.Number == 7);
        meeting.AgendaItems.Single(i => i.Item == 4).Edit("Other matters", null, "Revised annotation.");
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var revision = await documents.IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest(Plenary.Domain.Documents.IssueAs.Revision));

        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1/Rev.1", revision!.Symbol);
        Assert.Equal(2, await db.Documents.CountAsync(d => d.Symbol.StartsWith("UNODC/CCPCJ/EG.4/2021/1")));
    }

    [SkippableFact]
    public async Task TheReport_UsesTheSymbolAndDateTheRecordGivesIt()
    {
        var (store, db) = await DemoAsync();
        await using var _ = store;
        await using var __ = db;

        var issued = await new OfficialDocuments(db, _clock).IssueAsync("eg-cybercrime", 6, OfficialDocumentKind.Report, new IssueRequest());

        Assert.Equal("UNODC/CCPCJ/EG.4/2020/2", issued!.Symbol);
        Assert.Equal("27 July 2020", issued.Document.Masthead.DateOfIssue);
        Assert.Equal(1, issued.Version);
        Assert.NotEmpty(issued.Document.MissingFacts);
    }

    [SkippableFact]
    public async Task ABodyWithoutASymbolSeries_CannotIssueAndIsToldWhy()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        var result = await new ImportRecord(db).HandleAsync("""
            { "formatVersion": 1, "body": { "slug": "no-series", "fullName": "A body without symbols", "shortName": "Body" },
              "meetings": [ { "number": 1, "venue": "Geneva", "startDate": "2024-05-01", "endDate": "2024-05-02" } ] }
            """);
        Assert.True(result.Succeeded);

        var e = await Assert.ThrowsAsync<DomainException>(() => new OfficialDocuments(db, _clock).IssueAsync("no-series", 1, OfficialDocumentKind.Agenda, new IssueRequest()));
        Assert.Contains("no symbol series", e.Message);
        Assert.Empty(await db.Documents.ToListAsync());
    }
}

public sealed class SqliteIssuingTests : IssuingTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresIssuingTests : IssuingTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
