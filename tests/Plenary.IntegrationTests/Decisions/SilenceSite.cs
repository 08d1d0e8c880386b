using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plenary.Application.Data;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Decisions;

/// <summary>
/// A store with the demo record and web apps over it whose clock the test moves (a FixedClock as the
/// app's TimeProvider). The demo's chair@ (an officer) and bureau@ (an extended Bureau member) make the
/// extended Bureau; delegate@ is outside it.
/// </summary>
public abstract class SilenceSiteTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddHours(9), TimeSpan.Zero);
    /// <summary>Four days on, at noon in Vienna.</summary>
    protected static readonly DateOnly DeadlineDay = DateOnly.FromDateTime(Start.UtcDateTime).AddDays(4);
    protected static readonly DateTimeOffset DeadlineAt = Deadline.Create(DeadlineDay, new TimeOnly(12, 0), "Europe/Vienna").At;

    private readonly List<PlenaryWebFactory> _sites = [];
    private ITestStore? _store;
    private string? _skip;

    protected FixedClock Clock { get; } = new(Start);

    protected virtual ITestStore NewStore() => new SqliteTestStore();

    protected ITestStore Store
    {
        get
        {
            Skip.If(_skip is not null, _skip);
            return _store!;
        }
    }

    public async Task InitializeAsync()
    {
        try { _store = NewStore(); }
        catch (SkipException e) { _skip = e.Message; return; }
        if (_store.Store.Provider == StoreProvider.PostgreSQL) await using (await _store.MigratedContextAsync()) { }
    }

    public async Task DisposeAsync()
    {
        foreach (var site in _sites) await site.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
    }

    /// <summary>A web app on the test's store with the test's clock; <paramref name="worker"/> off leaves conclusion to reads alone.</summary>
    protected PlenaryWebFactory NewSite(bool worker = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Plenary:Decisions:Worker"] = worker ? "true" : "false", ["Plenary:Decisions:CheckSeconds"] = "1", ["Plenary:DemoOpenProcedure"] = "false" };
        var site = new PlenaryWebFactory(Store.Store, settings: all, services: s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
        _ = site.Server;
        _sites.Add(site);
        return site;
    }

    protected static async Task StopAsync(PlenaryWebFactory site) => await site.DisposeAsync();

    protected static async Task<HttpClient> SignedInAsync(PlenaryWebFactory site, string account)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync($"{account}@plenary.demo")).StatusCode);
        return client;
    }

    protected static async Task<IHtmlDocument> PageAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    /// <summary>Posts a form of the page at <paramref name="path"/> (its antiforgery token) to <paramref name="handler"/>.</summary>
    protected static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? handler, Dictionary<string, string> fields)
    {
        var page = await PageAsync(client, path.Split('?')[0]);
        // A reader who may not act sees no form there; the token of their account page is theirs all the same.
        if (page.QuerySelector("input[name=__RequestVerificationToken]") is null) page = await PageAsync(client, "/account");
        return await client.PostAsync(handler is null ? path : $"{path}?handler={handler}", page.FormWith(fields));
    }

    /// <summary>Schedules an eighth meeting of the demo body straight in the store (its planned dates: 2 to 4 May next year).</summary>
    protected async Task AddEighthMeetingAsync()
    {
        await using var db = Store.Store.CreateContext();
        var body = await db.Bodies.SingleAsync(b => b.Slug == "eg-cybercrime");
        var year = Start.Year + 1;
        db.Meetings.Add(Meeting.Schedule(body.Id, 8, "Vienna", DateRange.Create(new DateOnly(year, 5, 2), new DateOnly(year, 5, 4)), MeetingFormat.InPerson));
        await db.SaveChangesAsync();
    }

    protected static Dictionary<string, string> DatesProposal(int meeting, DateOnly start, DateOnly end, string title = "Dates of the eighth meeting") => new()
    {
        ["Subject"] = "ConveningDates",
        ["MeetingNumber"] = meeting.ToString(CultureInfo.InvariantCulture),
        ["Title"] = title,
        ["DecisionText"] = $"The extended Bureau approves the holding of the eighth meeting of the Expert Group in Vienna from {start:d MMMM} to {end:d MMMM yyyy}.",
        ["Circle"] = "ExtendedBureau",
        ["ProposedStart"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["ProposedEnd"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["DeadlineDate"] = DeadlineDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["DeadlineTime"] = "12:00",
        ["DeadlineTimeZone"] = "Europe/Vienna",
    };

    /// <summary>Drafts (as the Secretariat, through the page) and returns the new procedure's number.</summary>
    protected static async Task<int> DraftAsync(HttpClient secretariat, Dictionary<string, string> proposal, int? revises = null)
    {
        var path = "/bodies/eg-cybercrime/silence-procedures/new" + (revises is { } r ? $"?revises={r}" : "");
        if (revises is { } first) proposal["revises"] = first.ToString(CultureInfo.InvariantCulture);
        var response = await PostAsync(secretariat, path, null, proposal);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Drafting answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    protected static async Task<int> VersionAsync(PlenaryWebFactory site, int number) =>
        (await site.ReadAsync($"/api/v1/bodies/eg-cybercrime/silence-procedures/{number}")).GetProperty("version").GetInt32();

    /// <summary>A draft's version, as the Secretariat's page gives it (drafts are not public).</summary>
    protected static async Task<string> DraftVersionAsync(HttpClient secretariat, int number) =>
        (await PageAsync(secretariat, $"/bodies/eg-cybercrime/silence-procedures/{number}")).QuerySelector("input[name=version]")!.GetAttribute("value")!;

    protected static async Task CirculateAsync(PlenaryWebFactory site, HttpClient secretariat, int number)
    {
        var response = await PostAsync(secretariat, $"/bodies/eg-cybercrime/silence-procedures/{number}", "Circulate", new() { ["version"] = await DraftVersionAsync(secretariat, number) });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Circulating answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    protected async Task<SilenceProcedure> StoredAsync(int number)
    {
        await using var db = Store.Store.CreateContext();
        return await db.SilenceProcedures.AsNoTracking().Include(p => p.Steps).Include(p => p.Members).SingleAsync(p => p.Number == number);
    }

    protected async Task<Meeting> MeetingAsync(int number)
    {
        await using var db = Store.Store.CreateContext();
        return await db.Meetings.AsNoTracking().Include(m => m.History).SingleAsync(m => m.Number == number);
    }
}
