using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>The Secretariat keeps the register of organizations: adds, renames and recategorises, on the pages and through the API.</summary>
public abstract class RegisterEditingTests : FreshSiteTests
{
    private const string Interpol = "1b10484d-066b-5925-a210-eae24e691b07";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var form = await ParseAsync(client, page);
        return await client.PostAsync(page, form.FormWith(fields));
    }

    [SkippableFact]
    public async Task TheSecretariat_AddsAnOrganization_OnThePage_AndFindsItInTheRegister()
    {
        var secretariat = await SignedInAsync();
        var list = await ParseAsync(secretariat, "/organizations");
        Assert.NotNull(list.QuerySelector("a[href='/organizations/new']"));

        var added = await PostAsync(secretariat, "/organizations/new",
            new() { ["Name"] = "Global Forum on Cyber Expertise", ["Abbreviation"] = "GFCE", ["Category"] = "NonGovernmentalOrganization" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var entry = await ParseAsync(secretariat, added.Headers.Location!.ToString());
        Assert.Equal("Global Forum on Cyber Expertise", entry.QuerySelector("h1")!.TextContent);
        Assert.Contains("was added to the register", entry.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Global Forum on Cyber Expertise added.", entry.QuerySelector("#changes")!.TextContent);
        var ngos = (await ParseAsync(Anonymous(), "/organizations?category=NonGovernmentalOrganization")).QuerySelectorAll("main li a").Select(a => a.TextContent);
        Assert.Equal(["Global Forum on Cyber Expertise"], ngos);
    }

    [SkippableTheory]
    [InlineData("council of europe", "IntergovernmentalOrganization", "Name", "The register already holds Council of Europe")]
    [InlineData("", "Academia", "Name", "The organization's name is required")]
    [InlineData("Ministry of Foreign Affairs of Atlantis", "MemberState", "Category", "a State is in the register of States")]
    [InlineData("University of Vienna", "", "Category", "The organization's category is required")]
    public async Task AnEntryThatBreaksARule_IsRefusedNextToItsField_AndNothingIsWritten(string name, string category, string field, string message)
    {
        var secretariat = await SignedInAsync();
        var response = await PostAsync(secretariat, "/organizations/new", new() { ["Name"] = name, ["Abbreviation"] = "", ["Category"] = category });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"#organization-{field}-error")!.TextContent);
        Assert.Equal(name, page.QuerySelector("#organization-Name")!.GetAttribute("value") ?? "");
        using var scope = Site.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().AuditEntries.CountAsync(e => e.EntityType == "Organization" && e.Actor == "secretariat@plenary.demo"));
    }

    [SkippableFact]
    public async Task Renaming_KeepsTheOldNameInTheHistory_AndAStalePageIsRefused()
    {
        var secretariat = await SignedInAsync();
        var edit = $"/organizations/{Interpol}/edit";
        var stalePage = await ParseAsync(secretariat, edit);

        var saved = await PostAsync(secretariat, edit, new() { ["Version"] = "1", ["Name"] = "International Criminal Police Organization", ["Abbreviation"] = "ICPO-INTERPOL", ["Category"] = "IntergovernmentalOrganization" });
        var stale = await secretariat.PostAsync(edit, stalePage.FormWith(new() { ["Version"] = "1", ["Name"] = "Interpol", ["Abbreviation"] = "", ["Category"] = "IntergovernmentalOrganization" }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("was changed by someone else", (await ParseAsync(stale)).QuerySelector(".form-error")!.TextContent);
        var history = (await ParseAsync(secretariat, $"/organizations/{Interpol}")).QuerySelector("#changes")!;
        var modified = history.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("p.change")!.TextContent == "Abbreviation of International Criminal Police Organization changed.");
        Assert.Contains("secretariat@plenary.demo", modified.TextContent);
        var abbreviation = modified.QuerySelectorAll("dl.change-fields dt").Single(dt => dt.TextContent == "Abbreviation").NextElementSibling!;
        Assert.Equal("before: INTERPOL", abbreviation.QuerySelector(".before")!.TextContent);
        Assert.Equal("after: ICPO-INTERPOL", abbreviation.QuerySelector(".after")!.TextContent);
    }

    [SkippableFact]
    public async Task OtherRoles_CannotAddOrEdit_OnThePages()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        Assert.Contains("/account/denied", (await delegate_.GetAsync("/organizations/new")).Headers.Location!.ToString());
        Assert.Contains("/account/denied", (await delegate_.GetAsync($"/organizations/{Interpol}/edit")).Headers.Location!.ToString());
        Assert.Null((await ParseAsync(delegate_, $"/organizations/{Interpol}")).QuerySelector($"a[href='/organizations/{Interpol}/edit']"));
    }

    [SkippableFact]
    public async Task TheApi_AddsAndEditsOrganizations_WithTheSecretariatsToken()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

        var created = await api.PostAsJsonAsync("/api/v1/organizations", new { name = "Université de Genève", category = "academia" });
        var twin = await api.PostAsJsonAsync("/api/v1/organizations", new { name = "universite de geneve", category = "academia" });
        var unnamed = await api.PostAsJsonAsync("/api/v1/organizations", new { category = "academia" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/organizations/{id}", created.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, twin.StatusCode);
        Assert.Equal("name", JsonDocument.Parse(await twin.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal("name", JsonDocument.Parse(await unnamed.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());

        var renamed = await api.PutAsJsonAsync($"/api/v1/organizations/{id}", new { version = 1, name = "University of Geneva", category = "academia" });
        var stale = await api.PutAsJsonAsync($"/api/v1/organizations/{id}", new { version = 1, name = "Geneva University", category = "academia" });
        var asState = await api.PutAsJsonAsync($"/api/v1/organizations/{id}", new { version = 2, name = "University of Geneva", category = "memberState" });
        var versionless = await api.PutAsJsonAsync($"/api/v1/organizations/{id}", new { name = "University of Geneva", category = "academia" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, asState.StatusCode);
        Assert.Equal("category", JsonDocument.Parse(await asState.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal("version", JsonDocument.Parse(await versionless.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
        var read = await Site.ReadAsync($"/api/v1/organizations/{id}");
        Assert.Equal(("University of Geneva", 2), (read.GetProperty("name").GetString(), read.GetProperty("version").GetInt32()));

        var delegateApi = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateApi.PostAsJsonAsync("/api/v1/organizations", new { name = "X", category = "academia" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Site.Api().PostAsJsonAsync("/api/v1/organizations", new { name = "X", category = "academia" })).StatusCode);
    }

    [SkippableFact]
    public async Task TheStartingList_IsBroughtInOnce_AndARenamedEntryIsNotBroughtInAgain()
    {
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var count = await db.Organizations.CountAsync();
        var interpol = await db.Organizations.SingleAsync(o => o.Id == Guid.Parse(Interpol));
        interpol.BeginEdit(1);
        interpol.Rename("Interpol", null);
        await db.SaveChangesAsync();

        Assert.Equal(0, await Plenary.Application.Participation.Organizations.BringInStartingListAsync(db));
        Assert.Equal(count, await db.Organizations.CountAsync());
        Assert.Equal(Plenary.Domain.Participation.OrganizationRegister.StartingList().Count, count);
    }
}

public sealed class SqliteRegisterEditingTests : RegisterEditingTests;

public sealed class PostgresRegisterEditingTests : RegisterEditingTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
