using System.Net;
using System.Text;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Editing;

/// <summary>
/// What a security review sent through the API and saw accepted (an office of 2147483647, a document
/// type of -1, a format of 99, a start date of 1 January 0001, a planned meeting numbered 1000, an
/// annotation of megabytes) is refused by the domain as a 400 naming the field and the rule, and
/// nothing is written; a body larger than a route takes is a 413 problem, on the API and on the pages.
/// </summary>
public abstract class FieldRulesApiTests : FreshSiteTests
{
    private const string Body = "/api/v1/bodies/eg-cybercrime";
    private const string Meeting = Body + "/meetings/7";

    private async Task<HttpClient> SecretariatAsync() => Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));

    private static async Task<int> VersionAsync(HttpClient api, string path) =>
        JsonDocument.Parse(await api.GetStringAsync(path)).RootElement.GetProperty("version").GetInt32();

    private static Task<HttpResponseMessage> SendAsync(HttpClient api, string method, string path, string json) =>
        api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    [SkippableFact]
    public async Task ValuesOutsideTheirRange_AreRefusedByTheDomain_NamingTheFieldAndTheRule_AndNothingIsWritten()
    {
        var api = await SecretariatAsync();
        var body = await VersionAsync(api, Body);
        var meeting = await VersionAsync(api, Meeting);
        var workplan = JsonDocument.Parse(await api.GetStringAsync(Body)).RootElement.GetProperty("workplans")[0].GetProperty("id").GetString();
        var cases = new (string Method, string Path, string Json, string Field, string Detail)[]
        {
            ("POST", Body + "/officers", $$"""{"version":{{body}},"office":2147483647,"person":"Ms. A. Example","state":"ZAF"}""", "office", "2147483647 is not an office; choose one of president, chair"),
            ("POST", Body + "/documents", """{"symbol":"UNODC/CCPCJ/EG.4/2021/INF/9","title":"A title","type":-1,"meeting":7,"originalLanguage":"en"}""", "type", "-1 is not a type of document"),
            ("PUT", Meeting, $$"""{"version":{{meeting}},"venue":"Vienna","startDate":"2021-04-06","endDate":"2021-04-08","format":99}""", "format", "99 is not a format; choose one of inPerson, hybrid, online."),
            ("PUT", Meeting, $$"""{"version":{{meeting}},"venue":"Vienna","startDate":"0001-01-01","endDate":"2021-04-08","format":"hybrid"}""", "startDate", "The start date must fall between 1 January 1945 and 31 December 2200; 1 January 1 does not."),
            ("POST", $"{Body}/workplans/{workplan}/planned-meetings", $$"""{"version":{{body}},"year":2021,"meetingNumber":1000,"topics":["international cooperation"]}""", "meetingNumber", "The number of a planned meeting runs from 1 to 999; 1,000 is outside that range."),
            ("POST", Body + "/meetings", """{"number":9,"kind":"regular","ordinal":9,"venue":"Vienna","startDate":"9999-12-31","endDate":"9999-12-31","format":"inPerson"}""", "startDate", "31 December 9999 does not."),
            ("PUT", Meeting + "/agenda/items/1", $$"""{"version":{{meeting}},"title":"Organizational matters","annotation":"{{new string('a', 20_001)}}"}""", "annotation", "The annotation of agenda item 1 must be at most 20,000 characters (it has 20,001)."),
            ("POST", Body + "/mandates", $$"""{"version":{{body}},"kind":7,"symbol":"A/RES/65/230","organ":"General Assembly"}""", "kind", "7 is not a kind of mandate"),
        };
        foreach (var (method, path, json, field, detail) in cases)
        {
            var problem = await ProblemAsync(await SendAsync(api, method, path, json), HttpStatusCode.BadRequest);
            Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(field, problem.GetProperty("field").GetString());
        }

        Assert.Equal(body, await VersionAsync(api, Body));
        Assert.Equal(meeting, await VersionAsync(api, Meeting));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync("/bodies/eg-cybercrime")).StatusCode);
    }

    [SkippableFact]
    public async Task AJsonBodyLargerThanTheRouteTakes_Is413_NamingTheLimit_BeforeAnythingIsRead()
    {
        var api = await SecretariatAsync();
        var meeting = await VersionAsync(api, Meeting);

        var response = await SendAsync(api, "PUT", Meeting + "/agenda/items/1",
            $$"""{"version":{{meeting}},"title":"Organizational matters","annotation":"{{new string('a', 3 * 1024 * 1024)}}"}""");

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("larger than 2 MB, the most this route accepts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(meeting, await VersionAsync(api, Meeting));
    }

    [SkippableFact]
    public async Task AFormLargerThanAPageTakes_Is413_WithTheErrorPageSayingWhy()
    {
        var client = await SignedInAsync();
        var page = await ParseAsync(client, "/bodies/eg-cybercrime/meetings/7/agenda");

        var response = await client.PostAsync("/bodies/eg-cybercrime/meetings/7/agenda",
            page.FormWith(new() { ["Annotation"] = new string('a', 3 * 1024 * 1024) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var shown = await ParseAsync(response);
        Assert.Equal("Too much sent at once", shown.QuerySelector("h1")?.TextContent);
        Assert.Contains("2 MB for a form, 25 MB for a file", shown.QuerySelector("main")?.TextContent ?? shown.Body!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AFileRoute_TakesABodyOverTheFormLimit_UpToTheFileLimit()
    {
        var api = await SecretariatAsync();
        var document = JsonDocument.Parse(await api.GetStringAsync(Body + "/documents")).RootElement[0];
        var id = document.GetProperty("id").GetString();
        var version = document.GetProperty("version").GetInt32();
        var bytes = new byte[3 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");

        var response = await api.PutAsync($"{Body}/documents/{id}/files/en?version={version}", content);

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteFieldRulesApiTests : FieldRulesApiTests;

public sealed class PostgresFieldRulesApiTests : FieldRulesApiTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
