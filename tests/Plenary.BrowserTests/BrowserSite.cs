using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plenary.Web;

namespace Plenary.BrowserTests;

/// <summary>
/// Plenary served by Kestrel on 127.0.0.1 (a free port) over a fresh SQLite store with the demo
/// record, and Debian's Chromium driven by Playwright. Skipped, with the reason, when Chromium is
/// absent, unless PLENARY_REQUIRE_BROWSER=1 (as in CI), where that is a failure.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    /// <summary>The demo accounts' password here (Plenary:DemoPassword); a real demo start generates one.</summary>
    public const string DemoPassword = "browser tests sign in with this passphrase";
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"plenary-browser-{Guid.NewGuid():N}.db");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string? SkipReason { get; private set; }
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The site did not start.");
    /// <summary>The site's clock: the real time, moved forward by a test that needs a deadline to pass (each test class has its own site).</summary>
    public ShiftedClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("PLENARY_REQUIRE_BROWSER") == "1")
                throw new InvalidOperationException($"PLENARY_REQUIRE_BROWSER=1 but there is no Chromium at {ChromiumPath} (apt-get install chromium).");
            SkipReason = $"Browser tests skipped: no Chromium at {ChromiumPath} (apt-get install chromium).";
            return;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PlenaryWebSetup).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(RepoRoot(), "src", "Plenary.Web"),
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Plenary"] = $"Data Source={_store};Pooling=False";
        builder.Configuration["Plenary:Demo"] = "true";
        builder.Configuration["Plenary:DemoPassword"] = DemoPassword;
        builder.AddPlenary();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        _app = builder.Build();
        await _app.PrepareStoreAsync();
        _app.UsePlenary();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (File.Exists(_store)) File.Delete(_store);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Plenary.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Plenary.sln).");
    }
}

/// <summary>The system's time plus <see cref="Shift"/>.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
