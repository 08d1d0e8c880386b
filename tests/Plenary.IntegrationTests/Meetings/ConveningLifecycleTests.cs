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

    private async Task ImportCommitteeAsync()
    {
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var imported = await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.CommitteeRecord));
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
    }

    private static IEnumerable<(string Kind, string Text)> History(JsonElement meeting) =>
        meeting.GetProperty("history").EnumerateArray().Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("text").GetString()!));

    [SkippableFact]
    public async Task TheStatusRoute_RecordsLifecycleSteps_HeldIsConvenedAndClosedOnItsDates_APostponementNeedsItsReason()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string seventh = "/api/v1/bodies/eg-cybercrime/meetings/7";
        async Task<HttpResponseMessage> Status(object body)
        {
            var withVersion = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            withVersion["version"] = (await Site.ReadAsync(seventh)).GetProperty("version").GetInt32();
            return await api.PutAsJsonAsync(seventh + "/status", withVersion);
        }

        var noReason = await Status(new { status = "postponed" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("details", JsonDocument.Parse(await noReason.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal("planned", (await Site.ReadAsync(seventh)).GetProperty("state").GetString());

        Assert.Equal(HttpStatusCode.OK, (await Status(new { status = "held" })).StatusCode);

        var meeting = await Site.ReadAsync(seventh);
        Assert.Equal("held", meeting.GetProperty("state").GetString());
        var steps = History(meeting).Where(e => e.Kind is "convened" or "closed").ToList();
        Assert.Equal([("convened", "The meeting was convened at the 1st meeting."), ("closed", "The meeting was closed at the 6th meeting.")], steps);
        var closed = meeting.GetProperty("history").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "closed");
        Assert.Equal("2021-04-08", closed.GetProperty("date").GetString());
        Assert.False(string.IsNullOrWhiteSpace(closed.GetProperty("recordedBy").GetString()));

        var cancelled = await Status(new { status = "cancelled" });
        Assert.Equal(HttpStatusCode.BadRequest, cancelled.StatusCode);
        Assert.Contains("This convening is held; only a planned or postponed convening can be cancelled.", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ABodyThatHoldsSessions_MarksASessionHeldFromItsEditPage_AndTheTimelineSaysItWasConvenedAndClosed()
    {
        await ImportCommitteeAsync();
        var admin = await SignedInAsync("admin@plenary.demo");
        const string third = "/bodies/ahc-hydrological-data/meetings/6";
        var edit = await ParseAsync(admin, third + "/edit");
        Assert.Equal(third + "/lifecycle?step=Postponed#record-step", edit.QuerySelector("a[href*='step=Postponed']")!.GetAttribute("href"));
        var held = await admin.PostAsync(third + "/edit?handler=Status", edit.FormWith(new() { ["Version"] = VersionOn(edit), ["Status"] = "Held" }));
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);

        var timeline = (await ParseAsync(admin, third + "/lifecycle")).QuerySelectorAll("ol.history li").Select(li => li.QuerySelector("span")!.TextContent.Trim()).ToList();
        Assert.StartsWith("The session was closed", timeline[^1], StringComparison.Ordinal);
        Assert.StartsWith("The session was convened", timeline[^2], StringComparison.Ordinal);
        var postponing = await ParseAsync(admin, third + "/lifecycle?step=Postponed");
        Assert.NotNull(postponing.QuerySelector("#Step option[value=Postponed][selected]"));
    }

    [SkippableFact]
    public async Task ABodyThatHoldsSessions_SchedulesASessionFromItsWorkplan_WhichTakesUpThePlannedTopics_InThePlannedYear()
    {
        await ImportCommitteeAsync();
        const string body = "/api/v1/bodies/ahc-hydrological-data";
        var api = Site.Api(await Site.TokenForAsync("admin@plenary.demo"));
        async Task<int> Version() => (await Site.ReadAsync(body)).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(body + "/workplans", new { version = await Version(), title = "Programme of work for 2023–2024", startYear = 2023, endYear = 2024 })).StatusCode);
        var workplan = (await Site.ReadAsync(body)).GetProperty("workplans")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"{body}/workplans/{workplan}/planned-meetings",
            new { version = await Version(), year = 2023, meetingNumber = 4, topics = new[] { "Exchange of hydrological data", "Capacity-building" } })).StatusCode);

        var admin = await SignedInAsync("admin@plenary.demo");
        var link = (await ParseAsync(admin, "/bodies/ahc-hydrological-data")).QuerySelector("a.schedule-planned")!.GetAttribute("href")!;
        Assert.Equal($"/bodies/ahc-hydrological-data/meetings/new?workplan={workplan}&planned=1", link);
        var form = await ParseAsync(admin, link);
        Assert.Contains("the fourth session planned for 2023, on Exchange of hydrological data; Capacity-building.", form.QuerySelector("#from-workplan")!.TextContent, StringComparison.Ordinal);
        Dictionary<string, string> Fields(string start, string end)
        {
            var fields = form.QuerySelectorAll("form.form input[type=hidden], form.form input[name=Number], form.form input[name=Ordinal], form.form input[name=FirstPlenaryMeetingNumber]")
                .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
                .GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
            fields["Kind"] = "Regular";
            fields["Venue"] = "New York";
            fields["StartDate"] = start;
            fields["EndDate"] = end;
            fields["Format"] = "InPerson";
            return fields;
        }

        var wrongYear = await admin.PostAsync("/bodies/ahc-hydrological-data/meetings/new", form.FormWith(Fields("2024-01-08", "2024-01-19")));
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        Assert.Contains("The workplan plans this session for 2023; its dates (from 8 to 19 January 2024) are not in 2023.", (await ParseAsync(wrongYear)).Body!.TextContent, StringComparison.Ordinal);

        var created = await admin.PostAsync("/bodies/ahc-hydrological-data/meetings/new", form.FormWith(Fields("2023-01-09", "2023-01-20")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var fourth = (await Site.ReadAsync(body + "/meetings")).EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Fourth session");
        Assert.Equal(["Exchange of hydrological data", "Capacity-building"], fourth.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Null((await ParseAsync(admin, "/bodies/ahc-hydrological-data")).QuerySelector("a.schedule-planned"));

        var missing = await api.PostAsJsonAsync(body + "/meetings", new { number = 20, venue = "New York", startDate = "2023-06-05", endDate = "2023-06-09", workplan });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("plannedMeeting", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheReport_NarratesTheConveningsOpening_ItsClosure_AndTheReportsAdoption_AsTheLifecycleRecordedThem()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        const string seventh = "/api/v1/bodies/eg-cybercrime/meetings/7";
        async Task Step(object body)
        {
            var withVersion = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            withVersion["version"] = (await Site.ReadAsync(seventh)).GetProperty("version").GetInt32();
            var response = await api.PostAsJsonAsync(seventh + "/events", withVersion);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        await Step(new { step = "convened", date = "2021-04-06", plenaryMeeting = 1 });
        await Step(new { step = "closed", date = "2021-04-08", plenaryMeeting = 6 });
        await Step(new { step = "reportAdopted", date = "2021-05-20", authority = "silenceProcedure", decidedBy = "Expert Group" });

        var report = (await api.GetStringAsync(seventh + "/documents/report?format=txt")).ReplaceLineEndings(" ");
        Assert.Contains("At its 1st meeting, on 6 April 2021, the meeting was opened by", report, StringComparison.Ordinal);
        Assert.Contains("At its 6th meeting, on 8 April 2021, the meeting was closed by", report, StringComparison.Ordinal);
        Assert.Contains("On 20 May 2021, the Expert Group adopted this report by means of a silence procedure.", report, StringComparison.Ordinal);
    }
}

public sealed class SqliteConveningLifecycleTests : ConveningLifecycleTests;

public sealed class PostgresConveningLifecycleTests : ConveningLifecycleTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
