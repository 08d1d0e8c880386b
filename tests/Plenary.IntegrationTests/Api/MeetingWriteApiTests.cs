using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Api;

/// <summary>A meeting edited through the API with the Secretariat's token: details, and an agenda item edited, moved and assigned.</summary>
public sealed class MeetingWriteApiTests : FreshSiteTests
{
    private const string Meeting = "/api/v1/bodies/eg-cybercrime/meetings/7";

    private async Task<(HttpClient Api, int Version)> SecretariatAsync() =>
        (Site.Api(await Site.TokenForAsync("secretariat@plenary.demo")), (await Site.ReadAsync(Meeting)).GetProperty("version").GetInt32());

    private static IEnumerable<JsonElement> Items(JsonElement meeting) => meeting.GetProperty("agenda").GetProperty("items").EnumerateArray();

    [Fact]
    public async Task EditingAnItem_ChangesItsTitleAndAnnotation_AndAnswersTheNextVersion()
    {
        var (api, version) = await SecretariatAsync();

        var response = await api.PutAsJsonAsync(Meeting + "/agenda/items/2", new { version, title = "Adoption of the agenda and other organizational matters", annotation = "The Chair *opens* the meeting." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version + 1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        var item = Items(await Site.ReadAsync(Meeting)).Single(i => i.GetProperty("number").GetString() == "2");
        Assert.Equal("Adoption of the agenda and other organizational matters", item.GetProperty("title").GetString());
    }

    [Fact]
    public async Task MovingAnItem_RenumbersTheItemsBetween()
    {
        var (api, version) = await SecretariatAsync();
        var titles = Items(await Site.ReadAsync(Meeting)).Where(i => !i.GetProperty("isSubItem").GetBoolean()).Select(i => i.GetProperty("title").GetString()).ToList();

        var response = await api.PostAsJsonAsync(Meeting + "/agenda/items/4/move", new { version, to = 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = Items(await Site.ReadAsync(Meeting)).Where(i => !i.GetProperty("isSubItem").GetBoolean()).Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Equal(titles[3], after[1]);
        Assert.Equal(titles[1], after[2]);
    }

    [Fact]
    public async Task AssigningAnItem_PutsItInTheOrganizationOfWork()
    {
        var (api, version) = await SecretariatAsync();
        var added = await api.PostAsJsonAsync(Meeting + "/agenda/items", new { version, title = "Election of officers" });
        var number = Items(await Site.ReadAsync(Meeting)).Last(i => !i.GetProperty("isSubItem").GetBoolean()).GetProperty("number").GetString();

        var response = await api.PostAsJsonAsync($"{Meeting}/agenda/items/{number}/assignment", new { version = version + 1, plenaryMeeting = 2 });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var rows = (await Site.ReadAsync(Meeting)).GetProperty("organizationOfWork").EnumerateArray()
            .SelectMany(d => d.GetProperty("slots").EnumerateArray()).SelectMany(s => s.GetProperty("rows").EnumerateArray());
        Assert.Contains(rows, r => r.TryGetProperty("item", out var i) && i.GetString() == number && r.GetProperty("plenaryMeeting").GetInt32() == 2);
    }

    [Fact]
    public async Task ChangingTheDetails_IsSaved_AndABrokenRuleIsA400NamingTheField()
    {
        var (api, version) = await SecretariatAsync();

        var broken = await api.PutAsJsonAsync(Meeting, new { version, venue = "Vienna", startDate = "2021-04-08", endDate = "2021-04-06", format = "hybrid" });
        var saved = await api.PutAsJsonAsync(Meeting, new { version, venue = "Vienna International Centre", startDate = "2021-04-06", endDate = "2021-04-08", format = "hybrid" });

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("endDate", JsonDocument.Parse(await broken.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Vienna International Centre", (await Site.ReadAsync(Meeting)).GetProperty("meeting").GetProperty("venue").GetString());
    }

    [Fact]
    public async Task AStaleEdit_Is409_ListingWhatChangedWithBeforeAndAfter_AndWritesNothing()
    {
        var (api, version) = await SecretariatAsync();
        await api.PutAsJsonAsync(Meeting + "/agenda/items/2", new { version, title = "First edit" });

        var stale = await api.PutAsJsonAsync(Meeting + "/agenda/items/2", new { version, title = "Second edit from an old read" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;
        var change = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal("secretariat@plenary.demo", change.GetProperty("actor").GetString());
        Assert.Equal("First edit", Items(await Site.ReadAsync(Meeting)).Single(i => i.GetProperty("number").GetString() == "2").GetProperty("title").GetString());
    }

    [Fact]
    public async Task EachApiWrite_LeavesAnAuditRowThroughTheApiChannel()
    {
        var (api, version) = await SecretariatAsync();

        await api.PostAsJsonAsync(Meeting + "/agenda/items/4/move", new { version, to = 3 });

        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var rows = await db.AuditEntries.AsNoTracking().Where(e => e.Actor == "secretariat@plenary.demo" && e.EntityType == "AgendaItem").ToListAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(Plenary.Application.Audit.AuditChannel.Api, r.Channel));
        Assert.All(rows, r => Assert.NotNull(r.Before));
    }

    [Theory]
    [InlineData("/agenda/items/2", "PUT", "{\"version\":1}", "title")]
    [InlineData("/agenda/items/4/move", "POST", "{\"version\":1}", "to")]
    [InlineData("/agenda/items/4/assignment", "POST", "{\"version\":1}", "plenaryMeeting")]
    [InlineData("", "PUT", "{\"version\":1,\"venue\":\"Vienna\"}", "startDate")]
    [InlineData("/agenda/items/2", "PUT", "{\"title\":\"x\"}", "version")]
    public async Task AMissingField_IsA400NamingIt(string path, string method, string body, string field)
    {
        var (api, _) = await SecretariatAsync();
        var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), Meeting + path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("PUT", "", "{\"version\":1,\"venue\":\"V\",\"startDate\":\"6 April\",\"endDate\":\"2021-04-08\",\"format\":\"hybrid\"}", "startDate", "give a date as YYYY-MM-DD")]
    [InlineData("PUT", "", "{\"version\":1,\"venue\":\"V\",\"startDate\":\"2021-04-06\",\"endDate\":\"2021-04-08\",\"format\":\"underwater\"}", "format", "give one of inPerson, hybrid, online")]
    [InlineData("POST", "/agenda/items", "{\"version\":\"one\",\"title\":\"x\"}", "version", "give a whole number")]
    [InlineData("POST", "/agenda/items", "{not json", null, "The body is not valid JSON")]
    public async Task AnUnreadableValue_IsA400NamingTheParameterAndWhatItTakes(string method, string path, string? body, string? parameter, string rule)
    {
        var (api, version) = await SecretariatAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), Meeting + path);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(rule, problem.GetProperty("detail").GetString());
        if (parameter is not null) Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(version, (await Site.ReadAsync(Meeting)).GetProperty("version").GetInt32());
    }
}
