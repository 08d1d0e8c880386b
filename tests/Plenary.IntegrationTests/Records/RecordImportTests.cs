using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Records;

/// <summary>Import and export of the record format against a real store (run on each provider).</summary>
public abstract class RecordImportTests
{
    protected abstract ITestStore NewStore();

    private static string Demo => File.ReadAllText(RepoPaths.DemoRecord);

    [SkippableFact]
    public async Task Import_OfTheDemoRecord_LoadsEverything()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();

        var result = await new ImportRecord(db).HandleAsync(Demo);

        Assert.Equal(ImportOutcome.Created, result.Outcome);
        Assert.Equal(7, await db.Meetings.CountAsync());
        Assert.Equal(10, await db.Documents.CountAsync());
        Assert.Equal(2, await db.Bodies.CountAsync()); // the Expert Group and its parent Commission
    }

    [SkippableFact]
    public async Task Import_OfTheSameFileTwice_ChangesNothing()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(Demo);
        var idsBefore = await db.Meetings.OrderBy(m => m.Number).Select(m => m.Id).ToListAsync();
        var exportBefore = await new ExportRecord(db).HandleAsync("eg-cybercrime");

        var second = await new ImportRecord(db).HandleAsync(Demo);

        Assert.Equal(ImportOutcome.Unchanged, second.Outcome);
        Assert.Equal(idsBefore, await db.Meetings.OrderBy(m => m.Number).Select(m => m.Id).ToListAsync());
        Assert.Equal(exportBefore, await new ExportRecord(db).HandleAsync("eg-cybercrime"));
    }

    [SkippableFact]
    public async Task ImportExportImport_GivesAnIdenticalRecord()
    {
        await using var first = NewStore();
        await using var second = NewStore();
        await using var db1 = await first.MigratedContextAsync();
        await using var db2 = await second.MigratedContextAsync();

        await new ImportRecord(db1).HandleAsync(Demo);
        var exported = await new ExportRecord(db1).HandleAsync("eg-cybercrime");
        var reimport = await new ImportRecord(db2).HandleAsync(exported!);
        var exportedAgain = await new ExportRecord(db2).HandleAsync("eg-cybercrime");

        Assert.Equal(ImportOutcome.Created, reimport.Outcome);
        Assert.Equal(exported, exportedAgain);
        // The demo file is kept in export form, so it survives the trip unchanged too.
        Assert.Equal(Demo.ReplaceLineEndings("\n"), exported);
    }

    [SkippableFact]
    public async Task Import_OfAChangedFile_ReplacesTheBodysRecord()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(Demo);
        var changed = JsonNode.Parse(Demo)!;
        changed["meetings"]![6]!["venue"] = "Vienna International Centre";
        changed["documents"]!.AsArray().RemoveAt(0);

        var result = await new ImportRecord(db).HandleAsync(changed.ToJsonString());

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Equal("Vienna International Centre", (await db.Meetings.SingleAsync(m => m.Number == 7)).Venue);
        Assert.Equal(9, await db.Documents.CountAsync());
        Assert.Equal(7, await db.Meetings.CountAsync());
    }

    [SkippableFact]
    public async Task Import_OfABrokenFile_ReportsEveryErrorAndWritesNothing()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        var broken = JsonNode.Parse(Demo)!;
        broken["meetings"]![6]!["endDate"] = "2021-04-05";           // before the start
        broken["meetings"]![5]!["agenda"]!["items"]![2]!["number"] = 4; // a gap after item 2
        broken["meetings"]![5]!["number"] = 5;                          // a repeated number
        broken["documents"]![0]!["symbol"] = "E//CN.15";                // not a symbol

        var result = await new ImportRecord(db).HandleAsync(broken.ToJsonString());

        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        var paths = result.Errors.Select(e => e.Path).ToList();
        Assert.Contains("$.meetings[6].endDate", paths);
        Assert.Contains("$.meetings[5].agenda.items[2].number", paths);
        Assert.Contains("$.meetings[5].number", paths);
        Assert.Contains("$.documents[0].symbol", paths);
        Assert.True(result.Errors.Count >= 3, string.Join("\n", result.Errors));
        Assert.Empty(await db.Bodies.ToListAsync());
        Assert.Empty(await db.Meetings.ToListAsync());
    }

    [SkippableFact]
    public async Task Import_OfAFileThatBreaksTheSchema_NamesEachFieldAndRule()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        var broken = JsonNode.Parse(Demo)!;
        broken["meetings"]![0]!["startDate"] = "17 January 2011";
        broken["meetings"]![1]!["format"] = "virtual";
        broken["body"]!.AsObject().Remove("fullName");
        broken["meetings"]![2]!["venu"] = "Vienna";

        var result = await new ImportRecord(db).HandleAsync(broken.ToJsonString());

        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        Assert.Contains(result.Errors, e => e.Path == "$.meetings[0].startDate" && e.Message.Contains("yyyy-MM-dd"));
        Assert.Contains(result.Errors, e => e.Path == "$.meetings[1].format" && e.Message.Contains("inPerson, hybrid, online"));
        Assert.Contains(result.Errors, e => e.Path == "$.body.fullName" && e.Message.Contains("required"));
        Assert.Contains(result.Errors, e => e.Path == "$.meetings[2].venu" && e.Message.Contains("not a field"));
        Assert.Empty(await db.Bodies.ToListAsync());
    }

    [SkippableFact]
    public async Task Import_OfAFileWithSchemaAndRuleErrors_ReportsBothKindsInOneRun()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        var broken = JsonNode.Parse(Demo)!;
        broken["meetings"]![1]!["format"] = "virtual";       // the schema's
        broken["meetings"]![6]!["endDate"] = "2021-04-05";   // a business rule's

        var result = await new ImportRecord(db).HandleAsync(broken.ToJsonString());

        Assert.Equal(["$.meetings[1].format", "$.meetings[6].endDate"], result.Errors.Select(e => e.Path));
    }
}

public sealed class SqliteRecordImportTests : RecordImportTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresRecordImportTests : RecordImportTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
