using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// The Secretariat issues a convening's documents from the web and the API: a chosen date of issue, the
/// register's versions on the page, a revision (/Rev.N) once the content changed, and a revision of
/// unchanged content refused by saying so. Others see no form and are refused. On SQLite and PostgreSQL.
/// </summary>
public abstract class IssuingFromTheWebTests : FreshSiteTests
{
    private const string Agenda = "/bodies/eg-cybercrime/meetings/7/documents/agenda";

    private async Task<HttpResponseMessage> IssueAsync(HttpClient client, string? date, bool revision = false)
    {
        var page = await ParseAsync(client, Agenda);
        var fields = new Dictionary<string, string> { ["DateOfIssue"] = date ?? "" };
        if (revision) fields["Revision"] = "true";
        return await client.PostAsync(Agenda + "?handler=Issue", page.FormWith(fields));
    }

    private async Task EditAnAnnotationAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var meeting = await RecordLoader.MeetingsWithEverything(db).SingleAsync(m => m.Number == 7);
        var item = meeting.AgendaItems.Single(i => i.Item == 4);
        item.Edit(item.Title, item.ShortTitle, "A matter has now been raised under this item.");
        await db.SaveChangesAsync();
    }

    [SkippableFact]
    public async Task TheSecretariat_IssuesTheAgendaWithAChosenDate_ThenARevision_AndARevisionOfUnchangedContentSaysSo()
    {
        var client = await SignedInAsync();

        // A past convening's document is not dated today: the date must be chosen, and nothing is written until it is.
        var undated = await IssueAsync(client, null);
        Assert.Equal(HttpStatusCode.BadRequest, undated.StatusCode);
        Assert.Contains("choose the date of issue", (await ParseAsync(undated)).QuerySelector("#date-error")!.TextContent);

        var issued = await IssueAsync(client, "2021-02-05");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var page = await ParseAsync(client, Agenda);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1 was issued, dated 5 February 2021.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/1 version 1 5 February 2021"], Rows(page));

        // Nothing changed: no revision, and the page says why.
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(client, "2021-02-08", revision: true)).StatusCode);
        page = await ParseAsync(client, Agenda);
        Assert.Contains("Nothing has changed since version 1 of UNODC/CCPCJ/EG.4/2021/1 was issued on 5 February 2021", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("so no revision was issued", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Single(Rows(page));

        await EditAnAnnotationAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(client, "2021-02-10", revision: true)).StatusCode);
        page = await ParseAsync(client, Agenda);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1/Rev.1 was issued as a revision, dated 10 February 2021.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/1 version 1 5 February 2021", "UNODC/CCPCJ/EG.4/2021/1/Rev.1 version 1 10 February 2021"], Rows(page));

        // Every issue is in the audit trail.
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "Document" && a.Action == "Added"));
    }

    private static List<string> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#register-heading ~ table tbody tr")
            .Select(r => string.Join(" ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();

    [SkippableFact]
    public async Task ADelegate_SeesNoIssueForm_AndIsRefused()
    {
        var client = await SignedInAsync("delegate@plenary.demo");
        var page = await ParseAsync(client, Agenda);
        Assert.Null(page.QuerySelector("form[action*=Issue]"));

        // No form here; the token of their own account page is theirs all the same.
        var response = await client.PostAsync(Agenda + "?handler=Issue", (await ParseAsync(client, "/account")).FormWith(new() { ["DateOfIssue"] = "2021-02-05" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Documents.AnyAsync(d => d.Symbol == "UNODC/CCPCJ/EG.4/2021/1"));
    }

    [SkippableFact]
    public async Task TheApi_ARevisionOfUnchangedContent_IsNotIssued_AndTheAnswerSaysSo()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string path = "/api/v1/bodies/eg-cybercrime/meetings/7/documents/agenda/issue";

        var first = await api.PostAsJsonAsync(path, new { dateOfIssue = "2021-02-05" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1 was issued, dated 5 February 2021.", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());

        var again = await api.PostAsJsonAsync(path, new { dateOfIssue = "2021-02-06", revised = true });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var unchanged = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unchanged", unchanged.GetProperty("outcome").GetString());
        Assert.Equal("Nothing has changed since version 1 of UNODC/CCPCJ/EG.4/2021/1 was issued on 5 February 2021, so no revision was issued.", unchanged.GetProperty("message").GetString());
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Documents.AnyAsync(d => d.Symbol.EndsWith("/Rev.1")));
    }
}

public sealed class SqliteIssuingFromTheWebTests : IssuingFromTheWebTests;

public sealed class PostgresIssuingFromTheWebTests : IssuingFromTheWebTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
