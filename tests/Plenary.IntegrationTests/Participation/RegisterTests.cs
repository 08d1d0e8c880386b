using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>The registers of States and organizations as the public reads them: pages and API, on each store.</summary>
public abstract class RegisterTests(DemoSiteFixture site)
{
    private const string CouncilOfEurope = "cb184724-207e-596d-a4e7-4ea94887d7aa";

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var response = await site.Client().GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> ApiAsync(string path)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var response = await site.Client().GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [SkippableFact]
    public async Task TheStatesPage_ListsTheMemberStatesInTheUnOrder_AndTheObserverStatesApart()
    {
        var page = await PageAsync("/states");
        var members = page.QuerySelectorAll("section[aria-labelledby=members-heading] tbody th").Select(e => e.TextContent).ToList();
        var observers = page.QuerySelectorAll("section[aria-labelledby=observers-heading] tbody th").Select(e => e.TextContent).ToList();
        Assert.Equal(193, members.Count);
        Assert.Equal(["Holy See", "State of Palestine"], observers);
        Assert.Equal(members.IndexOf("Costa Rica") + 1, members.IndexOf("Côte d'Ivoire"));
        Assert.Equal(members.IndexOf("Tunisia") + 1, members.IndexOf("Türkiye"));
        var iran = page.QuerySelector("#state-IRN")!.TextContent;
        Assert.Contains("Iran (Islamic Republic of)", iran);
        Assert.Contains("the Islamic Republic of Iran", iran);
        Assert.Contains("Asia-Pacific States", iran);
        Assert.NotNull(page.QuerySelector("header a[href='/states']"));
    }

    [SkippableTheory]
    [InlineData("/states?q=turk", new[] { "Türkiye", "Turkmenistan" })]
    [InlineData("/states?q=CIV", new[] { "Côte d'Ivoire" })]
    [InlineData("/states?q=guinea&group=African", new[] { "Equatorial Guinea", "Guinea", "Guinea-Bissau" })]
    [InlineData("/states?q=palestine", new string[0])]
    public async Task TheStatesPage_SearchesByNameOrCode_WithinARegionalGroup(string path, string[] members)
    {
        var page = await PageAsync(path);
        Assert.Equal(members, page.QuerySelectorAll("section[aria-labelledby=members-heading] tbody th").Select(e => e.TextContent));
        if (members.Length == 0) Assert.Contains("No Member State matches", page.QuerySelector("section[aria-labelledby=members-heading]")!.TextContent);
    }

