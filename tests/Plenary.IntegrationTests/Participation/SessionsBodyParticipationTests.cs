using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>
/// Participation on a second kind of body: an ad hoc committee that holds sessions, numbers its plenary meetings across
/// sessions and calls its participants representatives (data/examples/ahc-hydrological-data.json). Its third session
/// (meeting 6, first plenary meeting the 53rd) runs a list of speakers, records attendance and statements, and its report
/// and list of participants are written in its words.
/// </summary>
public abstract class SessionsBodyParticipationTests : FreshSiteTests
{
    private const string Session = "/bodies/ahc-hydrological-data/meetings/6";

    private async Task<HttpClient> CommitteeAsync()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<ImportRecord>().HandleAsync(await File.ReadAllTextAsync(RepoPaths.CommitteeRecord));
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        }
        return Site.Api(await Site.TokenForAsync("admin@plenary.demo"));
    }

    private static async Task<int> VersionAsync(HttpClient api, string path) =>
        JsonDocument.Parse(await api.GetStringAsync(path)).RootElement.GetProperty("version").GetInt32();

    [SkippableFact]
    public async Task TheListOfSpeakers_NamesTheSessionAndItsPlenaryMeetingsInTheBodysSeries()
    {
        var api = await CommitteeAsync();
        const string speakers = "/api/v1" + Session + "/speakers";
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(speakers + "/current", new { version = 0, plenaryMeeting = 1, item = "3" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(speakers, new { version = 1, participant = new { state = "Egypt" }, onBehalfOf = "the Group of Arab States" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync(speakers + "/next", new { version = 2 })).StatusCode);

        var display = await ParseAsync(Anonymous(), Session + "/live");

        Assert.Equal("53rd plenary meeting", display.QuerySelector("[data-room=sitting]")!.TextContent);
        Assert.Contains("Third session", display.QuerySelector(".room-body")!.TextContent);
        Assert.Equal("Egypt (on behalf of the Group of Arab States)", display.QuerySelector("[data-room=speaker]")!.TextContent);
    }

    [SkippableFact]
    public async Task TheReportAndTheListOfParticipants_SpeakOfTheSessionAndItsRepresentatives()
    {
        var api = await CommitteeAsync();
        const string delegations = "/api/v1" + Session + "/delegations";
        foreach (var code in new[] { "ZAF", "BRA" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"{delegations}/states/{code}",
                new { version = 0, members = new[] { new { title = "Ms.", firstName = "A.", familyName = "Delegate " + code, role = "head" } } })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1{Session}/plenary-meetings/1/attendance/states/{code}", new { version = 1, present = true })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1{Session}/plenary-meetings/2/attendance/organizations/INTERPOL", new { version = 0, present = true })).StatusCode);
        foreach (var code in new[] { "ZAF", "BRA" })
            Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1{Session}/statements", new { participant = new { state = code }, plenaryMeeting = 1, item = "3" })).StatusCode);

        await using var scope = Site.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<OfficialDocuments>();
        var report = TextRenderer.Render((await documents.PreviewAsync("ahc-hydrological-data", 6, OfficialDocumentKind.Report))!.Document);
        var list = (await documents.PreviewAsync("ahc-hydrological-data", 6, OfficialDocumentKind.Participants))!;

        Assert.Contains("The session was attended by representatives of two Member States and an intergovernmental organization.", report);
        Assert.Contains("Statements were made by representatives of the following Member States: Brazil and South Africa.", report);
        Assert.StartsWith("A/AC.987/INF/", list.Symbol);
        var text = TextRenderer.Render(list.Document);
        Assert.Contains("Third session", text);
        Assert.True(text.IndexOf("Ms. A. DELEGATE BRA", StringComparison.Ordinal) < text.IndexOf("Ms. A. DELEGATE ZAF", StringComparison.Ordinal));
        Assert.DoesNotContain(list.Document.Body.OfType<Heading>(), h => h.Text == "Intergovernmental organizations"); // INTERPOL attended but registered nobody
    }
}

public sealed class SqliteSessionsBodyParticipationTests : SessionsBodyParticipationTests;

public sealed class PostgresSessionsBodyParticipationTests : SessionsBodyParticipationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
