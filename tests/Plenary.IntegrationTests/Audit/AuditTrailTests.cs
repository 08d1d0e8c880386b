using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Accounts;
using Plenary.Application.Audit;
using Plenary.Application.Documents;
using Plenary.Application.Records;
using Plenary.Cli;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Audit;

/// <summary>Every kind of write leaves its audit rows, and the rows are never changed.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static string Demo => File.ReadAllText(RepoPaths.DemoRecord);

    [Fact]
    public async Task AnImport_LeavesOneEntryWithTheRecordBeforeAndAfter()
    {
        await using var db = await _store.MigratedContextAsync();
        db.Actor = new AuditActor(null, "tester", AuditChannel.Cli);
        await new ImportRecord(db).HandleAsync(Demo);
        await new ImportRecord(db).HandleAsync(Demo); // unchanged: nothing to record
        var changed = JsonNode.Parse(Demo)!;
        changed["meetings"]![6]!["venue"] = "Vienna International Centre";
        await new ImportRecord(db).HandleAsync(changed.ToJsonString());

        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["Imported", "Replaced"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("BodyRecord", "eg-cybercrime", AuditChannel.Import, "tester"), (e.EntityType, e.EntityId, e.Channel, e.Actor)));
        Assert.Null(entries[0].Before);
        Assert.Contains("\"venue\": \"Vienna\"", entries[1].Before);
        Assert.Contains("Vienna International Centre", entries[1].After);
    }

    [Fact]
    public async Task IssuingADocument_LeavesOneEntryForTheRegisteredDocument()
    {
        await using var db = await _store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(Demo);
        var before = await db.AuditEntries.CountAsync();
        db.Actor = new AuditActor(null, "officer", AuditChannel.Cli);

        await new OfficialDocuments(db, TimeProvider.System).IssueAsync("eg-cybercrime", 7, OfficialDocumentKind.Agenda, new IssueRequest(DateOfIssue: new DateOnly(2021, 3, 1)));

        var entry = Assert.Single(await db.AuditEntries.Skip(before).ToListAsync());
        Assert.Equal(("Document", "Added", "officer"), (entry.EntityType, entry.Action, entry.Actor));
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1", entry.After);
        Assert.DoesNotContain("SymbolOrder", entry.After); // made from the symbol; not text a reader reads
    }

    [Fact]
    public async Task AddingAUserFromTheCli_IsAuditedWithoutThePasswordHash()
    {
        var code = await CliRunner.RunAsync(PlenaryCli.Build(),
            ["users", "add", "--email", "new@un.org", "--role", "Administrator", "--password", "a long enough passphrase", "--connection", _store.Store.ConnectionString],
            new StringWriter(), new StringWriter());
        Assert.Equal(0, code);

        await using var db = _store.Store.CreateContext();
        var entries = await db.AuditEntries.ToListAsync();
        var user = Assert.Single(entries, e => e.EntityType == nameof(PlenaryUser));
        Assert.Single(entries, e => e.EntityType == "RoleAssignment" && e.Action == "Added");
        Assert.Equal(AuditChannel.Cli, user.Channel);
        Assert.StartsWith("cli:", user.Actor);
        Assert.Contains("new@un.org", user.After);
        Assert.DoesNotContain("PasswordHash", user.After);
    }

    [Fact]
    public async Task AnAuditEntry_CannotBeChangedOrRemoved()
    {
        await using var db = await _store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(Demo);
        var entry = await db.AuditEntries.FirstAsync();

        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void TheCsvExport_QuotesWhatWouldBreakOrRunInASpreadsheet()
    {
        var csv = AuditQueries.ToCsv([new AuditRow(1, DateTimeOffset.UnixEpoch, "=cmd|' /C calc'!A0", "Web", "Meeting", "x", "Modified", "{\"a\":\"b, c\"}", null)]);
        var line = csv.Split("\r\n")[1];
        Assert.Contains("\"'=cmd|' /C calc'!A0\"", line);
        Assert.Contains("\"{\"\"a\"\":\"\"b, c\"\"}\"", line);
    }
}

/// <summary>The Administrator's audit log, and who may see it.</summary>
public sealed class AuditLogPageTests(SqliteDemoSite site) : IClassFixture<SqliteDemoSite>
{
    private static async Task SignInAsync(HttpClient client, string email) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);

    [Fact]
    public async Task TheAdministrator_SeesTheLogFiltersItAndDownloadsIt()
    {
        var client = site.Client();
        await SignInAsync(client, "admin@plenary.demo");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin/audit?entity=BodyRecord"));
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains("Imported", rows[0].TextContent);

        var csv = await client.GetAsync("/admin/audit.csv?entity=RoleAssignment");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,occurred_at,actor,channel,entity_type", lines[0]);
        Assert.Equal(DemoAccounts.All.Count, lines.Length - 1);
    }

    [Theory]
    [InlineData("delegate@plenary.demo")]
    [InlineData("secretariat@plenary.demo")]
    public async Task OtherRoles_AreDeniedTheLog(string email)
    {
        var client = site.Client();
        await SignInAsync(client, email);
        var response = await client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
        var csv = await client.GetAsync("/admin/audit.csv");
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", csv.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await site.Client().GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheMeetingsHistoryPanel_IsShownToTheSecretariatOnly()
    {
        var anonymous = new HtmlParser().ParseDocument(await site.Client().GetStringAsync("/bodies/eg-cybercrime/meetings/7"));
        Assert.Null(anonymous.QuerySelector("#changes"));

        var client = site.Client();
        await SignInAsync(client, "secretariat@plenary.demo");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/bodies/eg-cybercrime/meetings/7"));
        Assert.NotNull(page.QuerySelector("#changes"));
    }
}
