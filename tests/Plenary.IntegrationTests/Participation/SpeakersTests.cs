using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plenary.IntegrationTests.Support;
using Plenary.Web.Live;

namespace Plenary.IntegrationTests.Participation;

/// <summary>
/// The list of speakers through its pages and the API: delegates ask for the floor for their own delegation, the Secretariat
/// for anyone, the Chair runs it; statements are recorded as they are marked made; every viewer follows it live. The demo's
/// seventh meeting already runs a list on item 2 (China has the floor): these tests take up item 3 at the 2nd plenary meeting.
/// </summary>
public abstract class SpeakersTests : FreshSiteTests
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";
    private const string Api = "/api/v1" + Meeting + "/speakers";

    private async Task<HttpClient> ChairApiAsync() => Site.Api(await Site.TokenForAsync("chair@plenary.demo"));

    private static async Task<int> VersionAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync(Api)).RootElement.GetProperty("version").GetInt32();

    private static async Task<HttpResponseMessage> RequestAsync(HttpClient client, object participant, string? onBehalfOf = null, bool rightOfReply = false) =>
        await client.PostAsJsonAsync(Api, new { version = await VersionAsync(client), participant, item = "3", onBehalfOf, rightOfReply });

    /// <summary>The Chair marks China's statement made and takes up item 3 at the 2nd plenary meeting.</summary>
    private static async Task TakeUpItem3Async(HttpClient chair)
    {
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync(Api + "/finish", new { version = await VersionAsync(chair) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chair.PutAsJsonAsync(Api + "/current", new { version = await VersionAsync(chair), plenaryMeeting = 2, item = "3" })).StatusCode);
    }

    [SkippableFact]
    public async Task TheChair_RunsTheList_InProtocolOrder_AndEachStatementMadeIsRecorded()
    {
        var chair = await ChairApiAsync();
        await TakeUpItem3Async(chair);
        var delegate_ = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(delegate_, new { })).StatusCode); // their own: South Africa
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(chair, new { organization = "INTERPOL" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(chair, new { state = "Holy See" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(chair, new { state = "NGA" }, "the Group of African States")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await RequestAsync(chair, new { state = "BRA" })).StatusCode);

        var list = await Site.ReadAsync(Api);
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == "3");
        Assert.Equal(["Nigeria (on behalf of the Group of African States)", "South Africa", "Brazil", "Holy See", "International Criminal Police Organization"],
            item.GetProperty("waiting").EnumerateArray().Select(s => s.GetProperty("label").GetString()));

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await chair.PostAsJsonAsync(Api + "/next", new { version = await VersionAsync(chair) })).StatusCode);

        var current = (await Site.ReadAsync(Api)).GetProperty("current");
        Assert.Equal("Brazil", current.GetProperty("label").GetString());
        var statements = await Site.ReadAsync("/api/v1" + Meeting + "/statements");
        Assert.Equal([("CHN", 1, null), ("NGA", 2, "the Group of African States"), ("ZAF", 2, null)],
            statements.EnumerateArray().Select(s => (s.GetProperty("participant").GetProperty("name").GetString(), s.GetProperty("plenaryMeeting").GetInt32(),
                s.TryGetProperty("onBehalfOf", out var b) ? b.GetString() : null)));
    }

    [SkippableFact]
    public async Task ADelegate_MayNotRunTheList_NorAskTheFloorForAnother_AndAStaleActionIsRefused()
    {
        var chair = await ChairApiAsync();
        var delegate_ = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        var version = await VersionAsync(chair);

        var forAnother = await RequestAsync(delegate_, new { state = "USA" });
        var next = await delegate_.PostAsJsonAsync(Api + "/next", new { version });
        var stale = await chair.PutAsJsonAsync(Api + "/time-limit", new { version = version - 1, seconds = 120 });
        var badLimit = await chair.PutAsJsonAsync(Api + "/time-limit", new { version, seconds = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, forAnother.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Equal("timeLimit", JsonDocument.Parse(await badLimit.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
    }

    [SkippableFact]
    public async Task TheChairsScreen_GivesTheFloorWithOneButton_FocusedOnEveryLoad()
    {
        var chair = await SignedInAsync("chair@plenary.demo");
        var page = await ParseAsync(chair, Meeting + "/speakers/chair");
        await chair.PostAsync(Meeting + "/speakers/chair?handler=Finish", page.FormWith(new() { ["Version"] = VersionOn(page) }));
        page = await ParseAsync(chair, Meeting + "/speakers/chair");
        await chair.PostAsync(Meeting + "/speakers/chair?handler=TakeUp", page.FormWith(new() { ["Version"] = VersionOn(page), ["PlenaryMeeting"] = "2", ["Item"] = "3" }));
        foreach (var state in new[] { "Argentina", "Kenya" })
        {
            page = await ParseAsync(chair, Meeting + "/speakers/chair");
            var added = await chair.PostAsync(Meeting + "/speakers/chair?handler=Request", page.FormWith(new() { ["Version"] = VersionOn(page), ["Form"] = "states", ["participant"] = state, ["Item"] = "3" }));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        page = await ParseAsync(chair, Meeting + "/speakers/chair");
        var next = page.QuerySelector("#next-speaker")!;
        Assert.True(next.HasAttribute("autofocus"));
        Assert.Contains("Next speaker: Argentina", next.TextContent);
        var given = await chair.PostAsync(Meeting + "/speakers/chair?handler=Next", page.FormWith(new() { ["Version"] = VersionOn(page) }));

        Assert.Equal(Meeting + "/speakers/chair", given.Headers.Location!.ToString());
        page = await ParseAsync(chair, Meeting + "/speakers/chair");
        Assert.Equal("Argentina", page.QuerySelector(".chair-speaker strong")!.TextContent);
        Assert.Contains("Next speaker: Kenya", page.QuerySelector("#next-speaker")!.TextContent);
        var display = await ParseAsync(Anonymous(), Meeting + "/live");
        Assert.Equal("Argentina", display.QuerySelector("[data-room=speaker]")!.TextContent);
        Assert.Equal(["Kenya"], display.QuerySelectorAll("[data-room=next] li").Select(l => l.TextContent));
    }

    [SkippableFact]
    public async Task TheChairsScreen_IsForOfficersAndTheSecretariat_TheListForEveryone()
    {
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(Meeting + "/speakers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(Meeting + "/live")).StatusCode);
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        Assert.Contains("/account/denied", (await delegate_.GetAsync(Meeting + "/speakers/chair")).Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await (await SignedInAsync("secretariat@plenary.demo")).GetAsync(Meeting + "/speakers/chair")).StatusCode);
    }

    [SkippableFact]
    public async Task TheLiveStream_SendsTheServersClock_ThenTheListsState()
    {
        var chair = await ChairApiAsync();
        await TakeUpItem3Async(chair);
        var version = await VersionAsync(chair);
        using var request = new HttpRequestMessage(HttpMethod.Get, Meeting + "/live/stream");
        using var response = await Anonymous().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var lines = new List<string>();
        while (!lines.Any(l => l.StartsWith("data: {", StringComparison.Ordinal)))
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended."));

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("event: clock", lines);
        Assert.Contains($"id: {version}", lines);
        var state = JsonDocument.Parse(lines.Last()[6..]).RootElement;
        Assert.Equal("3", state.GetProperty("item").GetString());
        Assert.Equal("2nd meeting", state.GetProperty("sitting").GetString());
    }

    [SkippableFact]
    public async Task AChange_ReachesTheRoomDisplaysViewers()
    {
        var hub = Site.Services.GetRequiredService<LiveHub>();
        using var viewer = await hub.ConnectAsync("speakers/eg-cybercrime/7", CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var before = int.Parse((await viewer!.States.ReadAsync(timeout.Token)).Version, System.Globalization.CultureInfo.InvariantCulture);

        var chair = await ChairApiAsync();
        await chair.PutAsJsonAsync(Api + "/time-limit", new { version = before, seconds = 240 });

        var state = await viewer.States.ReadAsync(timeout.Token);
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), state.Version);
        Assert.Equal(240, JsonDocument.Parse(state.Json).RootElement.GetProperty("timeLimitSeconds").GetInt32());
    }
}

public sealed class SqliteSpeakersTests : SpeakersTests;

public sealed class PostgresSpeakersTests : SpeakersTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
