using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Recommendations;

/// <summary>
/// The Rapporteur's list of a convening, end to end on the demo record: recording texts under identifiers that are
/// never reused, a delegate's suggestion through the queue, the report's chapter, the API with the pages' permissions.
/// The clock stands during the sixth meeting (27–29 July 2020), when suggestions are taken.
/// </summary>
public abstract class PreliminaryListTests : FreshSiteTests
{
    private const string List = "/bodies/eg-cybercrime/meetings/6/recommendations";
    private const string Queue = List + "/queue";
    private readonly FixedClock _clock = new(new DateTimeOffset(2020, 7, 28, 9, 30, 0, TimeSpan.Zero));
    private WebApplicationFactory<Program>? _during;

    /// <summary>The site with the clock during the sixth meeting.</summary>
    private WebApplicationFactory<Program> During => _during ??= Site.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    private async Task<HttpClient> AsAsync(string account)
    {
        var client = During.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync($"{account}@plenary.demo")).StatusCode);
        return client;
    }

    private static Dictionary<string, string> Text(string text, string topic = "International cooperation", string states = "Brazil; Chile", string item = "2") => new()
    {
        ["Kind"] = "Recommendation", ["Topic"] = topic, ["AgendaItem"] = item, ["Text"] = text, ["SuggestedBy"] = states, ["Language"] = "en",
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields, string? formFrom = null) =>
        await client.PostAsync($"{page}?handler={handler}", (await ParseAsync(client, formFrom ?? page)).FormWith(fields));

    [SkippableFact]
    public async Task TheRapporteur_RecordsATextAtTheConvening_UnderTheNextIdentifierOfItsTopic_AndTheReportListsIt()
    {
        var rapporteur = await AsAsync("chair");

        var posted = await PostAsync(rapporteur, List, "Record", Text("States should publish the contact details of their central authorities on a shared portal."));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await ParseAsync(rapporteur, List);
        Assert.Contains("The text was recorded as 2020/IC/20.", page.QuerySelector("[role=status]")!.TextContent);
        var item = page.QuerySelector("#t-2020-IC-20")!.TextContent;
        Assert.Contains("suggested by Brazil and Chile", item);
        Assert.DoesNotContain("BRA", item);
        await using var scope = During.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<OfficialDocuments>().PreviewAsync("eg-cybercrime", 6, OfficialDocumentKind.Report);
        var text = TextRenderer.Render(report!.Document);
        Assert.Contains("(t) States should publish the contact details of their central authorities on a shared portal.", text);
    }

    [SkippableFact]
    public async Task ARefusedText_IsShownAgainWithTheMessageNextToItsField_AndNothingIsWritten()
    {
        var rapporteur = await AsAsync("secretariat");

        var posted = await PostAsync(rapporteur, List, "Record", Text("A text.", states: "Brazil; Atlantis"));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var page = await ParseAsync(posted);
        Assert.Contains("'Atlantis' is not a State in the register", page.QuerySelector("#record-SuggestedBy-error")!.TextContent);
        Assert.Equal("Brazil; Atlantis", page.QuerySelector("#record-SuggestedBy")!.GetAttribute("value"));
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Equal(80, await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().PreliminaryTexts.CountAsync());
    }

    [SkippableFact]
    public async Task ARemovedTextKeepsItsIdentifier_AndTheNextTextNeverTakesIt()
    {
        var rapporteur = await AsAsync("chair");
        await PostAsync(rapporteur, List, "Record", Text("First new text."));
        var textPage = "/bodies/eg-cybercrime/recommendations/2020/IC/20";
        var version = (await ParseAsync(rapporteur, textPage + "?remove=true")).QuerySelector("#confirm-removal input[name=version]")!.GetAttribute("value")!;

        var removed = await PostAsync(rapporteur, textPage, "Remove", new() { ["version"] = version, ["reason"] = "Recorded twice by mistake." });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await PostAsync(rapporteur, List, "Record", Text("Second new text."));

        var page = await ParseAsync(rapporteur, List);
        Assert.Null(page.QuerySelector("#t-2020-IC-20"));
        Assert.NotNull(page.QuerySelector("#t-2020-IC-21"));
        Assert.Contains("2020/IC/20: removed from the list (Recorded twice by mistake.)", page.QuerySelector("#left-heading")!.ParentElement!.TextContent);
    }

    [SkippableFact]
    public async Task ADelegatesSuggestion_GoesToTheQueue_NotTheList_UntilTheRapporteurAcceptsIt_AndTheDelegateSeesTheOutcome()
    {
        var delegate_ = await AsAsync("delegate");
        var suggested = await PostAsync(delegate_, List, "Suggest",
            new() { ["Kind"] = "Recommendation", ["Topic"] = "Prevention", ["AgendaItem"] = "3", ["Text"] = "States should train teachers to recognize online grooming.", ["Language"] = "en" });
        Assert.Equal(HttpStatusCode.Redirect, suggested.StatusCode);
        Assert.DoesNotContain("train teachers", string.Concat((await ParseAsync(delegate_, List)).QuerySelectorAll("ol.preliminary").Select(o => o.TextContent)));

        var rapporteur = await AsAsync("chair");
        var queue = await ParseAsync(rapporteur, Queue);
        var form = queue.QuerySelector("article.suggestion form[action*='handler=Accept']")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        fields["Kind"] = "Recommendation"; fields["Topic"] = "Prevention"; fields["AgendaItem"] = "3"; fields["Language"] = "en";
        fields["Text"] = "Member States should train teachers to recognize the signs of online grooming.";
        fields["SuggestedBy"] = "South Africa; Namibia";
        var accepted = await rapporteur.PostAsync(Queue + "?handler=Accept", queue.FormWith(fields));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var list = await ParseAsync(rapporteur, List);
        Assert.Contains("Member States should train teachers to recognize the signs of online grooming.", list.QuerySelector("#t-2020-PR-14")!.TextContent);
        Assert.Contains("Namibia and South Africa", list.QuerySelector("#t-2020-PR-14")!.TextContent);
        var own = await ParseAsync(delegate_, List);
        Assert.Contains("accepted as 2020/PR/14", own.QuerySelector("#own-suggestions")!.ParentElement!.TextContent);
        Assert.Contains("States should train teachers to recognize online grooming.", own.QuerySelector("#own-suggestions")!.ParentElement!.TextContent);
    }

    [SkippableFact]
    public async Task DecliningASuggestion_NeedsAReason_WhichTheDelegationReads()
    {
        var delegate_ = await AsAsync("delegate");
        await PostAsync(delegate_, List, "Suggest", new() { ["Kind"] = "Conclusion", ["Topic"] = "IC", ["Text"] = "A national practice.", ["Language"] = "en" });
        var rapporteur = await AsAsync("secretariat");
        var queue = await ParseAsync(rapporteur, Queue);
        var hidden = queue.QuerySelector("article.suggestion form[action*='handler=Decline']")!.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

        var refused = await rapporteur.PostAsync(Queue + "?handler=Decline", queue.FormWith(new(hidden) { ["reason"] = " " }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The reason for declining the suggestion is required.", (await ParseAsync(refused)).QuerySelector("article.suggestion")!.TextContent);

        var declined = await rapporteur.PostAsync(Queue + "?handler=Decline", queue.FormWith(new(hidden) { ["reason"] = "It describes a national practice." }));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains("declined It describes a national practice.", (await ParseAsync(delegate_, List)).QuerySelector("#own-suggestions")!.ParentElement!.TextContent);
    }

    [SkippableFact]
    public async Task AStaleAmendment_IsRefusedWithA409_AndThePageShowsTheTextAsItStands()
    {
        var rapporteur = await AsAsync("chair");
        const string page = "/bodies/eg-cybercrime/recommendations/2020/IC/1";
        var form = await ParseAsync(rapporteur, page);
        var version = form.QuerySelector("form[action*='handler=Amend'] input[name=version]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>(Text("First amendment.", states: "Nigeria")) { ["version"] = version };
        Assert.Equal(HttpStatusCode.Redirect, (await rapporteur.PostAsync(page + "?handler=Amend", form.FormWith(fields))).StatusCode);

        var stale = await rapporteur.PostAsync(page + "?handler=Amend", form.FormWith(new(fields) { ["Text"] = "Second amendment." }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("was changed by someone else", (await ParseAsync(stale)).QuerySelector("[role=alert]")!.TextContent);
    }

    [SkippableTheory]
    [InlineData("bureau")]
    [InlineData("stakeholder")]
    [InlineData("delegate")]
    public async Task OnlyTheRapporteurAndTheSecretariat_RecordTextsAndReadTheQueue(string account)
    {
        var client = await AsAsync(account);
        var response = await PostAsync(client, List, "Record", Text("Someone else's text."), formFrom: "/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
        Assert.Contains("/account/denied", (await client.GetAsync(Queue)).Headers.Location!.ToString());
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.Equal(80, await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().PreliminaryTexts.CountAsync());
    }

    [SkippableFact]
    public async Task TheApi_RecordsASuggestionAndItsAcceptance_WithTheSamePermissions()
    {
        var rapporteur = During.CreateClient(new() { AllowAutoRedirect = false });
        rapporteur.DefaultRequestHeaders.Authorization = new("Bearer", await Site.TokenForAsync("chair@plenary.demo"));
        var delegate_ = During.CreateClient(new() { AllowAutoRedirect = false });
        delegate_.DefaultRequestHeaders.Authorization = new("Bearer", await Site.TokenForAsync("delegate@plenary.demo"));
        const string api = "/api/v1/bodies/eg-cybercrime/meetings/6";

        var bad = await rapporteur.PostAsJsonAsync(api + "/recommendations", new { topic = "Space law", kind = "recommendation", text = "A.", suggestedBy = new[] { "BRA" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("topic", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await delegate_.PostAsJsonAsync(api + "/recommendations", new { topic = "IC", text = "A.", suggestedBy = new[] { "ZAF" } })).StatusCode);

        var recorded = await rapporteur.PostAsJsonAsync(api + "/recommendations", new { topic = "IC", kind = "conclusion", agendaItem = "2", text = "Networks of practitioners speed up cooperation.", suggestedBy = new[] { "Estonia" } });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.EndsWith("/recommendations/2020/IC/20", recorded.Headers.Location!.ToString());

        var submitted = await delegate_.PostAsJsonAsync(api + "/suggestions", new { topic = "PR", kind = "recommendation", text = "Schools should teach online safety." });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var own = JsonDocument.Parse(await delegate_.GetStringAsync(api + "/suggestions")).RootElement;
        Assert.Equal(["ZAF"], own.EnumerateArray().Select(s => s.GetProperty("state").GetProperty("code").GetString()).Distinct());
        var suggestion = own.EnumerateArray().First(s => s.GetProperty("status").GetString() == "pending");

        var accepted = await rapporteur.PostAsJsonAsync($"/api/v1/bodies/eg-cybercrime/suggestions/{suggestion.GetProperty("id").GetString()}/acceptance",
            new { version = suggestion.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var text = JsonDocument.Parse(await Site.Api().GetStringAsync(accepted.Headers.Location!.ToString())).RootElement;
        Assert.Equal(("2020/PR/14", "Schools should teach online safety.", "South Africa"),
            (text.GetProperty("identifier").GetString(), text.GetProperty("text").GetString(), text.GetProperty("suggestedBy")[0].GetProperty("name").GetString()));
        var stale = await rapporteur.PostAsJsonAsync($"/api/v1/bodies/eg-cybercrime/suggestions/{suggestion.GetProperty("id").GetString()}/declination",
            new { version = suggestion.GetProperty("version").GetInt32(), reason = "Too late." });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [SkippableFact]
    public async Task AfterTheConvening_ASuggestionIsRefused_NamingItsDates()
    {
        _clock.Now = new DateTimeOffset(2020, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var delegate_ = await AsAsync("delegate");

        var page = await ParseAsync(delegate_, List);

        Assert.Contains("Suggestions are taken during the sixth meeting (27–29 July 2020).", page.QuerySelector("#suggest-heading")!.ParentElement!.TextContent);
    }
}

public sealed class SqlitePreliminaryListTests : PreliminaryListTests;

public sealed class PostgresPreliminaryListTests : PreliminaryListTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
