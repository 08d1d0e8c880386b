using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Decisions;
using Plenary.IntegrationTests.Decisions;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Caching;

/// <summary>
/// The silence procedures' write paths (drafting, circulating, breaking silence, no objection, and the
/// conclusion at the deadline by the background service) raise the record's version like every other
/// save, so a kept page is never served once they changed the record; their own pages, which change
/// with the clock, are never kept. Marking one's inbox read does not empty the caches.
/// </summary>
public class SilenceProcedureCacheTests : SilenceSiteTests
{
    private const string Eighth = "/bodies/eg-cybercrime/meetings/8";

    private async Task<long> RecordVersionAsync()
    {
        await using var db = Store.Store.CreateContext();
        return await db.RecordVersions.Where(v => v.Id == RecordVersion.Record).Select(v => v.Value).SingleAsync();
    }

    [SkippableFact]
    public async Task EveryStepOfASilenceProcedure_RaisesTheRecordVersion_AndMarkingTheInboxReadDoesNot()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var year = Start.Year + 1;

        var version = await RecordVersionAsync();
        var first = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)));
        Assert.True(await RecordVersionAsync() > version, "drafting a procedure did not raise the record version");

        version = await RecordVersionAsync();
        await CirculateAsync(site, secretariat, first);
        Assert.True(await RecordVersionAsync() > version, "circulating a procedure did not raise the record version");

        var path = $"/bodies/eg-cybercrime/silence-procedures/{first}";
        version = await RecordVersionAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(await SignedInAsync(site, "chair"), path, "NoObjection", [])).StatusCode);
        Assert.True(await RecordVersionAsync() > version, "recording no objection did not raise the record version");

        version = await RecordVersionAsync();
        var bureau = await SignedInAsync(site, "bureau");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(bureau, path, "Break", new() { ["Kind"] = "Objection", ["Text"] = "We object.", ["confirmed"] = "true" })).StatusCode);
        Assert.True(await RecordVersionAsync() > version, "breaking silence did not raise the record version");

        // The Secretariat was told; marking its inbox read is no change to the record.
        version = await RecordVersionAsync();
        Assert.True(await UnreadAsync("secretariat@plenary.demo") > 0);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(secretariat, "/inbox", "ReadAll", [])).StatusCode);
        Assert.Equal(0, await UnreadAsync("secretariat@plenary.demo"));
        Assert.Equal(version, await RecordVersionAsync());
    }

    [SkippableFact]
    public async Task AnAdoptionAtTheDeadline_IsOnTheVeryNextReadOfTheKeptMeetingPage()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var year = Start.Year + 1;
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)));
        await CirculateAsync(site, secretariat, number);

        // Past the deadline, before anything concluded it: the meeting page is kept with the planned dates.
        Clock.Now = DeadlineAt.AddMinutes(1);
        var reader = site.CreateClient(new() { AllowAutoRedirect = false });
        var kept = await reader.GetAsync(Eighth);
        var etag = kept.Headers.ETag;
        Assert.NotNull(etag);
        var again = new HttpRequestMessage(HttpMethod.Get, Eighth);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again)).StatusCode);
        Assert.DoesNotContain("11 May", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // What the background service does at the deadline.
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ConcludeSilenceProcedures>().ConcludeDueAsync());

        var next = new HttpRequestMessage(HttpMethod.Get, Eighth);
        next.Headers.IfNoneMatch.Add(etag);
        var after = await reader.SendAsync(next);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Contains("11 May", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AProcedurePage_IsNeverKept_SoItsOutcomeShowsAtTheDeadlineWithoutAWrite()
    {
        var site = NewSite();
        await AddEighthMeetingAsync();
        var secretariat = await SignedInAsync(site, "secretariat");
        var year = Start.Year + 1;
        var number = await DraftAsync(secretariat, DatesProposal(8, new DateOnly(year, 5, 9), new DateOnly(year, 5, 11)));
        await CirculateAsync(site, secretariat, number);
        var reader = site.CreateClient(new() { AllowAutoRedirect = false });
        var paths = new[] { $"/bodies/eg-cybercrime/silence-procedures/{number}", "/bodies/eg-cybercrime/silence-procedures", $"/api/v1/bodies/eg-cybercrime/silence-procedures/{number}" };
        foreach (var path in paths)
        {
            var open = await reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
            Assert.Null(open.Headers.ETag);
        }

        Clock.Now = DeadlineAt.AddMinutes(1);
        var concluded = await reader.GetAsync(paths[2]);
        Assert.Contains("\"adopted\"", (await concluded.Content.ReadAsStringAsync()).ToLowerInvariant(), StringComparison.Ordinal);
    }

    private async Task<int> UnreadAsync(string email)
    {
        await using var db = Store.Store.CreateContext();
        return await db.Notifications.CountAsync(n => n.Email == email && n.ReadAt == null);
    }
}

public sealed class SilenceProcedureCachePostgresTests : SilenceProcedureCacheTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
