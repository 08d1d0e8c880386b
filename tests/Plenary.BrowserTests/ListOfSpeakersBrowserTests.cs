using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Plenary.Application.Data;
using Plenary.Application.Participation;
using Plenary.Web;

namespace Plenary.BrowserTests;

/// <summary>
/// Two real Kestrel instances of Plenary on one PostgreSQL database (as behind a load balancer), and Debian's Chromium:
/// the room display on each instance follows the list of speakers that the Chair runs on the first. Needs
/// PLENARY_TEST_POSTGRES (skipped without it, unless PLENARY_REQUIRE_POSTGRES=1) and Chromium.
/// </summary>
public sealed class TwoInstanceSite : IAsyncLifetime
{
    private readonly string _database = $"plenary_browser_{Guid.NewGuid():N}"[..32];
    private string? _admin;
    private IPlaywright? _playwright;

    public string? SkipReason { get; private set; }
    public IBrowser Browser { get; private set; } = null!;
    public WebApplication First { get; private set; } = null!;
    public WebApplication Second { get; private set; } = null!;
    public string FirstUrl => Url(First);
    public string SecondUrl => Url(Second);

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("PLENARY_TEST_POSTGRES");
        if (!File.Exists(BrowserSite.ChromiumPath) || string.IsNullOrEmpty(_admin))
        {
            if (Environment.GetEnvironmentVariable("PLENARY_REQUIRE_BROWSER") == "1" && !File.Exists(BrowserSite.ChromiumPath))
                throw new InvalidOperationException($"PLENARY_REQUIRE_BROWSER=1 but there is no Chromium at {BrowserSite.ChromiumPath}.");
            if (Environment.GetEnvironmentVariable("PLENARY_REQUIRE_POSTGRES") == "1" && string.IsNullOrEmpty(_admin))
                throw new InvalidOperationException("PLENARY_REQUIRE_POSTGRES=1 but PLENARY_TEST_POSTGRES is not set.");
            SkipReason = "Two-instance browser tests skipped: they need Chromium and PLENARY_TEST_POSTGRES.";
            return;
        }
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var store = new PlenaryStore(StoreProvider.PostgreSQL, new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString);
        await using (var db = store.CreateContext()) await StoreMigrator.MigrateAsync(db);
        First = await StartAsync(store);
        Second = await StartAsync(store);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSite.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private static async Task<WebApplication> StartAsync(PlenaryStore store)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PlenaryWebSetup).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(RepoRoot(), "src", "Plenary.Web"),
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Database:Provider"] = "PostgreSQL";
        builder.Configuration["ConnectionStrings:Plenary"] = store.ConnectionString;
        builder.Configuration["Plenary:Demo"] = "true";
        builder.Configuration["Plenary:DemoPassword"] = BrowserSite.DemoPassword;
        builder.AddPlenary();
        var app = builder.Build();
        await app.PrepareStoreAsync();
        app.UsePlenary();
        await app.StartAsync();
        return app;
    }

    private static string Url(WebApplication app) => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        foreach (var app in new[] { Second, First }.Where(a => a is not null))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (_admin is null || SkipReason is not null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        try { await drop.ExecuteNonQueryAsync(); } catch (PostgresException) { /* a stray test database is left rather than a failed test */ }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Plenary.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Plenary.sln).");
    }
}

/// <summary>The list of speakers in real browsers: the Chair's screen with the keyboard alone, the room display live on two instances.</summary>
public sealed class ListOfSpeakersBrowserTests(TwoInstanceSite site) : IClassFixture<TwoInstanceSite>
{
    private const string Meeting = "/bodies/eg-cybercrime/meetings/7";
    private static readonly string[] Ten = ["ARG", "AUS", "BRA", "CAN", "CHN", "EGY", "FRA", "IND", "KEN", "MEX"];

