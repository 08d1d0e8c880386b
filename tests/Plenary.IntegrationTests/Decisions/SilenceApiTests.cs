using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Decisions;

/// <summary>The same procedure through /api/v1 with personal access tokens: draft, circulate, answer, read; refusals as problem details.</summary>
public class SilenceApiTests : SilenceSiteTests
{
    private object Proposal(string? zone = "Europe/Vienna") => new
    {
        subject = "conveningDates",
        meetingNumber = 8,
        title = "Dates of the eighth meeting",
        decisionText = "The extended Bureau approves the dates of the eighth meeting.",
        circle = "extendedBureau",
        deadlineDate = DeadlineDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        deadlineTime = "12:00",
        deadlineTimeZone = zone,
        proposedStart = $"{Start.Year + 1}-05-02",
        proposedEnd = $"{Start.Year + 1}-05-04",
    };

    [SkippableFact]
    public async Task DraftCirculateBreakAndRead_ThroughTheApi()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = site.Api(await site.TokenForAsync("secretariat@plenary.demo"));
        var drafted = await secretariat.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/silence-procedures", Proposal());
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var path = drafted.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.NotFound, (await site.Api().GetAsync(path)).StatusCode); // a draft is not public
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsJsonAsync(path + "/circulate", new { version = 1 })).StatusCode);

        var outsider = site.Api(await site.TokenForAsync("delegate@plenary.demo"));
        var refused = await outsider.PostAsJsonAsync(path + "/break", new { kind = "objection", text = "We object." });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only the members of the extended Bureau", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var bureau = site.Api(await site.TokenForAsync("bureau@plenary.demo"));
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.PostAsJsonAsync(path + "/break", new { kind = "objection" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync(path + "/break", new { kind = "amendment", text = "A week later, please." })).StatusCode);
        var chair = site.Api(await site.TokenForAsync("chair@plenary.demo"));
        Assert.Equal(HttpStatusCode.OK, (await chair.PostAsync(path + "/no-objection", null)).StatusCode);

        var publicView = await site.ReadAsync(path);
        Assert.Equal("open", publicView.GetProperty("status").GetString());
        Assert.Equal(1, publicView.GetProperty("breakCount").GetInt32());
        Assert.Equal(0, publicView.GetProperty("members").GetArrayLength()); // who answered what: not for the public
        var memberView = JsonDocument.Parse(await bureau.GetStringAsync(path)).RootElement;
        Assert.Equal(2, memberView.GetProperty("members").GetArrayLength());

        Clock.Now = DeadlineAt;
        var concluded = await site.ReadAsync(path);
        Assert.Equal("notAdopted", concluded.GetProperty("status").GetString());
        var late = await site.Api(await site.TokenForAsync("chair@plenary.demo")).PostAsJsonAsync(path + "/break", new { kind = "objection", text = "Late." });
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
    }

    [SkippableFact]
    public async Task ADeadlineInTheSkippedHour_IsRefusedNamingTheField()
    {
        var site = NewSite();
        var secretariat = site.Api(await site.TokenForAsync("secretariat@plenary.demo"));
        var spring = new DateOnly(Start.Year + 1, 3, 31);
        while (spring.DayOfWeek != DayOfWeek.Sunday) spring = spring.AddDays(-1); // Europe's clocks go forward on the last Sunday of March

        var response = await secretariat.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/silence-procedures", new
        {
            subject = "provisionalAgenda", meetingNumber = 7, title = "Provisional agenda", decisionText = "The extended Bureau agrees on the provisional agenda.",
            circle = "extendedBureau", deadlineDate = spring.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), deadlineTime = "02:30", deadlineTimeZone = "Europe/Vienna",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("deadlineDate", problem.GetProperty("field").GetString());
        Assert.Contains("does not exist in Europe/Vienna", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task OnlyTheSecretariatOrAnOfficer_Drafts()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var bureau = site.Api(await site.TokenForAsync("bureau@plenary.demo"));
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/silence-procedures", Proposal())).StatusCode);
        var chair = site.Api(await site.TokenForAsync("chair@plenary.demo"));
        Assert.Equal(HttpStatusCode.Created, (await chair.PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/silence-procedures", Proposal())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Api().PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/silence-procedures", Proposal())).StatusCode);
    }
}

public sealed class SilenceApiPostgresTests : SilenceApiTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
