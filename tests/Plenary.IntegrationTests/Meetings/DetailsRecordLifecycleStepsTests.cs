using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Meetings;

/// <summary>
/// Issue 10: a convening's details (venue, dates, format) change its dates and format only through the lifecycle's
/// steps, on each store: new dates are "dates approved" and a new format "format changed", with the day and the
/// authority asked on the form (and in the API), new dates confirmed first saying what happens to the sittings,
/// a change without its authority refused naming the field, a held convening's dates refused naming its state,
/// and the timeline shows each step; a change of venue alone records nothing.
/// </summary>
public abstract class DetailsRecordLifecycleStepsTests : FreshSiteTests
{
    private const string Seventh = "/bodies/eg-cybercrime/meetings/7";
    private const string SeventhApi = "/api/v1/bodies/eg-cybercrime/meetings/7";

    private static Dictionary<string, string> Details(string start, string end, string format) => new()
    {
        ["Venue"] = "Vienna", ["StartDate"] = start, ["EndDate"] = end, ["Format"] = format,
    };

    private static async Task<HttpResponseMessage> PostDetailsAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await ParseAsync(client, Seventh + "/edit");
        fields.TryAdd("Version", VersionOn(page));
        return await client.PostAsync(Seventh + "/edit", page.FormWith(fields));
    }

    private async Task<List<JsonElement>> HistoryAsync(string meeting = SeventhApi) =>
        (await Site.ReadAsync(meeting)).GetProperty("history").EnumerateArray().ToList();

    [SkippableFact]
    public async Task NewDatesAndFormat_FromTheDetailsForm_AreConfirmed_ThenRecordedAsLifecycleStepsOnTheTimeline()
    {
        var secretariat = await SignedInAsync();
        var before = (await HistoryAsync()).Count;
        var change = Details("2021-04-07", "2021-04-09", "Online");
        change["Date"] = "2021-02-01";
        change["Authority"] = "SilenceProcedure";
        change["Sittings"] = "Move";
        change["Arrangements"] = "with remote simultaneous interpretation";

        var asked = await PostDetailsAsync(secretariat, change);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var confirmation = await ParseAsync(asked);
        Assert.Equal("The dates approved, from 7 to 9 April 2021, are recorded in its history. The six plenary meetings and the organization of work move with the dates, a day later.",
            confirmation.QuerySelector("#confirm-consequence")!.TextContent.Trim());
        Assert.Equal(before, (await HistoryAsync()).Count);

        var confirmed = await secretariat.PostAsync(Seventh + "/edit", confirmation.FormWith(confirmation.QuerySelectorAll("#confirm-removal input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var meeting = await Site.ReadAsync(SeventhApi);
        Assert.Equal(("2021-04-07", "online"), (meeting.GetProperty("meeting").GetProperty("startDate").GetString(), meeting.GetProperty("meeting").GetProperty("format").GetString()));
        Assert.Equal("2021-04-07", meeting.GetProperty("plenaryMeetings")[0].GetProperty("date").GetString());
        var added = (await HistoryAsync()).Skip(before).ToList();
        Assert.Equal(["datesApproved", "formatApproved"], added.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(added, e => Assert.Equal("2021-02-01", e.GetProperty("date").GetString()));
        Assert.Equal("The extended Bureau approved new dates, 7–9 April 2021, in place of 6–8 April 2021 by silence procedure.", added[0].GetProperty("text").GetString());
        Assert.Equal("The extended Bureau approved the online format by silence procedure, with remote simultaneous interpretation.", added[1].GetProperty("text").GetString());
        var timeline = (await ParseAsync(secretariat, Seventh + "/lifecycle")).QuerySelectorAll("ol.history li").Select(li => li.TextContent).ToList();
        Assert.Contains(timeline, t => t.Contains("approved new dates, 7–9 April 2021", StringComparison.Ordinal) && t.Contains("Silence procedure of the extended Bureau", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ANewFormat_WithoutItsAuthority_IsRefusedNextToTheAuthority_AndNothingChanges()
    {
        var secretariat = await SignedInAsync();
        var change = Details("2021-04-06", "2021-04-08", "Online");
        change["Date"] = "2021-02-01";

        var refused = await PostDetailsAsync(secretariat, change);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.StartsWith("Say on what authority the step was taken", page.QuerySelector("[data-valmsg-for=Authority]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("hybrid", (await Site.ReadAsync(SeventhApi)).GetProperty("meeting").GetProperty("format").GetString());
    }

    [SkippableFact]
    public async Task AChangeOfVenueAlone_IsSaved_WithoutAStepOrAConfirmation()
    {
        var secretariat = await SignedInAsync();
        var before = (await HistoryAsync()).Count;
        var change = Details("2021-04-06", "2021-04-08", "Hybrid");
        change["Venue"] = "Vienna International Centre";

        Assert.Equal(HttpStatusCode.Redirect, (await PostDetailsAsync(secretariat, change)).StatusCode);

        Assert.Equal("Vienna International Centre", (await Site.ReadAsync(SeventhApi)).GetProperty("meeting").GetProperty("venue").GetString());
        Assert.Equal(before, (await HistoryAsync()).Count);
    }

    [SkippableFact]
    public async Task TheApi_RecordsTheSameSteps_RefusingAChangeWithoutItsDecision_AndAHeldConveningsNewDates()
    {
        var api = Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"));
        async Task<int> Version(string path) => (await Site.ReadAsync(path)).GetProperty("version").GetInt32();
        static async Task<(string? Field, string? Detail)> Problem(HttpResponseMessage r)
        {
            var p = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
            return (p.TryGetProperty("field", out var f) ? f.GetString() : null, p.GetProperty("detail").GetString());
        }

        var noAuthority = await api.PutAsJsonAsync(SeventhApi, new { version = await Version(SeventhApi), venue = "Vienna", startDate = "2021-04-06", endDate = "2021-04-08", format = "inPerson", date = "2021-02-01" });
        Assert.Equal(HttpStatusCode.BadRequest, noAuthority.StatusCode);
        Assert.Equal("authority", (await Problem(noAuthority)).Field);
        var noSittings = await api.PutAsJsonAsync(SeventhApi, new { version = await Version(SeventhApi), venue = "Vienna", startDate = "2021-04-07", endDate = "2021-04-09", format = "hybrid", date = "2021-02-01", authority = "decisionOfTheChair" });
        Assert.Equal(HttpStatusCode.BadRequest, noSittings.StatusCode);
        Assert.Equal("sittings", (await Problem(noSittings)).Field);
        Assert.Equal("2021-04-06", (await Site.ReadAsync(SeventhApi)).GetProperty("meeting").GetProperty("startDate").GetString());

        var saved = await api.PutAsJsonAsync(SeventhApi, new { version = await Version(SeventhApi), venue = "Vienna", startDate = "2021-04-06", endDate = "2021-04-08", format = "inPerson", date = "2021-02-01", authority = "decisionOfTheChair" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var last = (await HistoryAsync())[^1];
        Assert.Equal(("formatApproved", "The Chair approved the in-person format."), (last.GetProperty("kind").GetString(), last.GetProperty("text").GetString()));

        const string sixth = "/api/v1/bodies/eg-cybercrime/meetings/6";
        var held = await api.PutAsJsonAsync(sixth, new { version = await Version(sixth), venue = "Vienna", startDate = "2020-07-28", endDate = "2020-07-30", format = "hybrid", date = "2020-07-01", authority = "notification", sittings = "move" });
        Assert.Equal(HttpStatusCode.BadRequest, held.StatusCode);
        Assert.Equal("This convening is held; only a planned or postponed convening can have its dates approved.", (await Problem(held)).Detail);
    }

    [SkippableFact]
    public async Task ABodyThatHoldsSessions_RecordsAFormatChangeFromItsDetails_InItsOwnWords()
    {
        await SecondBody.AddAsync(Site);
        var api = Site.Api(await Site.TokenForAsync(SecondBody.SecretariatEmail));
        const string tenth = "/api/v1/bodies/cosp/meetings/10";
        var version = (await Site.ReadAsync(tenth)).GetProperty("version").GetInt32();

        var saved = await api.PutAsJsonAsync(tenth, new { version, venue = "Atlanta, United States of America", startDate = "2023-12-11", endDate = "2023-12-15", format = "hybrid", date = "2023-10-02", authority = "silenceProcedure", decidedBy = "Bureau" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var last = (await HistoryAsync(tenth))[^1];
        Assert.Equal("The Bureau approved the hybrid format by silence procedure.", last.GetProperty("text").GetString());
        Assert.DoesNotContain("meeting", last.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteDetailsRecordLifecycleStepsTests : DetailsRecordLifecycleStepsTests;

public sealed class PostgresDetailsRecordLifecycleStepsTests : DetailsRecordLifecycleStepsTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