    [SkippableFact]
    public async Task TheChair_RunsTenSpeakersWithTheKeyboard_WhileTwoDisplays_OneOnAnotherInstance_FollowEachChange()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        // The demo's list runs on item 2 (China has the floor): the Chair marks that statement made and takes up item 3 at the
        // 2nd plenary meeting, where ten Member States ask for the floor (in that order).
        await using (var scope = site.First.Services.CreateAsyncScope())
        {
            var speakers = scope.ServiceProvider.GetRequiredService<ListOfSpeakers>();
            var version = (await speakers.GetAsync("eg-cybercrime", 7))!.Version;
            Assert.True((await speakers.FinishAsync("eg-cybercrime", 7, version++)).Succeeded);
            Assert.True((await speakers.TakeUpAsync("eg-cybercrime", 7, version++, 2, "3")).Succeeded);
            for (var i = 0; i < Ten.Length; i++)
                Assert.True((await speakers.RequestAsync("eg-cybercrime", 7, version++, new FloorRequest(ParticipantKey.State(Ten[i]), null, null, false))).Result.Succeeded);
        }
        var names = Ten.Select(code => Plenary.Domain.Participation.StateRegister.NameOf(code)).ToArray();

        var chairContext = await site.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var chair = await chairContext.NewPageAsync();
        chair.SetDefaultTimeout(15_000);
        await chair.GotoAsync(site.FirstUrl + "/account/sign-in");
        await chair.GetByLabel("Email").FillAsync("chair@plenary.demo");
        await chair.GetByLabel("Password").FillAsync(BrowserSite.DemoPassword);
        await chair.GetByLabel("Password").PressAsync("Enter");
        await chair.WaitForURLAsync("**/account");

        var displayHere = await (await site.Browser.NewContextAsync()).NewPageAsync();
        var displayThere = await (await site.Browser.NewContextAsync()).NewPageAsync();
        await displayHere.GotoAsync(site.FirstUrl + Meeting + "/live");
        await displayThere.GotoAsync(site.SecondUrl + Meeting + "/live");
        foreach (var display in new[] { displayHere, displayThere })
            await Assertions.Expect(display.Locator("main[data-live-status=live]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await chair.GotoAsync(site.FirstUrl + Meeting + "/speakers/chair");
        var axe = await chair.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        for (var i = 0; i <= Ten.Length; i++)
        {
            // The Chair's one key: Enter on "Next speaker", which every load of the screen focuses.
            await Assertions.Expect(chair.Locator("#next-speaker")).ToBeFocusedAsync();
            await chair.RunAndWaitForResponseAsync(() => chair.Keyboard.PressAsync("Enter"), r => r.Request.Method == "GET" && r.Url.Contains("/speakers/chair", StringComparison.Ordinal));
            await chair.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var expected = i < Ten.Length ? names[i] : "\u2014";
            foreach (var display in new[] { displayHere, displayThere })
                await Assertions.Expect(display.Locator("[data-room=speaker]")).ToHaveTextAsync(expected, new() { Timeout = 10_000 });
            if (i < Ten.Length - 1)
                await Assertions.Expect(displayThere.Locator("[data-room=next] li").First).ToHaveTextAsync(names[i + 1]);
        }

        await Assertions.Expect(displayThere.Locator("[data-room=more]")).ToHaveTextAsync("Nobody is waiting for the floor.");
        await using var check = site.Second.Services.CreateAsyncScope();
        var statements = await check.ServiceProvider.GetRequiredService<Statements>().ListAsync("eg-cybercrime", 7);
        Assert.Equal(Ten, statements!.Where(s => s.Item == "3").Select(s => s.Participant.Name));
        await chairContext.CloseAsync();
    }

    [SkippableFact]
    public async Task TheChairsScreen_ReachesEveryActionWithTheTabKey()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.FirstUrl + "/account/sign-in");
        await page.GetByLabel("Email").FillAsync("secretariat@plenary.demo");
        await page.GetByLabel("Password").FillAsync(BrowserSite.DemoPassword);
        await page.GetByLabel("Password").PressAsync("Enter");
        await page.WaitForURLAsync("**/account");
        await page.GotoAsync(site.FirstUrl + Meeting + "/speakers/chair");

        var reached = new HashSet<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("(document.activeElement.textContent || '').trim().split('\\n')[0]"));
        }

        Assert.Contains(reached, r => r.StartsWith("Take up the item", StringComparison.Ordinal));
        Assert.Contains(reached, r => r.StartsWith("Set the speaking time", StringComparison.Ordinal));
        Assert.Contains(reached, r => r.StartsWith("Put the State on the list", StringComparison.Ordinal));
        await context.CloseAsync();
    }
}
