using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Participation;

/// <summary>Attendance per plenary meeting: the Secretariat's fast list, a delegate's self check-in, the public counts.</summary>
public abstract class AttendanceTests : FreshSiteTests
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";
    private const string First = Meeting + "/plenary-meetings/1/attendance";

    [SkippableFact]
    public async Task TheSecretariat_FindsAndTicks_RegisteredOrNot_AndSavesTheTicksShown()
    {
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/v1" + Meeting + "/delegations/states/ZAF",
            new { version = 0, members = new[] { new { title = "Ms.", familyName = "Dlamini", role = "head" } } })).StatusCode);
        var secretariat = await SignedInAsync("secretariat@plenary.demo");

        var list = await ParseAsync(secretariat, First);
        Assert.Equal(["South Africa"], list.QuerySelectorAll("tbody th label").Select(l => l.TextContent));
        var found = await ParseAsync(secretariat, First + "?q=brazil");
        Assert.Equal(["Brazil"], found.QuerySelectorAll("tbody th label").Select(l => l.TextContent));
        Assert.Equal("not registered", found.QuerySelector("tbody td:last-child")!.TextContent);

        var saved = await secretariat.PostAsync(First + "?handler=Save", found.FormWith(new()
        {
            ["q"] = "brazil", ["rows[0].Kind"] = "states", ["rows[0].Participant"] = "BRA", ["rows[0].Version"] = "0", ["rows[0].Was"] = "false", ["rows[0].Present"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await ParseAsync(secretariat, First);
        Assert.Contains("Saved: a delegation checked in", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal([("Brazil", true), ("South Africa", false)],
            after.QuerySelectorAll("tbody tr").Select(r => (r.QuerySelector("label")!.TextContent, r.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"))));
    }

    [SkippableFact]
    public async Task ATick_FromThePagesScript_SavesAtOnce_AndAnswersTheNewVersion()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var page = await ParseAsync(secretariat, First + "?q=chile");

        var tick = await secretariat.PostAsync(First + "?handler=Tick", page.FormWith(new()
        {
            ["row.Kind"] = "states", ["row.Participant"] = "CHL", ["row.Version"] = "0", ["row.Present"] = "true",
        }));
        var stale = await secretariat.PostAsync(First + "?handler=Tick", page.FormWith(new()
        {
            ["row.Kind"] = "states", ["row.Participant"] = "CHL", ["row.Version"] = "0", ["row.Present"] = "false",
        }));

        Assert.Equal(HttpStatusCode.OK, tick.StatusCode);
        var answer = JsonDocument.Parse(await tick.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, answer.GetProperty("version").GetInt32());
        Assert.Equal("Chile: present.", answer.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var attendance = await Site.ReadAsync("/api/v1" + Meeting + "/plenary-meetings/1/attendance");
        Assert.Equal("Chile", attendance.GetProperty("present")[0].GetProperty("name").GetString());
        Assert.Equal(1, attendance.GetProperty("counts").GetProperty("memberState").GetInt32());
    }

    [SkippableFact]
    public async Task ADelegate_ChecksInFromTheMeetingPage_OnceRegistered_AndTheMeetingPageCountsIt()
    {
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var unregistered = await ParseAsync(delegate_, Meeting);
        Assert.Null(unregistered.QuerySelector(".own-delegation form"));
        var api = Site.Api(await Site.TokenForAsync("delegate@plenary.demo"));
        await api.PutAsJsonAsync("/api/v1" + Meeting + "/delegations/states/ZAF", new { version = 0, members = new[] { new { familyName = "Dlamini", role = "head" } } });

        var page = await ParseAsync(delegate_, Meeting);
        var form = page.QuerySelector(".own-delegation form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var checkedIn = await delegate_.PostAsync(form.GetAttribute("action")!, new FormUrlEncodedContent(fields));

        Assert.True(checkedIn.StatusCode == HttpStatusCode.Redirect, $"{checkedIn.StatusCode}: {(await ParseAsync(checkedIn)).QuerySelector("#edit-error, .field-error")?.TextContent}");
        Assert.Equal(Meeting + "#participation", checkedIn.Headers.Location!.ToString());
        var shown = await ParseAsync(delegate_, Meeting);
        Assert.Contains("checked in", shown.QuerySelector(".own-delegation .attendance-own li")!.TextContent);
        Assert.Contains("1st meeting: a delegation present", shown.QuerySelector("#participation")!.TextContent);
        var anotherState = await api.PutAsJsonAsync("/api/v1" + Meeting + "/plenary-meetings/1/attendance/states/USA", new { version = 0, present = true });
        Assert.Equal(HttpStatusCode.Forbidden, anotherState.StatusCode);
    }
}

public sealed class SqliteAttendanceTests : AttendanceTests;

public sealed class PostgresAttendanceTests : AttendanceTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
