using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Cli.Documents;
using Plenary.Cli;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Cli;

/// <summary>The `plenary` command as a user runs it: arguments in, text and an exit code out.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private string Connection => _store.Store.ConnectionString;

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliRunner.RunAsync(PlenaryCli.Build(), args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task DbMigrate_CreatesTheSchemaThenSaysItIsUpToDate()
    {
        var first = await RunAsync("db", "migrate", "--connection", Connection);
        var second = await RunAsync("db", "migrate", "--connection", Connection);
        Assert.Equal(0, first.Code);
        Assert.Contains("InitialRecord", first.Out);
        Assert.Equal(0, second.Code);
        Assert.Contains("up to date", second.Out);
    }

    [Fact]
    public async Task Demo_ThenExport_WritesTheDemoRecordBack()
    {
        var demo = await RunAsync("demo", "--connection", Connection);
        var export = await RunAsync("export", "--body", "eg-cybercrime", "--connection", Connection);
        Assert.Equal(0, demo.Code);
        Assert.Contains("7 meetings", demo.Out);
        Assert.Equal(0, export.Code);
        Assert.Equal(File.ReadAllText(RepoPaths.DemoRecord).ReplaceLineEndings("\n"), export.Out);
    }

    [Fact]
    public async Task Import_OfABrokenFile_ListsEveryErrorExitsOneAndWritesNothing()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """
            { "formatVersion": 1,
              "body": { "slug": "Bad Slug", "fullName": "A body", "shortName": "Body" },
              "meetings": [ { "number": 1, "venue": "Geneva", "startDate": "2024-05-03", "endDate": "2024-05-01", "format": "virtual" } ] }
            """);
        try
        {
            var import = await RunAsync("import", file, "--connection", Connection);
            var export = await RunAsync("export", "--body", "bad-slug", "--connection", Connection);
            Assert.Equal(1, import.Code);
            Assert.Contains("nothing was written", import.Err);
            Assert.Contains("$.body.slug", import.Err);
            Assert.Contains("$.meetings[0].format", import.Err);
            Assert.Equal(1, export.Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Import_OfACommitteeThatHoldsSessions_CountsItsSessions()
    {
        var import = await RunAsync("import", RepoPaths.CommitteeRecord, "--connection", Connection);
        Assert.Equal(0, import.Code);
        Assert.Contains("Loaded the record of ahc-hydrological-data: 6 sessions, 8 documents.", import.Out);
    }

    [Fact]
    public async Task Import_OfTheSameFileTwice_SaysNothingChanged()
    {
        await RunAsync("import", RepoPaths.DemoRecord, "--connection", Connection);
        var again = await RunAsync("import", RepoPaths.DemoRecord, "--connection", Connection);
        Assert.Equal(0, again.Code);
        Assert.Contains("nothing changed", again.Out);
    }

    [Theory]
    [InlineData(new[] { "import" }, "Required argument missing")]
    [InlineData(new[] { "import", "/no/such/file.json" }, "There is no file")]
    [InlineData(new[] { "export" }, "--body")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public async Task BadArguments_ExitOneWithAMessage(string[] args, string message)
    {
        var result = await RunAsync([.. args, "--connection", Connection]);
        Assert.Equal(1, result.Code);
        Assert.Contains(message, result.Err);
    }

    [Fact]
    public async Task AnUnknownProvider_IsBadInput()
    {
        var result = await RunAsync("db", "migrate", "--provider", "oracle");
        Assert.Equal(1, result.Code);
        Assert.Contains("'oracle'", result.Err);
    }

    [Fact]
    public async Task AnUnreachableStore_IsAFailure()
    {
        var result = await RunAsync("export", "--body", "x", "--provider", "PostgreSQL", "--connection", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2");
        Assert.Equal(2, result.Code);
        Assert.Contains("Cannot open the store", result.Err);
    }

    [Fact]
    public async Task Help_ExplainsTheCommandsAndExitCodes()
    {
        var result = await RunAsync("--help");
        Assert.Equal(0, result.Code);
        foreach (var word in new[] { "import", "export", "demo", "db", "Exit codes" }) Assert.Contains(word, result.Out);
    }
}

/// <summary>plenary render: the documents from the command line.</summary>
public sealed class RenderCommandTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"plenary-render-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => await RunAsync("demo");

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliRunner.RunAsync(PlenaryCli.Build(), [.. args, "--connection", _store.Store.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RenderAgenda_WritesTheFileNamedAfterItsSymbolAndIssuesIt()
    {
        var first = await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "docx", "--out", _out, "--date", "2021-02-05");
        var second = await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out);

        Assert.Equal(0, first.Code);
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", first.Out);
        Assert.Contains("issued, dated 5 February 2021", first.Out);
        Assert.True(File.Exists(Path.Combine(_out, "UNODC_CCPCJ_EG.4_2021_1.docx")));
        Assert.Equal(0, second.Code);
        Assert.Contains("unchanged", second.Out);
        Assert.StartsWith("United Nations", await File.ReadAllTextAsync(Path.Combine(_out, "UNODC_CCPCJ_EG.4_2021_1.txt")));
    }

    [Fact]
    public async Task RenderOfAnUnchangedRecord_IsWrittenFromTheKeptCopy_AndNeverAfterAChangeToTheRecord()
    {
        string[] render = ["render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out, "--date", "2021-02-05"];
        var file = Path.Combine(_out, "UNODC_CCPCJ_EG.4_2021_1.txt");
        var kept = RenderCache.FolderFor(_store.Store, Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"));
        Assert.Contains("was issued", (await RunAsync(render)).Out);
        Assert.False(Directory.Exists(kept) && Directory.GetFiles(kept).Length > 0); // a render that issues is not kept

        var second = await RunAsync(render); // writes nothing to the record: kept
        Assert.Contains("is unchanged since its last issue", second.Out);
        var copy = Assert.Single(Directory.GetFiles(kept, "*.bin"));
        await File.WriteAllTextAsync(copy, "THE KEPT COPY");
        var third = await RunAsync(render);
        Assert.Equal(0, third.Code);
        Assert.Equal(second.Out, third.Out);
        Assert.Equal("THE KEPT COPY", await File.ReadAllTextAsync(file)); // served from the cache, not composed

        var fresh = await RunAsync([.. render, "--fresh"]);
        Assert.StartsWith("United Nations", await File.ReadAllTextAsync(file));
        Assert.Equal(second.Out, fresh.Out);

        // Any write to the record raises its version: the next render composes and shows it.
        await using (var db = _store.Store.CreateContext())
        {
            var body = await db.Bodies.Where(b => b.Slug == "eg-cybercrime").Select(b => b.Id).SingleAsync();
            var meeting = await Plenary.Application.Records.RecordLoader.MeetingsWithEverything(db).SingleAsync(m => m.BodyId == body && m.Number == 7);
            var item = meeting.AgendaInOrder.First();
            meeting.EditAgendaItem(item.Number, item.Title, item.ShortTitle, "Under this item, the annotation changed after the kept render.", item.Role);
            await db.SaveChangesAsync();
        }
        var changed = await RunAsync(render);
        Assert.Contains("was re-issued as version 2", changed.Out);
        Assert.Contains("the annotation changed after the kept render", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task RenderRevisedOrCorrigendum_OfUnchangedContent_SaysNothingChanged_ExitsThree_AndWritesNoFile()
    {
        Assert.Equal(0, (await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out, "--date", "2021-02-05")).Code);

        var revised = await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out, "--date", "2021-02-08", "--revised");
        var corrigendum = await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out, "--date", "2021-02-08", "--corrigendum");

        Assert.Equal(ExitCodes.NothingChanged, revised.Code);
        Assert.Equal("Nothing has changed since version 1 of UNODC/CCPCJ/EG.4/2021/1 was issued on 5 February 2021, so no revision was issued.", revised.Out.Trim());
        Assert.Equal(ExitCodes.NothingChanged, corrigendum.Code);
        Assert.Contains("so no corrigendum was issued", corrigendum.Out);
        Assert.Equal(["UNODC_CCPCJ_EG.4_2021_1.txt"], Directory.GetFiles(_out).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RenderWithASymbol_IssuesUnderIt_AndRefusesRevisedWithCorrigendum()
    {
        var chosen = await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out, "--date", "2021-02-05", "--symbol", "UNODC/CCPCJ/EG.4/2021/5");
        var both = await RunAsync("render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt", "--out", _out, "--revised", "--corrigendum");

        Assert.True(chosen.Code == 0, chosen.Err);
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/5 was issued, dated 5 February 2021.", chosen.Out);
        Assert.Equal(1, both.Code);
        Assert.Contains("--revised and --corrigendum", both.Err);
    }

    [Fact]
    public async Task RenderReport_ListsTheFactsTheRecordLacks()
    {
        var result = await RunAsync("render", "report", "--body", "eg-cybercrime", "--meeting", "6", "--format", "txt", "--out", _out);
        Assert.Equal(0, result.Code);
        Assert.Contains("The record lacks", result.Out);
        Assert.Contains("/bodies/eg-cybercrime/meetings/6#organization-of-work", result.Out);
        Assert.DoesNotContain("#participation", result.Out); // attendance and statements are in the demo record
    }

    [Fact]
    public async Task RenderParticipants_WritesTheProvisionalListOfParticipantsUnderItsInfSymbol()
    {
        var result = await RunAsync("render", "participants", "--body", "eg-cybercrime", "--meeting", "6", "--format", "txt", "--date", "2020-07-27", "--out", _out);

        Assert.True(result.Code == 0, result.Err);
        var text = await File.ReadAllTextAsync(Path.Combine(_out, "UNODC_CCPCJ_EG.4_2020_INF_1.txt"));
        Assert.Contains("Provisional list of participants", text);
        Assert.Contains("Member States", text);
        Assert.Contains("Mr. George-Maria TYENDEZWA", text);
        Assert.True(text.IndexOf("Argentina", StringComparison.Ordinal) < text.IndexOf("Brazil", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "render", "minutes", "--body", "eg-cybercrime", "--meeting", "7" }, "'minutes' is not a document")]
    [InlineData(new[] { "render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "txt" }, "choose the date of issue (--date")]
    [InlineData(new[] { "render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--date", "6 April 2021" }, "--date '6 April 2021' is not a date written YYYY-MM-DD")]
    [InlineData(new[] { "render", "agenda", "--body", "eg-cybercrime", "--meeting", "7", "--format", "odt" }, "--format 'odt'")]
    [InlineData(new[] { "render", "agenda", "--body", "eg-cybercrime", "--meeting", "70" }, "no convening 70")]
    [InlineData(new[] { "render", "agenda", "--meeting", "7" }, "--body")]
    public async Task BadArguments_ExitOne(string[] args, string message)
    {
        var result = await RunAsync([.. args, "--out", _out]);
        Assert.Equal(1, result.Code);
        Assert.Contains(message, result.Err);
    }
}