    [SkippableFact]
    public async Task TheStatesPage_SaysAnUnknownGroupIsNotOne()
    {
        var page = await PageAsync("/states?group=Nordic", HttpStatusCode.BadRequest);
        Assert.Contains("'Nordic' is not a regional group", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [SkippableFact]
    public async Task TheOrganizationsPage_GroupsTheRegisterByCategory()
    {
        var page = await PageAsync("/organizations");
        var igos = page.QuerySelector("section[aria-labelledby=category-intergovernmentalorganization]")!;
        Assert.Equal("Intergovernmental organizations", igos.QuerySelector("h2")!.TextContent);
        Assert.Contains(igos.QuerySelectorAll("li a"), a => a.TextContent == "Council of Europe" && a.GetAttribute("href") == $"/organizations/{CouncilOfEurope}");
        Assert.Contains("Institutes of the United Nations crime prevention and criminal justice programme network", page.QuerySelector("#category-institute")!.TextContent);
        Assert.Null(page.QuerySelector("a[href='/organizations/new']")); // the public reads; the Secretariat adds

        var searched = await PageAsync("/organizations?q=interpol");
        Assert.Equal(["International Criminal Police Organization"], searched.QuerySelectorAll("main li a").Select(a => a.TextContent));
        var entry = await PageAsync($"/organizations/{CouncilOfEurope}");
        Assert.Equal("Council of Europe", entry.QuerySelector("h1")!.TextContent);
        Assert.Null(entry.QuerySelector("#changes"));
        await PageAsync($"/organizations/{Guid.Empty}", HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task TheStatesApi_ListsAndFinds_ByCodeOrName()
    {
        var (status, all) = await ApiAsync("/api/v1/states");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(195, all.GetArrayLength());
        Assert.Equal("AFG", all[0].GetProperty("code").GetString());
        Assert.Equal("observerState", all[194].GetProperty("status").GetString());

        var (_, weog) = await ApiAsync("/api/v1/states?group=WEOG");
        Assert.Equal(29, weog.GetArrayLength());
        var (_, groupByApiName) = await ApiAsync("/api/v1/states?group=latinAmericanAndCaribbean&q=bolivia");
        Assert.Equal("Bolivia (Plurinational State of)", groupByApiName.EnumerateArray().Single().GetProperty("shortName").GetString());

        var (_, zaf) = await ApiAsync("/api/v1/states/zaf");
        Assert.Equal(("ZAF", "South Africa", "the Republic of South Africa", "african", "African States"),
            (zaf.GetProperty("code").GetString(), zaf.GetProperty("shortName").GetString(), zaf.GetProperty("formalName").GetString(),
             zaf.GetProperty("regionalGroup").GetString(), zaf.GetProperty("regionalGroupName").GetString()));
        var (_, turkiye) = await ApiAsync("/api/v1/states/" + Uri.EscapeDataString("Türkiye"));
        Assert.Equal("TUR", turkiye.GetProperty("code").GetString());
        var (_, russia) = await ApiAsync("/api/v1/states/RUS");
        Assert.Equal("the Russian Federation", russia.GetProperty("nameInText").GetString());
    }

    [SkippableTheory]
    [InlineData("/api/v1/states/XYZ", 404, "'XYZ' is not a State in the register; pick a Member State or observer State by name or by its three-letter code, such as ZAF for South Africa.", null)]
    [InlineData("/api/v1/states?group=Nordic", 400, "'Nordic' is not a regional group", "group")]
    [InlineData("/api/v1/organizations?category=memberState", 400, "is not a category of organization", "category")]
    [InlineData("/api/v1/organizations/Nobody%20Ever", 404, "'Nobody Ever' is not an organization in the register", null)]
    public async Task TheRegisterApi_AnswersProblemsThatSayWhatIsWrong(string path, int status, string detail, string? parameter)
    {
        var (code, json) = await ApiAsync(path);
        Assert.Equal(status, (int)code);
        Assert.Contains(detail, json.GetProperty("detail").GetString());
        if (parameter is not null) Assert.Equal(parameter, json.GetProperty("parameter").GetString());
    }

    [SkippableFact]
    public async Task TheOrganizationsApi_ListsByCategory_AndFindsByIdNameOrAbbreviation()
    {
        var (_, institutes) = await ApiAsync("/api/v1/organizations?category=institute");
        Assert.True(institutes.GetArrayLength() >= 15);
        Assert.All(institutes.EnumerateArray(), o => Assert.Equal("institute", o.GetProperty("category").GetString()));
        var (_, byAbbreviation) = await ApiAsync("/api/v1/organizations/interpol");
        Assert.Equal("International Criminal Police Organization", byAbbreviation.GetProperty("name").GetString());
        var (_, byName) = await ApiAsync("/api/v1/organizations/council%20of%20europe");
        Assert.Equal(CouncilOfEurope, byName.GetProperty("id").GetString());
        var (_, byId) = await ApiAsync($"/api/v1/organizations/{CouncilOfEurope}");
        Assert.Equal("Council of Europe", byId.GetProperty("name").GetString());
        Assert.Equal(1, byId.GetProperty("version").GetInt32());
    }
}

public sealed class SqliteRegisterTests(SqliteDemoSite site) : RegisterTests(site), IClassFixture<SqliteDemoSite>;

public sealed class PostgresRegisterTests(PostgresDemoSite site) : RegisterTests(site), IClassFixture<PostgresDemoSite>;
