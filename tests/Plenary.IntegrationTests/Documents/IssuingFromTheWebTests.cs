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

    /// <summary>Issues as a user does: the form, then the confirmation it shows (unless the first post already answers: a refusal, or nothing changed).</summary>
    private async Task<HttpResponseMessage> IssueAsync(HttpClient client, string? date, bool revision = false, string? issueAs = null, string? symbol = null)
    {
        var page = await ParseAsync(client, Agenda);
        var fields = new Dictionary<string, string> { ["DateOfIssue"] = date ?? "" };
        if (revision) fields["As"] = "Revision";
        if (issueAs is not null) fields["As"] = issueAs;
        if (symbol is not null) fields["Symbol"] = symbol;
        var first = await client.PostAsync(Agenda + "?handler=Issue", page.FormWith(fields));
        if (first.StatusCode != HttpStatusCode.OK) return first;
        var confirm = await ParseAsync(first);
        var form = confirm.QuerySelector("#confirm-issue form")!;
        var confirmed = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return await client.PostAsync(Agenda + "?handler=Issue", confirm.FormWith(confirmed));
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
    public async Task IssuingAsksForConfirmation_NamingTheSymbolAndDate_AndWritesNothingUntilConfirmed()
    {
        var client = await SignedInAsync();
        var page = await ParseAsync(client, Agenda);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1", page.QuerySelector("#Symbol")!.GetAttribute("value"));

        var first = await client.PostAsync(Agenda + "?handler=Issue", page.FormWith(new() { ["DateOfIssue"] = "2021-02-05", ["Symbol"] = "UNODC/CCPCJ/EG.4/2021/1" }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var confirm = (await ParseAsync(first)).QuerySelector("#confirm-issue")!;
        Assert.Contains("UNODC/CCPCJ/EG.4/2021/1 will be issued, dated 5 February 2021.", confirm.TextContent);
        Assert.Contains("cannot be undone", confirm.TextContent);
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Documents.AnyAsync(d => d.Symbol.StartsWith("UNODC/CCPCJ/EG.4/2021/1")));
    }

    [SkippableFact]
    public async Task TheSecretariat_ChoosesTheSymbol_OfAFirstIssue_AndTheDomainRefusesARevisionsSymbol()
    {
        var client = await SignedInAsync();

        var refused = await IssueAsync(client, "2021-02-05", symbol: "UNODC/CCPCJ/EG.4/2021/7/Rev.1");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is a revision's or a corrigendum's", (await ParseAsync(refused)).QuerySelector("#symbol-error")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(client, "2021-02-05", symbol: "UNODC/CCPCJ/EG.4/2021/7")).StatusCode);
        var page = await ParseAsync(client, Agenda);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/7 was issued, dated 5 February 2021.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        // Once registered, the symbol is the register's: no field offers another.
        Assert.Null(page.QuerySelector("#Symbol"));
        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/7 version 1 5 February 2021"], Rows(page));
    }

    [SkippableFact]
    public async Task ACorrigendum_IsIssuedUnderCorrN_LinkedBothWays_WithEveryIssueWhoAndFingerprint()
    {
        var client = await SignedInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(client, "2021-02-05")).StatusCode);

        // Unchanged content: no corrigendum either.
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(client, "2021-02-08", issueAs: "Corrigendum")).StatusCode);
        Assert.Contains("so no corrigendum was issued", (await ParseAsync(client, Agenda)).QuerySelector("[role=status]")!.TextContent);

        await EditAnAnnotationAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(client, "2021-02-09", issueAs: "Corrigendum")).StatusCode);
        var page = await ParseAsync(client, Agenda);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1/Corr.1 was issued as a corrigendum, dated 9 February 2021.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var versions = page.QuerySelectorAll("#issues-heading ~ div table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/1", "UNODC/CCPCJ/EG.4/2021/1/Corr.1"], versions.Select(v => v[0]));
        Assert.Equal(["5 February 2021", "9 February 2021"], versions.Select(v => v[2]));
        Assert.All(versions, v => Assert.Matches("^[0-9a-f]{12}$", v[3]));
        Assert.NotEqual(versions[0][3], versions[1][3]);
        Assert.All(versions, v => Assert.StartsWith("secretariat@plenary.demo (web, ", v[4]));

        // The register links the original and its corrigendum both ways.
        var original = await ParseAsync(client, "/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_1");
        Assert.Contains("/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_1_Corr.1", original.QuerySelectorAll("#family a").Select(a => a.GetAttribute("href")));
        var corrigendum = await ParseAsync(client, "/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_1_Corr.1");
        Assert.Contains("This document is a corrigendum to UNODC/CCPCJ/EG.4/2021/1.", corrigendum.QuerySelector("#family p")!.TextContent);
        Assert.Equal(2, corrigendum.QuerySelectorAll("#versions tbody tr").Length);

        // Anyone reads the versions through the API; who issued each is the Secretariat's to see.
        var issues = await (await Anonymous().GetAsync("/api/v1/bodies/eg-cybercrime/documents/UNODC_CCPCJ_EG.4_2021_1_Corr.1/issues")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1", issues.GetProperty("original").GetString());
        Assert.Equal(["original", "corrigendum"], issues.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("relation").GetString()));
        Assert.All(issues.GetProperty("issues").EnumerateArray(), i => Assert.Equal("", i.GetProperty("issuedBy").GetString()));

        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/1", "UNODC/CCPCJ/EG.4/2021/1/Corr.1"],
            (await db.AuditEntries.Where(a => a.EntityType == "Document" && a.Action == "Added").OrderBy(a => a.Id).Select(a => a.After!).ToListAsync())
                .Select(a => JsonDocument.Parse(a).RootElement.GetProperty("Symbol").GetString()));
    }

    [SkippableFact]
    public async Task TheApi_IssuesACorrigendum_AndRefusesARevisionAndACorrigendumAtOnce()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string path = "/api/v1/bodies/eg-cybercrime/meetings/7/documents/agenda/issue";

        var before = await api.PostAsJsonAsync(path, new { dateOfIssue = "2021-02-05", corrigendum = true });
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("has not been issued yet", await before.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync(path, new { dateOfIssue = "2021-02-05", symbol = "UNODC/CCPCJ/EG.4/2021/1" })).StatusCode);
        var both = await api.PostAsJsonAsync(path, new { dateOfIssue = "2021-02-06", revised = true, corrigendum = true });
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal("application/problem+json", both.Content.Headers.ContentType!.MediaType);

        await EditAnAnnotationAsync();
        var corrected = await (await api.PostAsJsonAsync(path, new { dateOfIssue = "2021-02-09", corrigendum = true })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1/Corr.1", corrected.GetProperty("symbol").GetString());
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1/Corr.1 was issued as a corrigendum, dated 9 February 2021.", corrected.GetProperty("message").GetString());
    }

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
