using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Records;
using Plenary.Domain;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// A second kind of body, proved end to end: an ad hoc committee that holds sessions (an organizational
/// session, first to third sessions, a resumed session, an intersessional consultation), with officers
/// elected for its life at its first session, sequential symbols without a year and a United Nations
/// holiday in its organization of work (data/examples/ahc-hydrological-data.json). Its third session's
/// documents are read sentence by sentence.
/// </summary>
public abstract partial class SessionsBodyDocumentsTests
{
    protected abstract ITestStore NewStore();

    private const string Slug = "ahc-hydrological-data";
    private readonly FixedClock _clock = new(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private async Task<(ITestStore Store, PlenaryDbContext Db)> CommitteeAsync()
    {
        var store = NewStore();
        var db = await store.MigratedContextAsync();
        var result = await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.CommitteeRecord));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (store, db);
    }

    private static string Text(OfficialDocument document) => TextRenderer.Render(document).ReplaceLineEndings("\n");

    /// <summary>Paragraph texts, without their numbers, in reading order.</summary>
    private static List<string> Paragraphs(OfficialDocument document) =>
        document.Body.OfType<Paragraph>().Where(p => p.Number is not null)
            .Select(p => TextRenderer.Render(document with { Body = [p with { Number = null }], Annexes = [] }).Split("\n\n")[^2].Trim()).ToList();

    [SkippableFact]
    public async Task TheCommitteesExtendedBureau_DuringItsThirdSession_IsItsOfficersAndTheChairsSeatedOnThatDay()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;

        var body = await db.Bodies.Include(b => b.Officers).Include(b => b.ExtendedBureau).SingleAsync(b => b.Slug == Slug);

        var august = body.ExtendedBureauOn(new DateOnly(2022, 8, 30));
        var september = body.ExtendedBureauOn(new DateOnly(2022, 9, 6));

        Assert.Equal(5, august.Officers.Count);
        Assert.Equal(["GHA", "VNM", null], august.Members.Select(m => m.State));
        Assert.Equal(["KEN", "VNM", null], september.Members.Select(m => m.State));
        Assert.Equal("World Meteorological Organization", september.Members[^1].Organization);
    }

    [SkippableFact]
    public async Task TheThirdSessionsAgenda_NamesEveryConveningAndOrdersThemByDate()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;

        var agenda = (await new OfficialDocuments(db, _clock).PreviewAsync(Slug, 6, OfficialDocumentKind.Agenda))!.Document;
        var history = Paragraphs(agenda).Where(p => p.Contains(" of the Ad Hoc Committee was held", StringComparison.Ordinal)).ToList();

        Assert.Equal(
        [
            "The organizational session of the Ad Hoc Committee was held in New York from 10 to 12 May 2021 in a hybrid format.",
            "The first session of the Ad Hoc Committee was held in New York from 28 February to 11 March 2022.",
            "The first intersessional consultation of the Ad Hoc Committee was held in Vienna on 24 and 25 March 2022 in a hybrid format.",
            "The second session of the Ad Hoc Committee was held in Vienna from 30 May to 10 June 2022.",
            "The resumed second session of the Ad Hoc Committee was held in New York from 25 to 27 July 2022.",
        ], history.Select(p => p[..(p.IndexOf(". ", StringComparison.Ordinal) + 1)]));
        Assert.Contains("At that consultation, the Ad Hoc Committee heard presentations", history[2], StringComparison.Ordinal);
        Assert.EndsWith("The report on the resumed second session is contained in document A/AC.987/7.", history[4], StringComparison.Ordinal);
        Assert.Equal("Third session", agenda.Masthead.ConveningLine);
        Assert.Equal("New York, 29 August–9 September 2022", agenda.Masthead.MeetingLine);
        Assert.Equal("A/AC.987/8", agenda.Masthead.Symbol);
    }

    [SkippableFact]
    public async Task NoSentenceOfTheCommitteesDocuments_SaysMeetingForASession()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;
        var documents = new OfficialDocuments(db, _clock);

        foreach (var kind in new[] { OfficialDocumentKind.Agenda, OfficialDocumentKind.Report })
        {
            var text = Text((await documents.PreviewAsync(Slug, 6, kind))!.Document);
            // A sitting is a "plenary meeting"; nothing else in a session body's document is a meeting.
            var strays = Regex.Matches(text, @"\b(?<!plenary )meetings?\b").Select(m => text[Math.Max(0, m.Index - 60)..Math.Min(text.Length, m.Index + 20)]).ToList();
            Assert.True(strays.Count == 0, $"The {kind} says 'meeting' for a session: {string.Join(" | ", strays)}");
        }
    }

    [SkippableFact]
    public async Task TheReport_HasNoChapterAboutWhatTheRecordDoesNotHold_AndSpeaksOfRepresentatives()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;

        var report = (await new OfficialDocuments(db, _clock).PreviewAsync(Slug, 6, OfficialDocumentKind.Report))!.Document;
        var chapters = report.Body.OfType<Heading>().Where(h => h.Level == 1).Select(h => $"{h.Number} {h.Text}").ToList();
        var text = Text(report);

        Assert.Equal(["I. Introduction", "II. Summary of deliberations", "III. Organization of the session", "IV. Adoption of the report", "V. Closure of the session"], chapters);
        Assert.Equal("Draft report of the Ad Hoc Committee on an International Framework for the Exchange of Hydrological Data on its third session", report.Title);
        Assert.DoesNotContain("preliminary conclusions", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Summary by the Chair", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Statements were made by experts", text, StringComparison.Ordinal);
        Assert.Contains("Statements were made by representatives of the following Member States: [...].", text, StringComparison.Ordinal);
        Assert.Contains("At its 53rd to 67th plenary meetings, on 29, 30 and 31 August and 1, 2, 6, 7 and 8 September 2022, the Ad Hoc Committee considered agenda item 3", text, StringComparison.Ordinal);
        Assert.Contains("The session was opened by Ms. Amina Haddad (Morocco), Chair of the Ad Hoc Committee.", text, StringComparison.Ordinal);
        Assert.Contains("At its 69th plenary meeting, on 9 September 2022, the session was closed by Ms. Amina Haddad (Morocco), Chair of the Ad Hoc Committee.", text, StringComparison.Ordinal);
        // Closure is not a substantive item: the deliberations cover item 3 and other matters only.
        Assert.Equal(["A. Consideration of the revised text of the framework for the exchange of hydrological data", "B. Other matters"],
            report.Body.SkipWhile(b => b is not Heading { Text: "Summary of deliberations" }).Skip(1).TakeWhile(b => b is not Heading { Level: 1 })
                .OfType<Heading>().Select(h => $"{h.Number} {h.Text}"));
    }

    [SkippableFact]
    public async Task TheHoliday_StandsInTheOrganizationOfWork_AndNoSittingIsPlannedOnIt()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;

        var agenda = (await new OfficialDocuments(db, _clock).PreviewAsync(Slug, 6, OfficialDocumentKind.Agenda))!.Document;
        var table = Assert.IsType<Table>(Assert.Single(agenda.Annexes).Body.Single());

        var holiday = Assert.Single(table.Rows, r => TextOf(r.Cells[3]) == "United Nations holiday (Labour Day)");
        Assert.Equal("Monday, 5 September 2022", TextOf(holiday.Cells[0]));
        Assert.Equal("", TextOf(holiday.Cells[1]));
        Assert.Contains("provides for 17 plenary meetings over nine days", Text(agenda), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task IssuingTheAgenda_WithAChosenDate_TakesTheNextSequentialSymbol_AndTheReportTheOneAfter()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;
        var documents = new OfficialDocuments(db, _clock);

        var agenda = await documents.IssueAsync(Slug, 6, OfficialDocumentKind.Agenda, new IssueRequest(DateOfIssue: new DateOnly(2022, 6, 29)));

        Assert.Equal("A/AC.987/8", agenda!.Symbol);
        Assert.Equal("29 June 2022", agenda.Document.Masthead.DateOfIssue);
        var registered = await db.Documents.AsNoTracking().SingleAsync(d => d.Symbol == "A/AC.987/8");
        Assert.Equal(new DateOnly(2022, 6, 29), registered.IssuedOn);
        Assert.Equal("A/AC.987/9", (await documents.PreviewAsync(Slug, 6, OfficialDocumentKind.Report))!.Symbol);
    }

    [SkippableFact]
    public async Task APastSessionsDocument_IsNotDatedToday_UnlessADateIsChosen()
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;
        var documents = new OfficialDocuments(db, _clock);

        var e = await Assert.ThrowsAsync<DomainException>(() => documents.IssueAsync(Slug, 6, OfficialDocumentKind.Report, new IssueRequest()));

        Assert.Equal("document.date_of_issue", e.Code);
        Assert.Contains("The third session ended on 9 September 2022, so its report is not dated today", e.Message, StringComparison.Ordinal);
        Assert.Empty(await db.Documents.AsNoTracking().Where(d => d.Symbol == "A/AC.987/9").ToListAsync());
        Assert.Null((await documents.PreviewAsync(Slug, 6, OfficialDocumentKind.Report))!.DefaultDateOfIssue);
    }

    [SkippableTheory]
    [InlineData(OfficialDocumentKind.Agenda, "ahc-agenda-6.txt")]
    [InlineData(OfficialDocumentKind.Report, "ahc-report-6.txt")]
    public async Task PlainText_OfTheThirdSessionsDocuments_MatchesTheReviewedGoldenFile(OfficialDocumentKind kind, string golden)
    {
        var (store, db) = await CommitteeAsync();
        await using var _ = store;
        await using var __ = db;

        var text = Text((await new OfficialDocuments(db, _clock).PreviewAsync(Slug, 6, kind))!.Document);

        var path = Path.Combine(RepoPaths.Root, "tests", "Plenary.IntegrationTests", "Documents", "Golden", golden);
        if (Environment.GetEnvironmentVariable("PLENARY_UPDATE_GOLDEN") == "1" && store.Name == "SQLite")
            await File.WriteAllTextAsync(path, text);
        Assert.True(File.Exists(path), $"No golden file {path}; run once with PLENARY_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"), text);
    }

    private static string TextOf(TableCell cell) => string.Concat(cell.Content.OfType<Plenary.Application.Documents.Model.Text>().Select(t => t.Value));
}

public sealed class SqliteSessionsBodyDocumentsTests : SessionsBodyDocumentsTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresSessionsBodyDocumentsTests : SessionsBodyDocumentsTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
