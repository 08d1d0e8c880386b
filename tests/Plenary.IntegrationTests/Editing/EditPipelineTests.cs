using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Bodies;
using Plenary.Application.Data;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Application.Records;
using Plenary.Domain.Documents;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Editing;

/// <summary>
/// The one edit pipeline against a real store (run on each provider): what happens when an edit
/// meets another one at the store, and how "no such thing" is told, the same for every aggregate.
/// </summary>
public abstract class EditPipelineTests
{
    protected abstract ITestStore NewStore();

    private static async Task<PlenaryDbContext> DemoAsync(ITestStore store)
    {
        var db = await store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.DemoRecord));
        db.ChangeTracker.Clear();
        return db;
    }

    private static EditPipeline Pipeline(PlenaryDbContext db) => new(db, new AuditQueries(db));

    [SkippableFact]
    public async Task AValueThatAnotherEditHasJustRecordedUnderAUniqueKey_IsAClashNamingIt_NotAStoreError()
    {
        await using var store = NewStore();
        await using var db = await DemoAsync(store);
        var body = await db.Bodies.SingleAsync(b => b.Slug == "eg-cybercrime");
        var taken = await db.Documents.Where(d => d.BodyId == body.Id).Select(d => d.Symbol).FirstAsync();
        var before = await db.Documents.CountAsync();

        // The check passes, as it does for two registrations racing: the store's unique key decides.
        var (result, added) = await Pipeline(db).AddAsync(
            () => Document.Register(body.Id, null, taken, "A second entry", DocumentType.Other, null, Distribution.General, "en", ["en"]),
            _ => Task.FromResult<EditResult?>(null), _ => null,
            d => EditResult.Clash($"The symbol {d.Symbol} has just been registered by another edit.", "Symbol"), CancellationToken.None);

        Assert.True(result.Clashed);
        Assert.True(result.IsConflict);
        Assert.Equal("Symbol", result.Field);
        Assert.Contains(taken, result.Error);
        Assert.Null(added);
        Assert.Equal(before, await db.Documents.CountAsync());
    }

    [SkippableFact]
    public async Task AnEditWhoseSaveMeetsAnotherEditorsSave_IsStale_WithTheirChange_AndWritesNothing()
    {
        await using var store = NewStore();
        await using var db = await DemoAsync(store);
        await using var other = store.Store.CreateContext();
        other.Actor = new AuditActor(null, "another editor", AuditChannel.Web);
        var version = await db.Meetings.Where(m => m.Number == 7).Select(m => m.Version).FirstAsync();
        var body = await db.Bodies.SingleAsync(b => b.Slug == "eg-cybercrime");

        var result = await Pipeline(db).EditAsync(
            new EditTarget<Plenary.Domain.Meetings.Meeting>("The meeting",
                ct => RecordLoader.MeetingsWithEverything(db).SingleOrDefaultAsync(m => m.BodyId == body.Id && m.Number == 7, ct), "none"),
            version, async m =>
            {
                // Between this edit's read and its save, another editor saves the same meeting.
                var theirs = await new EditMeeting(other, Pipeline(other)).AddItemAsync("eg-cybercrime", 7, version, "Their item", null, null, null);
                Assert.True(theirs.Succeeded);
                m.AddAgendaItem("Our item", null, null);
                return null;
            }, CancellationToken.None);

        Assert.True(result.IsStale);
        Assert.Contains("another editor", result.Error);
        db.ChangeTracker.Clear();
        var titles = await db.Meetings.Where(m => m.Number == 7 && m.BodyId == body.Id).SelectMany(m => m.AgendaItems).Select(i => i.Title).ToListAsync();
        Assert.Contains("Their item", titles);
        Assert.DoesNotContain("Our item", titles);
    }

    [SkippableFact]
    public async Task ARuleAboutSomethingThatIsNotThere_IsNotFound_ForAMeetingAsForABody()
    {
        await using var store = NewStore();
        await using var db = await DemoAsync(store);
        var meetingVersion = await db.Meetings.Where(m => m.Number == 7).Select(m => m.Version).FirstAsync();
        var bodyVersion = await db.Bodies.Where(b => b.Slug == "eg-cybercrime").Select(b => b.Version).FirstAsync();

        var item = await new EditMeeting(db, Pipeline(db)).EditItemAsync("eg-cybercrime", 7, meetingVersion, "19", "A title", null, null);
        var mandate = await new EditBody(db, Pipeline(db)).RemoveMandateAsync("eg-cybercrime", bodyVersion, 99);

        Assert.True(item.NotFound, item.Error);
        Assert.Contains("no item 19", item.Error);
        Assert.True(mandate.NotFound, mandate.Error);
        Assert.Contains("no mandate 99", mandate.Error);
    }
}

public sealed class SqliteEditPipelineTests : EditPipelineTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresEditPipelineTests : EditPipelineTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
