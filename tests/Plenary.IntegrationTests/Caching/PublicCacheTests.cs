using System.Text.Json;
using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Caching;

/// <summary>
/// Anonymous reads are kept and revalidated by the record's version: an ETag, 304 while nothing
/// changed, and a write on the very next read. Readers who can edit are never served a kept copy.
/// </summary>
public abstract class PublicCacheTests : FreshSiteTests
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";
    private static readonly string[] Reads =
        [Meeting, "/api/v1" + Meeting, "/api/v1" + Meeting + "/documents/agenda?format=html", "/api/v1" + Meeting + "/documents/agenda?format=docx", "/bodies/eg-cybercrime"];

    [SkippableFact]
    public async Task AnAnonymousRead_CarriesAnETag_AndIsAnswered304WhileTheRecordIsUnchanged()
    {
        var reader = Anonymous();
        foreach (var path in Reads)
        {
            var first = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);
            Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

            var second = await reader.GetAsync(path); // from the cache: the same bytes
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, second.Headers.ETag);
            Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
            Assert.Equal(first.Content.Headers.ContentDisposition, second.Content.Headers.ContentDisposition);

            var conditional = new HttpRequestMessage(HttpMethod.Get, path);
            conditional.Headers.IfNoneMatch.Add(etag);
            var unchanged = await reader.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        }
    }

    [SkippableFact]
    public async Task AWrite_IsOnTheVeryNextAnonymousRead_OfThePageItsJsonAndItsDocuments()
    {
        var reader = Anonymous();
        var before = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var path in Reads) before[path] = (await reader.GetAsync(path)).Headers.ETag!;

        var editor = await SignedInAsync();
        var form = await ParseAsync(editor, Meeting + "/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(Meeting + "/edit", FormOf(form, new() { ["Venue"] = "Nairobi" }))).StatusCode);

        foreach (var path in Reads)
        {
            var conditional = new HttpRequestMessage(HttpMethod.Get, path);
            conditional.Headers.IfNoneMatch.Add(before[path]);
            var after = await reader.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotEqual(before[path], after.Headers.ETag);
            if (!path.Contains("docx", StringComparison.Ordinal) && path != "/bodies/eg-cybercrime")
                Assert.Contains("Nairobi", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task ReadersWhoCanEdit_AreNeverServedAKeptCopy()
    {
        var reader = Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(Meeting)).StatusCode);
        var editor = await SignedInAsync();
        var page = await editor.GetAsync(Meeting);
        Assert.Null(page.Headers.ETag);
        Assert.Contains("History of changes", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheSecretariat_SeesItsWriteAndItsHistoryAtOnce_ThoughThePageIsMadeFromValuesKeptByVersion()
    {
        var editor = await SignedInAsync();
        var before = await (await editor.GetAsync(Meeting)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Nairobi", before, StringComparison.Ordinal);
        var form = await ParseAsync(editor, Meeting + "/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(Meeting + "/edit", FormOf(form, new() { ["Venue"] = "Nairobi" }))).StatusCode);

        var after = await ParseAsync(editor, Meeting);
        Assert.Contains("Nairobi", after.Body!.TextContent, StringComparison.Ordinal);
        var history = after.GetElementById("changes-heading")!.ParentElement!;
        Assert.Contains("Nairobi", history.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheSecretariat_SeesANewPreliminaryTextCountedAtOnce_ThoughTheLinkIsKeptByVersion()
    {
        const string sixth = "/bodies/eg-cybercrime/meetings/6";
        var editor = await SignedInAsync();
        Assert.Contains("Preliminary conclusions and recommendations (32)", await editor.GetStringAsync(sixth), StringComparison.Ordinal);
        Assert.Contains("Preliminary conclusions and recommendations (32)", await editor.GetStringAsync(sixth), StringComparison.Ordinal); // kept

        var rapporteur = Site.CreateClient(new() { AllowAutoRedirect = false });
        rapporteur.DefaultRequestHeaders.Authorization = new("Bearer", await Site.TokenForAsync("chair@plenary.demo"));
        var recorded = await rapporteur.PostAsJsonAsync("/api/v1" + sixth + "/recommendations",
            new { topic = "IC", kind = "conclusion", agendaItem = "2", text = "Networks of practitioners speed up cooperation.", suggestedBy = new[] { "Estonia" } });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        Assert.Contains("Preliminary conclusions and recommendations (33)", await editor.GetStringAsync(sixth), StringComparison.Ordinal);
        Assert.Contains("Preliminary conclusions and recommendations (33)", await Anonymous().GetStringAsync(sixth), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheSecretariat_SeesANewStatementCountedAtOnce_ThoughStatementsAreKeptByVersion()
    {
        var editor = await SignedInAsync();
        static string Statements(IHtmlDocument page) =>
            page.QuerySelectorAll("h3").First(h => h.TextContent == "Statements").NextElementSibling!.TextContent;
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var recorded = JsonDocument.Parse(await api.GetStringAsync("/api/v1" + Meeting + "/statements")).RootElement.GetArrayLength();
        Assert.Equal(Statements(await ParseAsync(editor, Meeting)), Statements(await ParseAsync(editor, Meeting))); // kept

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1" + Meeting + "/statements",
            new { participant = new { state = "South Africa" }, plenaryMeeting = 1, item = "2" })).StatusCode);

        var expected = Plenary.Domain.Editorial.Numbers.Count(recorded + 1, "statement");
        Assert.StartsWith(char.ToUpperInvariant(expected[0]) + expected[1..], Statements(await ParseAsync(editor, Meeting)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ASignedInReader_SeesANewNoticeInTheUnreadCountOnTheVeryNextPage_AndNoCountOnceRead()
    {
        var editor = await SignedInAsync();
        string Inbox(IHtmlDocument page) => page.QuerySelector("header a[href='/inbox']")!.TextContent;
        Assert.Equal("Inbox", Inbox(await ParseAsync(editor, Meeting)));
        Assert.Equal("Inbox", Inbox(await ParseAsync(editor, Meeting))); // kept

        await using (var db = Site.Services.GetRequiredService<PlenaryStore>().CreateContext())
        {
            var me = await db.Users.Where(u => u.Email == "secretariat@plenary.demo").Select(u => u.Id).SingleAsync();
            db.Notifications.Add(Plenary.Application.Notifications.Notification.To(me, null, null, TimeProvider.System.GetUtcNow(),
                "A notice for the cache test", "Its text.", "/inbox"));
            await db.SaveChangesAsync();
        }
        Assert.Equal("Inbox (1 unread)", Inbox(await ParseAsync(editor, Meeting)));
        Assert.Equal("Inbox (1 unread)", Inbox(await ParseAsync(editor, "/bodies/eg-cybercrime")));

        var inbox = await ParseAsync(editor, "/inbox");
        var readAll = inbox.QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f => (f.Action ?? "").Contains("ReadAll", StringComparison.Ordinal));
        var token = readAll.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var read = await editor.PostAsync(readAll.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal("Inbox", Inbox(await ParseAsync(editor, Meeting)));
    }

    [SkippableFact]
    public async Task TheRecordVersion_RisesWithEachWriteToTheRecord_AndNotWithASignIn()
    {
        var before = await VersionAsync();
        var editor = await SignedInAsync();
        Assert.Equal(before, await VersionAsync());
        var form = await ParseAsync(editor, Meeting + "/edit");
        await editor.PostAsync(Meeting + "/edit", FormOf(form, new() { ["Venue"] = "Geneva" }));
        Assert.Equal(before + 1, await VersionAsync());
    }

    private async Task<long> VersionAsync()
    {
        await using var db = Site.Services.GetRequiredService<PlenaryStore>().CreateContext();
        return await db.RecordVersions.Where(v => v.Id == RecordVersion.Record).Select(v => v.Value).SingleAsync();
    }

    /// <summary>Every field of the page's first post form, as a browser sends it, with some values changed.</summary>
    private static FormUrlEncodedContent FormOf(IHtmlDocument page, Dictionary<string, string> changes)
    {
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
            if (input.Type is not ("checkbox" or "radio") || input.IsChecked) fields.TryAdd(input.Name!, input.Value);
        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>()) fields.TryAdd(select.Name!, select.Value ?? "");
        foreach (var (name, value) in changes) fields[name] = value;
        return new FormUrlEncodedContent(fields);
    }
}

public sealed class SqlitePublicCacheTests : PublicCacheTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresPublicCacheTests : PublicCacheTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
