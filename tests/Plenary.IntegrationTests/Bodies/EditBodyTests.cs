using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Bodies;

/// <summary>
/// Tests that write to a body's record: each test gets its own store (SQLite or PostgreSQL) and web
/// app with the demo record and accounts. The store is made inside the test, so that PostgreSQL
/// tests are skipped, not failed, where no server is configured.
/// </summary>
public abstract class BodyEditingSite : FreshSiteTests
{
    protected async Task<JsonElement> BodyJsonAsync() =>
        JsonDocument.Parse(await Site.CreateClient().GetStringAsync("/api/v1/bodies/eg-cybercrime")).RootElement;

    protected async Task<int> BodyVersionAsync() => (await BodyJsonAsync()).GetProperty("version").GetInt32();

    protected async Task<List<AuditEntry>> AuditAsync(string entityType, string action)
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }
}

/// <summary>The Secretariat edits the body's details, mandates and workplans in the web UI.</summary>
public abstract class EditBodyPageTests : BodyEditingSite
{
    private const string Details = "/bodies/eg-cybercrime/edit";
    private const string Mandates = "/bodies/eg-cybercrime/mandates";
    private const string Workplans = "/bodies/eg-cybercrime/workplans";

    [SkippableFact]
    public async Task SavingTheDetails_ShowsThemOnTheBodyPage_WithOneAuditRowAndTheHistoryPanel()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, Details);
        Assert.Equal("Expert Group", page.QuerySelector("input[name=ShortName]")!.GetAttribute("value"));
        Assert.Equal("eg-cybercrime", page.QuerySelector("#slug")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name=Slug]")); // the slug is shown, never sent

        var saved = await client.PostAsync(Details, page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["FullName"] = page.QuerySelector("input[name=FullName]")!.GetAttribute("value")!,
            ["ShortName"] = "Cybercrime Expert Group", ["Secretariat"] = "UNODC", ["SymbolSeries"] = "UNODC/CCPCJ/EG.4", ["Membership"] = "OpenEnded",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The body was saved.", (await ParseAsync(client, Details)).QuerySelector("[role=status]")!.TextContent);
        var body = await ParseAsync(client, "/bodies/eg-cybercrime");
        Assert.Contains("UNODC", body.QuerySelector(".page-head .facts")!.TextContent);
        Assert.NotNull(body.QuerySelector($"a[href='{Details}']"));
        var history = body.QuerySelector("#changes")!;
        Assert.Contains("of the body eg-cybercrime changed", history.TextContent);
        Assert.Contains("Cybercrime Expert Group", history.TextContent);
        Assert.Equal(2, await BodyVersionAsync());
        var audit = Assert.Single(await AuditAsync("Body", "Modified"));
        Assert.Equal("secretariat@plenary.demo", audit.Actor);
        Assert.Contains("\"ShortName\":\"Expert Group\"", audit.Before);
        Assert.Contains("\"ShortName\":\"Cybercrime Expert Group\"", audit.After);
        Assert.Contains("\"Version\":2", audit.After);
    }

    [SkippableTheory]
    [InlineData("", "UNODC/CCPCJ/EG.4", "FullName", "The body's full name is required")]
    [InlineData("Expert Group on Cybercrime", "UNODC CCPCJ", "SymbolSeries", "must be the organ part")]
    public async Task BadDetails_AreRefusedNextToTheirField_AndNothingIsWritten(string fullName, string series, string field, string message)
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, Details);

        var response = await client.PostAsync(Details, page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["FullName"] = fullName, ["ShortName"] = "Typed short name", ["SymbolSeries"] = series, ["Membership"] = "Listed",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await ParseAsync(response);
        var error = result.QuerySelector($"[data-valmsg-for={field}]")!;
        Assert.Contains(message, error.TextContent);
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Equal("Typed short name", result.QuerySelector("input[name=ShortName]")!.GetAttribute("value")); // what was typed stays
        Assert.Equal(1, await BodyVersionAsync());
        Assert.Empty(await AuditAsync("Body", "Modified"));
    }

    [SkippableFact]
    public async Task TwoEditorsFromTheSamePage_TheSecondIsRefusedWithWhoChangedIt()
    {
        var first = await SignedInAsync("secretariat@plenary.demo");
        var second = await SignedInAsync("admin@plenary.demo");
        var firstPage = await ParseAsync(first, Mandates);
        var secondPage = await ParseAsync(second, Workplans);

        var ok = await first.PostAsync(Mandates + "?handler=Add", firstPage.FormWith(new()
        {
            ["Version"] = VersionOn(firstPage), ["Kind"] = "Resolution", ["Symbol"] = "A/RES/75/282", ["Organ"] = "General Assembly",
        }));
        var stale = await second.PostAsync(Workplans + "?handler=Add", secondPage.FormWith(new()
        {
            ["Version"] = VersionOn(secondPage), ["Title"] = "Workplan 2022–2024", ["StartYear"] = "2022", ["EndYear"] = "2024",
        }));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var result = await ParseAsync(stale);
        var message = result.QuerySelector("p.form-error[role=alert]")!.TextContent;
        Assert.Contains("changed by someone else", message);
        Assert.Contains("secretariat@plenary.demo", message);
        Assert.Equal("2", VersionOn(result)); // the page now offers the current version
        Assert.Single((await BodyJsonAsync()).GetProperty("workplans").EnumerateArray());
    }

    [SkippableFact]
    public async Task AddingAndEditingAMandate_ShowsOnTheBodyPage_AndABrokenRuleIsShownNextToItsField()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, Mandates);
        Assert.Equal(9, page.QuerySelectorAll("ol.edit-agenda > li").Length);

        var refused = await client.PostAsync(Mandates + "?handler=Add", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Kind"] = "Resolution", ["Title"] = "A resolution of the Council", ["Organ"] = "Economic and Social Council",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var result = await ParseAsync(refused);
        Assert.Contains("A resolution needs a document symbol", result.QuerySelector("#new [data-valmsg-for=Symbol]")!.TextContent);
        Assert.Equal("A resolution of the Council", result.QuerySelector("#new input[name=Title]")!.GetAttribute("value"));
        Assert.Empty(await AuditAsync("Mandate", "Added"));

        var added = await client.PostAsync(Mandates + "?handler=Add", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Kind"] = "Resolution", ["Symbol"] = "a/res/75/282", ["Organ"] = "General Assembly", ["Session"] = "seventy-fifth session", ["AdoptedOn"] = "2021-05-26",
        }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        page = await ParseAsync(client, Mandates);
        var edited = await client.PostAsync(Mandates + "?handler=Edit", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Position"] = "1", ["Kind"] = "Resolution", ["Symbol"] = "A/RES/65/230", ["Organ"] = "General Assembly",
            ["Reference"] = "paragraph 42", ["Requests"] = "Requests the Commission to **establish** an expert group.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var body = await ParseAsync(client, "/bodies/eg-cybercrime");
        var mandates = body.QuerySelectorAll("ul.mandates > li").ToList();
        Assert.Equal(10, mandates.Count);
        Assert.Contains("General Assembly resolution 75/282", mandates[9].TextContent);
        Assert.Contains("paragraph 42", mandates[0].TextContent);
        Assert.Equal("establish", mandates[0].QuerySelector(".prose strong")!.TextContent);
        var audit = Assert.Single(await AuditAsync("Mandate", "Modified"));
        Assert.Null(JsonDocument.Parse(audit.Before!).RootElement.GetProperty("Reference").GetString());
        Assert.Equal("paragraph 42", JsonDocument.Parse(audit.After!).RootElement.GetProperty("Reference").GetString());
    }

    [SkippableFact]
    public async Task RemovingAMandate_AsksFirst_ThenRemovesItAndRenumbersTheRest()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var list = await ParseAsync(client, Mandates);
        Assert.Null(list.QuerySelector("#confirm-removal"));
        var link = list.QuerySelector("a[aria-label='Remove mandate 1']")!.GetAttribute("href")!;

        var confirm = await ParseAsync(client, link);
        var panel = confirm.QuerySelector("#confirm-removal")!;
        Assert.Contains("Remove mandate 1 (General Assembly resolution 65/230)?", panel.TextContent);
        Assert.Contains("the mandates after it move up one place", panel.TextContent);
        Assert.Equal(9, (await BodyJsonAsync()).GetProperty("mandates").GetArrayLength()); // asking removes nothing

        var form = panel.QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var removed = await client.PostAsync(form.GetAttribute("action")!, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var mandates = (await BodyJsonAsync()).GetProperty("mandates").EnumerateArray().ToList();
        Assert.Equal(8, mandates.Count);
        Assert.Equal(Enumerable.Range(1, 8), mandates.Select(m => m.GetProperty("position").GetInt32()));
        Assert.StartsWith("Salvador Declaration", mandates[0].GetProperty("title").GetString());
        var deleted = Assert.Single(await AuditAsync("Mandate", "Deleted"));
        Assert.Contains("A/RES/65/230", deleted.Before);
        Assert.Null(deleted.After);
        Assert.Equal(8, (await AuditAsync("Mandate", "Modified")).Count); // the eight that moved up
    }

    [SkippableFact]
    public async Task Workplans_AddPlanEditAndRemove_WithConfirmation()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, Workplans);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(Workplans + "?handler=Add", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Title"] = "Workplan 2022–2024", ["StartYear"] = "2022", ["EndYear"] = "2024", ["AdoptedAtMeeting"] = "8",
        }))).StatusCode);
        var workplan = (await BodyJsonAsync()).GetProperty("workplans").EnumerateArray().Single(w => w.GetProperty("startYear").GetInt32() == 2022).GetProperty("id").GetString()!;

        page = await ParseAsync(client, Workplans);
        var outside = await client.PostAsync(Workplans + "?handler=AddMeeting", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Workplan"] = workplan, ["Year"] = "2025", ["Topics"] = "Review",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("The year 2025 is outside the workplan's period 2022–2024",
            (await ParseAsync(outside)).QuerySelector($"#w{Guid.Parse(workplan):N}-new [data-valmsg-for=Year]")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(Workplans + "?handler=AddMeeting", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Workplan"] = workplan, ["Year"] = "2022", ["MeetingNumber"] = "8", ["Topics"] = "Prevention\r\nTechnical assistance",
        }))).StatusCode);
        page = await ParseAsync(client, Workplans);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(Workplans + "?handler=EditMeeting", page.FormWith(new()
        {
            ["Version"] = VersionOn(page), ["Workplan"] = workplan, ["Position"] = "1", ["Year"] = "2023", ["MeetingNumber"] = "8", ["Topics"] = "Prevention", ["IsStocktaking"] = "true",
        }))).StatusCode);

        var planned = (await BodyJsonAsync()).GetProperty("workplans").EnumerateArray().Single(w => w.GetProperty("id").GetString() == workplan).GetProperty("plannedMeetings").EnumerateArray().Single();
        Assert.Equal(2023, planned.GetProperty("year").GetInt32());
        Assert.True(planned.GetProperty("stocktaking").GetBoolean());
        Assert.Equal(["Prevention"], planned.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        var body = await ParseAsync(client, "/bodies/eg-cybercrime");
        Assert.Contains("Workplan 2022–2024", body.Body!.TextContent);
        Assert.Contains("Planned meeting 1 (2022) added", body.QuerySelector("#changes")!.TextContent); // planned meetings carry their body

        var confirm = await ParseAsync(client, $"{Workplans}?remove={workplan}");
        var panel = confirm.QuerySelector("#confirm-removal")!;
        Assert.Contains("Remove the Workplan 2022–2024 (2022–2024)?", panel.TextContent);
        Assert.Contains("with the one meeting it plans", panel.TextContent);
        var fields = panel.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(panel.QuerySelector("form")!.GetAttribute("action")!, new FormUrlEncodedContent(fields))).StatusCode);

        Assert.Single((await BodyJsonAsync()).GetProperty("workplans").EnumerateArray());
        Assert.Single(await AuditAsync("Workplan", "Deleted"));
        Assert.Single(await AuditAsync("PlannedMeeting", "Deleted"));
    }

    [SkippableFact]
    public async Task RemovingAPlannedMeeting_AsksFirst_ThenRenumbersTheRest()
    {
        var client = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(client, Workplans);
        var link = page.QuerySelector("a[aria-label^='Remove planned meeting 2 ']")!.GetAttribute("href")!;

        var panel = (await ParseAsync(client, link)).QuerySelector("#confirm-removal")!;
        Assert.Contains("Remove planned meeting 2 (2019, fifth meeting)", panel.TextContent);
        var fields = panel.QuerySelectorAll("form input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(panel.QuerySelector("form")!.GetAttribute("action")!, new FormUrlEncodedContent(fields))).StatusCode);

        var planned = (await BodyJsonAsync()).GetProperty("workplans")[0].GetProperty("plannedMeetings").EnumerateArray()
            .Select(p => (p.GetProperty("position").GetInt32(), p.GetProperty("year").GetInt32())).ToList();
        Assert.Equal([(1, 2018), (2, 2020), (3, 2021)], planned);
    }

    [SkippableTheory]
    [InlineData("delegate@plenary.demo", "/bodies/eg-cybercrime/mandates")]
    [InlineData("chair@plenary.demo", "/bodies/eg-cybercrime/edit")]
    [InlineData("secretariat@plenary.demo", "/bodies/ccpcj/mandates")] // another body's record
    public async Task OthersThanTheBodysSecretariat_CannotOpenOrPostTheEditors_AndSeeNoEditLinks(string email, string editor)
    {
        var client = await SignedInAsync(email);

        var get = await client.GetAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/account/denied", get.Headers.Location!.ToString());
        var post = await client.PostAsync(editor + "?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Version"] = "1", ["Kind"] = "Resolution", ["Symbol"] = "A/RES/75/282", ["Organ"] = "General Assembly" }));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        var body = await ParseAsync(client, editor.Replace("/mandates", "").Replace("/edit", ""));
        Assert.Empty(body.QuerySelectorAll("a[href$='/edit'], a[href$='/mandates'], a[href$='/workplans']"));
        Assert.Null(body.QuerySelector("#changes"));
        Assert.Empty(await AuditAsync("Mandate", "Added"));
        Assert.Equal(1, await BodyVersionAsync());
    }
}

