using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Api;

/// <summary>The read-only JSON API v1 over the demo record (run on each store).</summary>
public abstract class ApiTests(DemoSiteFixture site)
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var response = await site.Client().GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, json);
    }

    [SkippableFact]
    public async Task Bodies_ListsTheExpertGroupUnderItsParent()
    {
        var (response, json) = await GetAsync("/api/v1/bodies");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var group = json.EnumerateArray().Single(b => b.GetProperty("slug").GetString() == "eg-cybercrime");
        Assert.Equal("ccpcj", group.GetProperty("parentSlug").GetString());
        Assert.Equal(7, group.GetProperty("meetings").GetInt32());
    }

    [SkippableFact]
    public async Task Body_HasMandatesWorkplanAndSevenMeetings()
    {
        var (_, json) = await GetAsync("/api/v1/bodies/eg-cybercrime");
        Assert.Equal("UNODC/CCPCJ/EG.4", json.GetProperty("body").GetProperty("symbolSeries").GetString());
        var symbols = json.GetProperty("mandates").EnumerateArray().Select(m => m.TryGetProperty("symbol", out var s) ? s.GetString() : null).ToList();
        Assert.Contains("A/RES/65/230", symbols);
        Assert.Contains("A/RES/74/247", symbols);
        Assert.Equal(7, json.GetProperty("meetings").GetArrayLength());
        Assert.Equal(4, json.GetProperty("workplans")[0].GetProperty("plannedMeetings").GetArrayLength());
    }

    [SkippableFact]
    public async Task Meetings_AreListedInOrderWithTheirStatus()
    {
        var (_, json) = await GetAsync("/api/v1/bodies/eg-cybercrime/meetings");
        Assert.Equal(Enumerable.Range(1, 7), json.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));
        var sixth = json[5];
        Assert.Equal("hybrid", sixth.GetProperty("format").GetString());
        Assert.Equal("held", sixth.GetProperty("status").GetString());
        Assert.Equal("2020-07-27", sixth.GetProperty("startDate").GetString());
    }

    [SkippableFact]
    public async Task Meeting_HasAgendaPlenaryMeetingsAndOrganizationOfWork()
    {
        var (response, json) = await GetAsync("/api/v1/bodies/eg-cybercrime/meetings/7");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = json.GetProperty("agenda").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["1", "1 (a)", "1 (b)", "2", "3", "4", "5"], items.Select(i => i.GetProperty("number").GetString()));
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/CRP.1", items[3].GetProperty("documentation")[0].GetProperty("symbol").GetString());
        var plenaries = json.GetProperty("plenaryMeetings").EnumerateArray().ToList();
        Assert.Equal(6, plenaries.Count);
        Assert.Equal("10 a.m.–1 p.m.", plenaries[0].GetProperty("time").GetString());
        var days = json.GetProperty("organizationOfWork").EnumerateArray().Select(d => d.GetProperty("day").GetString()).ToList();
        Assert.Equal(["Tuesday, 6 April 2021", "Wednesday, 7 April 2021", "Thursday, 8 April 2021"], days);
    }

    [SkippableFact]
    public async Task Documents_CanBeNarrowedToABodyAndMeeting()
    {
        var (_, all) = await GetAsync("/api/v1/documents");
        var (_, sixth) = await GetAsync("/api/v1/documents?body=eg-cybercrime&meeting=6");
        Assert.Equal(10, all.GetArrayLength());
        Assert.Equal(["UNODC/CCPCJ/EG.4/2020/1", "UNODC/CCPCJ/EG.4/2020/2", "UNODC/CCPCJ/EG.4/2020/INF/1"],
            sixth.EnumerateArray().Select(d => d.GetProperty("symbol").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("https://undocs.org/UNODC/CCPCJ/EG.4/2020/2", sixth.EnumerateArray().First(d => d.GetProperty("symbol").GetString() == "UNODC/CCPCJ/EG.4/2020/2").GetProperty("link").GetString());
    }

    [SkippableTheory]
    [InlineData("/api/v1/bodies/no-such-body", 404, "no-such-body")]
    [InlineData("/api/v1/bodies/no-such-body/meetings", 404, "no-such-body")]
    [InlineData("/api/v1/bodies/eg-cybercrime/meetings/99", 404, "no convening numbered 99")]
    [InlineData("/api/v1/bodies/eg-cybercrime/meetings/seventh", 400, "'seventh' is not the number of a convening")]
    [InlineData("/api/v1/documents?body=eg-cybercrime&meeting=x", 400, "'x' is not the number of a convening")]
    [InlineData("/api/v1/documents?meeting=6", 400, "needs the body")]
    [InlineData("/api/v1/documents?body=nobody", 404, "nobody")]
    [InlineData("/api/v1/no-such-route", 404, "no such route")]
    public async Task Errors_AreProblemDetailsThatSayWhatIsWrong(string path, int status, string detail)
    {
        var (response, json) = await GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.Contains(detail, json.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
    }

    [SkippableFact]
    public async Task OpenApi_DescribesEveryRoute()
    {
        var (response, json) = await GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        // Every API route the app maps (less the catch-all that answers 404), in OpenAPI's spelling without route constraints.
        var routes = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal) && !r.Contains("{*", StringComparison.Ordinal))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"\{(\w+):[^}]+\}", "{$1}"))
            .Distinct();
        Assert.Equal(routes.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        Assert.Contains("/api/v1/bodies/{slug}/meetings/{number}/agenda/items", paths);
    }
}

public sealed class SqliteApiTests(SqliteDemoSite site) : ApiTests(site), IClassFixture<SqliteDemoSite>;

public sealed class PostgresApiTests(PostgresDemoSite site) : ApiTests(site), IClassFixture<PostgresDemoSite>;
