using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plenary.Application.Audit;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Editing;
using Plenary.Application.Records;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.IntegrationTests.Documents;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// The compilation rendered to PDF (LibreOffice, read back with poppler) for the Expert Group and for a body that holds
/// sessions; and a comment round on the committee's compilation, which speaks of its stocktaking session, through the record
/// format and the export. Without LibreOffice the PDF checks are skipped, unless PLENARY_REQUIRE_PDF=1.
/// </summary>
public abstract class CompilationPdfAndSessionsRoundTests
{
    protected abstract ITestStore NewStore();

    private static void SkipWithoutPdf()
    {
        var missing = !new PdfRenderer().IsAvailable ? "LibreOffice (soffice) is not installed" : Poppler.Missing();
        if (missing is null) return;
        if (Environment.GetEnvironmentVariable("PLENARY_REQUIRE_PDF") == "1") Assert.Fail($"PLENARY_REQUIRE_PDF=1 but {missing}");
        Skip.If(true, $"PDF tests skipped: {missing}");
    }

    /// <summary>The committee with a list at its second session (convening 4) and its third session (convening 6) as the stocktaking one.</summary>
    private static string CommitteeWithStocktaking()
    {
        var record = JsonNode.Parse(SessionsBodyListTests.CommitteeWithList())!.AsObject();
        var planned = record["workplans"]![0]!["plannedMeetings"]!.AsArray();
        planned[1] = JsonNode.Parse("""{ "year": 2022, "meetingNumber": 6, "stocktaking": true }""");
        record["meetings"]!.AsArray().Single(m => (int)m!["number"]! == 6)!["stocktaking"] = true;
        return record.ToJsonString();
    }

    private static async Task<string> PdfTextAsync(OfficialDocumentKind kind, Plenary.Application.Data.PlenaryDbContext db, string slug, int number)
    {
        var generated = await new OfficialDocuments(db, TimeProvider.System).PreviewAsync(slug, number, kind);
        var pdf = await new PdfRenderer().RenderAsync(generated!.Document);
        var path = Path.Combine(Path.GetTempPath(), $"plenary-compilation-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
            return Regex.Replace(Poppler.Run("pdftotext", path, "-"), @"\s+", " ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public async Task TheDemosCompilation_RendersToPdf_WithItsSymbolTitleAndTexts()
    {
        SkipWithoutPdf();
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        Assert.True((await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.DemoRecord))).Succeeded);

        var text = await PdfTextAsync(OfficialDocumentKind.Compilation, db, "eg-cybercrime", 7);

        Assert.Contains("UNODC/CCPCJ/EG.4/2021/CRP.1", text);
        Assert.Contains("Original: all languages", text);
        Assert.Contains("2018/LF/1", text);
        Assert.Contains("2020/PR/13", text);
        Assert.Contains("Conference room paper prepared by the Secretariat", text);
    }

    [SkippableFact]
    public async Task ACommitteesCompilation_RendersToPdf_AndSpeaksOfSessions()
    {
        SkipWithoutPdf();
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        var imported = await new ImportRecord(db).HandleAsync(CommitteeWithStocktaking());
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));

        var text = await PdfTextAsync(OfficialDocumentKind.Compilation, db, "ahc-hydrological-data", 6);