/// <summary>The same writes through the API, with a personal access token.</summary>
public abstract class BodyApiWriteTests : BodyEditingSite
{
    private const string Api = "/api/v1/bodies/eg-cybercrime";

    private static async Task<int> NewVersionAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();
    }

    [SkippableFact]
    public async Task TheSecretariatsToken_EditsTheWholeBodyRecord_OneAuditRowPerEntityWritten()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var version = await BodyVersionAsync();
        Assert.Equal(1, version);

        version = await NewVersionAsync(await api.PutAsJsonAsync(Api, new { version, fullName = "Expert Group on Cybercrime", shortName = "Expert Group", secretariat = "UNODC", symbolSeries = "UNODC/CCPCJ/EG.4", membership = "listed" }));
        var added = await api.PostAsJsonAsync(Api + "/mandates", new { version, kind = "resolution", symbol = "A/RES/75/282", organ = "General Assembly" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        version = await NewVersionAsync(added);
        version = await NewVersionAsync(await api.PutAsJsonAsync(Api + "/mandates/10", new { version, kind = "resolution", symbol = "A/RES/75/282", organ = "General Assembly", reference = "paragraph 2" }));
        version = await NewVersionAsync(await api.DeleteAsync($"{Api}/mandates/10?version={version}"));
        version = await NewVersionAsync(await api.PostAsJsonAsync(Api + "/workplans", new { version, title = "Workplan 2022–2024", startYear = 2022, endYear = 2024 }));
        var workplan = (await BodyJsonAsync()).GetProperty("workplans").EnumerateArray().Single(w => w.GetProperty("startYear").GetInt32() == 2022).GetProperty("id").GetString();
        version = await NewVersionAsync(await api.PutAsJsonAsync($"{Api}/workplans/{workplan}", new { version, title = "Workplan 2022–2025", startYear = 2022, endYear = 2025 }));
        version = await NewVersionAsync(await api.PostAsJsonAsync($"{Api}/workplans/{workplan}/planned-meetings", new { version, year = 2025, meetingNumber = 9, topics = new[] { "Review" }, stocktaking = true }));
        version = await NewVersionAsync(await api.PutAsJsonAsync($"{Api}/workplans/{workplan}/planned-meetings/1", new { version, year = 2024, topics = new[] { "Review", "Stocktaking" } }));
        version = await NewVersionAsync(await api.DeleteAsync($"{Api}/workplans/{workplan}/planned-meetings/1?version={version}"));
        version = await NewVersionAsync(await api.DeleteAsync($"{Api}/workplans/{workplan}?version={version}"));

        Assert.Equal(11, version);
        var body = await BodyJsonAsync();
        Assert.Equal(11, body.GetProperty("version").GetInt32());
        Assert.Equal("listed", body.GetProperty("membership").GetString());
        Assert.Equal(9, body.GetProperty("mandates").GetArrayLength());
        Assert.Single(body.GetProperty("workplans").EnumerateArray());
        Assert.Equal(10, (await AuditAsync("Body", "Modified")).Count);
        Assert.All(await AuditAsync("Body", "Modified"), e => Assert.Equal("Api", e.Channel.ToString()));
        Assert.Single(await AuditAsync("Mandate", "Added"));
        var mandateEdit = Assert.Single(await AuditAsync("Mandate", "Modified"));
        Assert.Contains("paragraph 2", mandateEdit.After);
        Assert.Single(await AuditAsync("Mandate", "Deleted"));
        Assert.Single(await AuditAsync("Workplan", "Modified"));
        Assert.Single(await AuditAsync("PlannedMeeting", "Modified"));
        Assert.Single(await AuditAsync("PlannedMeeting", "Deleted"));
        Assert.Single(await AuditAsync("Workplan", "Deleted"));
    }

    [SkippableFact]
    public async Task AStaleVersion_IsA409WithTheChangesSince_AndNothingIsWritten()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        await NewVersionAsync(await api.DeleteAsync($"{Api}/mandates/9?version=1"));
        var stale = await api.DeleteAsync($"{Api}/mandates/1?version=1");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("changed by someone else", problem.GetProperty("detail").GetString());
        Assert.Contains("secretariat@plenary.demo", problem.GetProperty("detail").GetString());
        Assert.Equal("secretariat@plenary.demo", problem.GetProperty("changes")[0].GetProperty("actor").GetString());
        Assert.Equal(8, (await BodyJsonAsync()).GetProperty("mandates").GetArrayLength());
    }

    [SkippableFact]
    public async Task ADelegatesToken_Gets403_AndNothingIsWritten()
    {
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));

        var response = await api.PostAsJsonAsync(Api + "/mandates", new { version = 1, kind = "resolution", symbol = "A/RES/75/282", organ = "General Assembly" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, await BodyVersionAsync());
    }

    [SkippableTheory]
    [InlineData("PUT", "", "{\"fullName\":\"x\",\"shortName\":\"y\",\"membership\":\"listed\"}", "version")]
    [InlineData("PUT", "", "{\"version\":1,\"fullName\":\"x\",\"membership\":\"listed\"}", "shortName")]
    [InlineData("POST", "/mandates", "{\"version\":1,\"symbol\":\"A/RES/75/282\",\"organ\":\"General Assembly\"}", "kind")]
    [InlineData("POST", "/mandates", "{\"version\":1,\"kind\":\"resolution\",\"symbol\":\"A/RES/75/282\"}", "organ")]
    [InlineData("POST", "/workplans", "{\"version\":1,\"title\":\"W\",\"startYear\":2022}", "endYear")]
    [InlineData("DELETE", "/mandates/1", null, "version")]
    public async Task AMissingField_IsA400NamingIt(string method, string path, string? json, string field)
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var request = new HttpRequestMessage(new HttpMethod(method), Api + path);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
        Assert.Equal(1, await BodyVersionAsync());
    }

    [SkippableFact]
    public async Task ABrokenRule_IsA400NamingTheField_AndAnUnknownPositionA404()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        var broken = await api.PutAsJsonAsync(Api + "/mandates/1", new { version = 1, kind = "resolution", title = "An unnumbered resolution", organ = "General Assembly" });
        var unknown = await api.DeleteAsync($"{Api}/mandates/42?version=1");

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("symbol", JsonDocument.Parse(await broken.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("numbered 1 to 9", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(1, await BodyVersionAsync());
    }
}

public sealed class SqliteEditBodyPageTests : EditBodyPageTests;

public sealed class PostgresEditBodyPageTests : EditBodyPageTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}

public sealed class SqliteBodyApiWriteTests : BodyApiWriteTests;

public sealed class PostgresBodyApiWriteTests : BodyApiWriteTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
