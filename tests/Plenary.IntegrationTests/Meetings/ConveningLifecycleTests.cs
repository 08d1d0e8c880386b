using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Meetings;

/// <summary>
/// The convening's lifecycle from the web and the API, on each store: the Secretariat postpones the seventh
/// meeting (confirming what happens to its plenary meetings), approves its new dates, convenes it, records the
/// agenda's adoption at its 1st plenary meeting, closes it; each step is a dated event on the timeline with its
/// authority and who recorded it, illegal steps are refused naming the state, and a body that holds sessions
/// reads "session" throughout.
/// </summary>
public abstract class ConveningLifecycleTests : FreshSiteTests
{
    private const string Seventh = "/bodies/eg-cybercrime/meetings/7";

    private static async Task<HttpResponseMessage> PostStepAsync(HttpClient client, string meeting, Dictionary<string, string> fields)
    {
        var page = await ParseAsync(client, meeting + "/lifecycle");
        fields.TryAdd("Version", VersionOn(page));
        return await client.PostAsync(meeting + "/lifecycle", page.FormWith(fields));
    }

    /// <summary>Sends the confirmation form the page shows: its hidden fields, as the button would.</summary>
    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string meeting, AngleSharp.Html.Dom.IHtmlDocument page) =>
        client.PostAsync(meeting + "/lifecycle", page.FormWith(page.QuerySelectorAll("#confirm-step input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!)));

    [SkippableFact]
    public async Task Postponing_AsksFirstSayingTheSittingsMoveWithTheDates_ThenRecordsTheStepOnTheTimeline()
    {
        var secretariat = await SignedInAsync();
        var step = new Dictionary<string, string>
        {
            ["Step"] = "Postponed", ["Date"] = "2021-03-01", ["Authority"] = "DecisionOfTheChair", ["StartDate"] = "2021-06-07", ["EndDate"] = "2021-06-09",
            ["Sittings"] = "Move", ["Details"] = "owing to the restrictions on travel",
        };

        var asked = await PostStepAsync(secretariat, Seventh, new(step));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var confirmation = await ParseAsync(asked);
        Assert.Equal("The six plenary meetings and the organization of work move with the dates, 62 days later.", confirmation.QuerySelector("#confirm-consequence")!.TextContent.Trim());
        Assert.Equal("2021-04-06", (await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).GetProperty("meeting").GetProperty("startDate").GetString());

        var confirmed = await ConfirmAsync(secretariat, Seventh, confirmation);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var page = await ParseAsync(secretariat, Seventh + "/lifecycle");
        var last = page.QuerySelectorAll("ol.history li")[^1];
        Assert.Contains("The meeting was postponed from 6–8 April 2021 to 7–9 June 2021 by decision of the Chair, owing to the restrictions on travel.", last.TextContent, StringComparison.Ordinal);
        Assert.Contains("Decision of the Chair. Recorded by", last.TextContent, StringComparison.Ordinal);
        var meeting = await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7");
        Assert.Equal("2021-06-07", meeting.GetProperty("meeting").GetProperty("startDate").GetString());
        Assert.Equal("2021-06-07", meeting.GetProperty("plenaryMeetings")[0].GetProperty("date").GetString());
    }

    [SkippableFact]
    public async Task ConveningAndClosing_ThroughTheApi_RecordsTheAgendasAdoptionAtThe1stPlenaryMeeting_AndTheReportSaysSo()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        async Task<HttpResponseMessage> Step(object body)
        {
            var version = (await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).GetProperty("version").GetInt32();
            var json = JsonSerializer.SerializeToElement(body);
            var withVersion = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            withVersion["version"] = version;
            return await api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/events", withVersion);
        }

        var tooEarly = await Step(new { step = "agendaAdopted", plenaryMeeting = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("This convening is planned; the agenda is adopted at a plenary meeting once the convening is in session.", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await Step(new { step = "convened", date = "2021-04-06", plenaryMeeting = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(new { step = "agendaAdopted", plenaryMeeting = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Step(new { step = "closed", date = "2021-04-08" })).StatusCode);
        var cancelled = await Step(new { step = "cancelled", date = "2021-04-09", authority = "decisionOfTheChair" });
        Assert.Equal(HttpStatusCode.BadRequest, cancelled.StatusCode);
        Assert.Contains("This convening is held; only a planned or postponed convening can be cancelled.", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var meeting = await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7");
        Assert.Equal("held", meeting.GetProperty("state").GetString());
        var adopted = meeting.GetProperty("history").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "agendaAdopted");
        Assert.Equal(("2021-04-06", 1, "The agenda was adopted at the 1st meeting."),
            (adopted.GetProperty("date").GetString(), adopted.GetProperty("plenaryMeeting").GetInt32(), adopted.GetProperty("text").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(adopted.GetProperty("recordedBy").GetString()));
        Assert.Equal(JsonValueKind.String, adopted.GetProperty("recordedAt").ValueKind);

        var report = await api.GetStringAsync("/api/v1/bodies/eg-cybercrime/meetings/7/documents/report?format=txt");
        Assert.Contains("At its 1st meeting, on 6 April 2021, the Expert Group adopted the following provisional agenda:", report.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostponingThroughTheApi_WithSittingsAndNoChoice_IsABadRequestNamingTheField()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        var version = (await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).GetProperty("version").GetInt32();

        var response = await api.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/events",
            new { version, step = "postponed", date = "2021-03-01", authority = "decisionOfTheChair", startDate = "2021-06-07", endDate = "2021-06-09", details = "owing to the pandemic" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sittings", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(version, (await Site.ReadAsync("/api/v1/bodies/eg-cybercrime/meetings/7")).GetProperty("version").GetInt32());
    }

    [SkippableFact]
    public async Task ABodyThatHoldsSessions_PostponesItsThirdSessionToDatesToBeDetermined_AndReadsSessionThroughout()
    {
        using (var scope = Site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
            var imported = await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.CommitteeRecord));
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        }
        var admin = await SignedInAsync("admin@plenary.demo");
        const string third = "/bodies/ahc-hydrological-data/meetings/6";

        var noReason = await PostStepAsync(admin, third, new() { ["Step"] = "Postponed", ["Date"] = "2022-07-01", ["Authority"] = "SilenceProcedure", ["ToBeDetermined"] = "true", ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Say why the convening is postponed", (await ParseAsync(noReason)).QuerySelector("[data-valmsg-for=Details]")!.TextContent, StringComparison.Ordinal);

        var asked = await ParseAsync(await PostStepAsync(admin, third, new()
        {
            ["Step"] = "Postponed", ["Date"] = "2022-07-01", ["Authority"] = "SilenceProcedure", ["ToBeDetermined"] = "true", ["Details"] = "owing to the lack of conference services",
        }));
        Assert.Equal("Postpone the third session to dates to be determined?", asked.QuerySelector("#confirm-heading")!.TextContent.Trim());
        Assert.StartsWith("The 17 plenary meetings and the organization of work are kept as they are", asked.QuerySelector("#confirm-consequence")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(admin, third, asked)).StatusCode);

        var page = await ParseAsync(admin, third + "/lifecycle");
        Assert.Contains("The session is postponed. Its dates in the record: from 29 August to 9 September 2022.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The session was postponed to dates to be determined, as decided by the extended Bureau by silence procedure, owing to the lack of conference services.",
            page.QuerySelectorAll("ol.history li")[^1].QuerySelector("span")!.TextContent.Trim());
        Assert.DoesNotContain("meeting was", page.QuerySelector("ol.history")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SqliteConveningLifecycleTests : ConveningLifecycleTests;

public sealed class PostgresConveningLifecycleTests : ConveningLifecycleTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