        Assert.Contains("A/AC.987/CRP.", text);
        Assert.Contains("2022/SHD/1", text);
        Assert.Contains("Riparian States should exchange river flow data", text);
        Assert.Contains("suggested by Member States during the sessions of the Ad Hoc Committee", text);
        Assert.DoesNotContain("stocktaking meeting", text);
    }

    [SkippableFact]
    public async Task ACommentRoundOnACommitteesCompilation_SpeaksOfItsStocktakingSession_AndRoundTripsThroughTheRecordFormat()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        Assert.True((await new ImportRecord(db).HandleAsync(CommitteeWithStocktaking())).Succeeded);
        var clock = new FixedClock(new DateTimeOffset(2022, 6, 20, 8, 0, 0, TimeSpan.Zero));
        var rounds = new CommentRounds(db, new EditPipeline(db, new AuditQueries(db)), clock, new OfficialDocuments(db, clock), new CommentLimits());

        var (opened, number) = await rounds.OpenAsync("ahc-hydrological-data", 6, new RoundInput(new(2022, 7, 29), new(17, 30), "America/New_York", ["memberStates", "stakeholders"]), "Secretariat");
        Assert.True(opened.Succeeded, opened.Error);
        var (commented, _) = await rounds.CommentAsync("ahc-hydrological-data", number!.Value, new CommenterRef(CommenterKind.State, "Bangladesh"), "2022/SHD/1",
            "Bangladesh proposes that the text refer also to sediment data.", null, "Permanent Mission of Bangladesh");
        Assert.True(commented.Succeeded, commented.Error);
        Assert.True((await rounds.PostAsync("ahc-hydrological-data", 1, 1, 1, "Secretariat")).Succeeded);
        clock.Now = new DateTimeOffset(2022, 7, 29, 21, 30, 0, TimeSpan.Zero);
        var (late, _) = await rounds.CommentAsync("ahc-hydrological-data", 1, new CommenterRef(CommenterKind.State, "NPL"), null, "Late.", null, "Permanent Mission of Nepal");
        var queries = new CommentRoundQueries(db, clock);
        var symbol = (await queries.GetAsync("ahc-hydrological-data", 1, CommentsShown.Public))!.CompilationSymbol;
        Assert.StartsWith("A/AC.987/CRP.", symbol);
        Assert.Equal($"The comment round on {symbol} closed at 5.30 p.m. on 29 July 2022 (New York time); comments are no longer taken.", late.Error);

        var document = (await queries.DocumentAsync("ahc-hydrological-data", 1))!.Value.Document;
        var text = TextRenderer.Render(document);
        Assert.Contains($"{symbol}/Add.1", text);
        Assert.Contains("Third session", text);
        Assert.Contains("at its stocktaking session.", text);
        Assert.Contains("to Member States and other stakeholders for comment, and invited comments by 5.30 p.m. on 29 July 2022 (New York time).", text);
        Assert.Contains("Bangladesh proposes that the text refer also to sediment data.", text);
        Assert.DoesNotContain("meeting", text);

        var exported = await new ExportRecord(db).HandleAsync("ahc-hydrological-data");
        Assert.Contains("\"commentRounds\"", exported);
        Assert.Equal(ImportOutcome.Unchanged, (await new ImportRecord(db).HandleAsync(exported!)).Outcome);
    }
    [SkippableFact]
    public async Task ACommitteesRound_IsExtendedAndWithdrawn_InItsTimeZone_AndBothRoundTripThroughTheRecordFormat()
    {
        await using var store = NewStore();
        await using var db = await store.MigratedContextAsync();
        Assert.True((await new ImportRecord(db).HandleAsync(CommitteeWithStocktaking())).Succeeded);
        var clock = new FixedClock(new DateTimeOffset(2022, 6, 20, 8, 0, 0, TimeSpan.Zero));
        var rounds = new CommentRounds(db, new EditPipeline(db, new AuditQueries(db)), clock, new OfficialDocuments(db, clock), new CommentLimits());
        Assert.True((await rounds.OpenAsync("ahc-hydrological-data", 6, new RoundInput(new(2022, 7, 29), new(17, 30), "America/New_York", ["memberStates"]), "Secretariat")).Result.Succeeded);

        clock.Now = new DateTimeOffset(2022, 7, 28, 14, 0, 0, TimeSpan.Zero);
        Assert.True((await rounds.ExtendAsync("ahc-hydrological-data", 1, 1, new(2022, 8, 5), new(17, 30), "Secretariat")).Succeeded);
        clock.Now = new DateTimeOffset(2022, 8, 1, 14, 0, 0, TimeSpan.Zero);
        Assert.True((await rounds.WithdrawAsync("ahc-hydrological-data", 1, 2, "The compilation is reissued.", "Secretariat")).Succeeded);
        var (late, _) = await rounds.CommentAsync("ahc-hydrological-data", 1, new CommenterRef(CommenterKind.State, "NPL"), null, "Late.", null, "Permanent Mission of Nepal");

        var view = (await new CommentRoundQueries(db, clock).GetAsync("ahc-hydrological-data", 1, CommentsShown.Public))!;
        Assert.Equal("The deadline was extended from 5.30 p.m. on 29 July 2022 (New York time), on 28 July 2022.", view.Extension);
        Assert.Equal("The Secretariat withdrew the round on 1 August 2022; no comment is taken. The reason given: The compilation is reissued.", view.Withdrawal);
        Assert.Equal($"The comment round on {view.CompilationSymbol} was withdrawn on 1 August 2022; comments are no longer taken.", late.Error);
        var exported = (await new ExportRecord(db).HandleAsync("ahc-hydrological-data"))!;
        Assert.Contains("\"originalDeadlineDate\": \"2022-07-29\"", exported);
        Assert.Contains("\"withdrawalReason\": \"The compilation is reissued.\"", exported);
        db.ChangeTracker.Clear();
        Assert.Equal(ImportOutcome.Unchanged, (await new ImportRecord(db).HandleAsync(exported)).Outcome);
    }
}

public sealed class SqliteCompilationPdfAndSessionsRoundTests : CompilationPdfAndSessionsRoundTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresCompilationPdfAndSessionsRoundTests : CompilationPdfAndSessionsRoundTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
