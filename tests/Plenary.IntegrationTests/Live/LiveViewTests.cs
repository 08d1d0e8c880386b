using System.Threading.Channels;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Live;
using Plenary.IntegrationTests.Support;
using Plenary.Web.Live;

namespace Plenary.IntegrationTests.Live;

/// <summary>
/// Live views: a viewer receives the current state on connecting and each state after a change
/// notice, on one instance (SQLite, PostgreSQL) and across two instances on one PostgreSQL database.
/// The view used here shows the demo body's version, a stand-in for a list of speakers.
/// </summary>
public class LiveViewTests : IAsyncLifetime
{
    private const string Topic = "body-version/eg-cybercrime";
    private readonly List<IAsyncDisposable> _owned = [];

    protected virtual ITestStore NewStore() => new SqliteTestStore();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--) await _owned[i].DisposeAsync();
    }

    private async Task<ITestStore> StoreAsync()
    {
        var store = NewStore();
        _owned.Add(store);
        if (store.Store.Provider == StoreProvider.PostgreSQL) await using (await store.MigratedContextAsync()) { }
        return store;
    }

    /// <summary>An app instance on <paramref name="store"/> that serves the test view.</summary>
    private WebApplicationFactory<Program> Instance(ITestStore store)
    {
        var site = new PlenaryWebFactory(store.Store).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new LiveTopic("body-version/", async (services, topic, ct) =>
            {
                var slug = topic["body-version/".Length..];
                var db = services.GetRequiredService<PlenaryDbContext>();
                var version = await db.Bodies.Where(x => x.Slug == slug).Select(x => (int?)x.Version).SingleOrDefaultAsync(ct);
                return version is { } v ? new LiveState(v.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{{\"version\":{v}}}") : null;
            }))));
        _owned.Add(site);
        _ = site.Server;
        return site;
    }

    private static async Task BumpBodyVersionAsync(WebApplicationFactory<Program> site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var body = await db.Bodies.SingleAsync(b => b.Slug == "eg-cybercrime");
        body.BeginEdit(body.Version);
        await db.SaveChangesAsync();
    }

    private static async Task<LiveState> NextAsync(ChannelReader<LiveState> states)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await states.ReadAsync(timeout.Token);
    }

    [SkippableFact]
    public async Task A_viewer_receives_the_current_state_at_once_then_each_change_it_is_told_of()
    {
        var site = Instance(await StoreAsync());
        var hub = site.Services.GetRequiredService<LiveHub>();
        using var viewer = await hub.ConnectAsync(Topic, CancellationToken.None);

        Assert.NotNull(viewer);
        var first = await NextAsync(viewer.States);
        await BumpBodyVersionAsync(site);
        await site.Services.GetRequiredService<IChangeNotices>().PublishAsync(Topic);
        var second = await NextAsync(viewer.States);

        Assert.Equal(int.Parse(first.Version, System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(second.Version, System.Globalization.CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public async Task A_viewer_who_reconnects_is_sent_the_state_it_missed_first()
    {
        var site = Instance(await StoreAsync());
        var hub = site.Services.GetRequiredService<LiveHub>();
        string before;
        using (var viewer = await hub.ConnectAsync(Topic, CancellationToken.None))
            before = (await NextAsync(viewer!.States)).Version;

        // Changed while nobody watched.
        await BumpBodyVersionAsync(site);
        await site.Services.GetRequiredService<IChangeNotices>().PublishAsync(Topic);
        using var again = await hub.ConnectAsync(Topic, CancellationToken.None);

        Assert.NotEqual(before, (await NextAsync(again!.States)).Version);
    }

    [SkippableFact]
    public async Task A_topic_that_names_nothing_has_no_viewer()
    {
        var site = Instance(await StoreAsync());

        Assert.Null(await site.Services.GetRequiredService<LiveHub>().ConnectAsync("body-version/no-such-body", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Many_notices_during_a_read_end_in_the_latest_state_for_every_viewer()
    {
        var site = Instance(await StoreAsync());
        var hub = site.Services.GetRequiredService<LiveHub>();
        var viewers = new List<LiveHub.Viewer>();
        for (var i = 0; i < 50; i++) viewers.Add((await hub.ConnectAsync(Topic, CancellationToken.None))!);
        var notices = site.Services.GetRequiredService<IChangeNotices>();

        for (var i = 0; i < 5; i++)
        {
            await BumpBodyVersionAsync(site);
            await notices.PublishAsync(Topic);
        }
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var expected = (await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Bodies.SingleAsync(b => b.Slug == "eg-cybercrime")).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var viewer in viewers)
            {
                var last = await NextAsync(viewer.States);
                while (last.Version != expected) last = await NextAsync(viewer.States);
                Assert.Equal(expected, last.Version);
            }
        }
        foreach (var viewer in viewers) viewer.Dispose();
    }

    [SkippableFact]
    public void An_event_carries_the_state_version_as_its_id_and_the_json_as_data()
    {
        var text = ServerSentEvents.Event("state", new LiveState("12", "{\"a\":1}"));

        Assert.Equal("event: state\nid: 12\ndata: {\"a\":1}\n\n", text);
    }
}

public sealed class PostgresLiveViewTests : LiveViewTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();

    [SkippableFact]
    public async Task A_change_told_on_one_instance_reaches_the_viewers_of_another()
    {
        var store = PostgresTestStore.Create();
        await using (await store.MigratedContextAsync()) { }
        await using var owned = store;
        await using var first = new PlenaryWebFactory(store.Store);
        _ = first.Server; // loads the demo once, before the second instance starts
        var b = new PlenaryWebFactory(store.Store).WithWebHostBuilder(builder => builder.ConfigureTestServices(s =>
            s.AddSingleton(new LiveTopic("body-version/", async (services, topic, ct) =>
            {
                var db = services.GetRequiredService<PlenaryDbContext>();
                var v = await db.Bodies.Where(x => x.Slug == "eg-cybercrime").Select(x => x.Version).SingleAsync(ct);
                return new LiveState(v.ToString(System.Globalization.CultureInfo.InvariantCulture), "{}");
            }))));
        await using var second = b;
        var hub = b.Services.GetRequiredService<LiveHub>();
        using var viewer = await hub.ConnectAsync("body-version/eg-cybercrime", CancellationToken.None);
        var before = (await ReadAsync(viewer!.States)).Version;
        await Task.Delay(500); // the second instance's LISTEN connection is up

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
            var body = await db.Bodies.SingleAsync(x => x.Slug == "eg-cybercrime");
            body.BeginEdit(body.Version);
            await db.SaveChangesAsync();
        }
        await first.Services.GetRequiredService<IChangeNotices>().PublishAsync("body-version/eg-cybercrime");

        Assert.NotEqual(before, (await ReadAsync(viewer.States)).Version);
    }

    private static async Task<LiveState> ReadAsync(ChannelReader<LiveState> states)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await states.ReadAsync(timeout.Token);
    }
}
