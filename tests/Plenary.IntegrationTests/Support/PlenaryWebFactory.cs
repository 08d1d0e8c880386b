using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plenary.Application.Data;

namespace Plenary.IntegrationTests.Support;

/// <summary>
/// The web app on a test store; it loads the demo record on first start, as a new user's would, and
/// (unless <paramref name="demo"/> is false) the demo accounts with the tests' password. What the
/// server prints for its operator (the demo password, the setup code) is kept in <see cref="Console"/>.
/// </summary>
public sealed class PlenaryWebFactory(PlenaryStore store, int signInAttemptsPerMinute = 1000, bool demo = true,
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    /// <summary>The server's console as its operator would read it.</summary>
    public StringWriter Console { get; } = new();

    // Hundreds of test apps run in one process: none watches its settings files, and the web root's
    // watcher (asp-append-version) polls, or they exhaust the machine's inotify instances (128 by default).
    static PlenaryWebFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Tests sign in many times from one address; the limit itself has its own test.
        builder.UseSetting("Plenary:SignInAttemptsPerMinute", signInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (demo)
        {
            builder.UseSetting("Plenary:Demo", "true");
            builder.UseSetting("Plenary:DemoPassword", TestSignIn.DemoPassword);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.RemoveAll<PlenaryStore>();
            s.AddSingleton(store);
            s.RemoveAll<Plenary.Web.Security.OperatorConsole>();
            s.AddSingleton(new Plenary.Web.Security.OperatorConsole(Console));
            services?.Invoke(s);
        });
    }
}

/// <summary>
/// One store with the demo record and one web app over it, shared by the read-only tests of a
/// class. Subclasses choose the provider.
/// </summary>
public abstract class DemoSiteFixture : IAsyncLifetime
{
    private ITestStore? _store;
    private PlenaryWebFactory? _factory;

    public string? SkipReason { get; private set; }
    public PlenaryWebFactory Factory => _factory ?? throw new InvalidOperationException("The fixture did not start.");
    public string StoreName => _store?.Name ?? "";

    protected abstract ITestStore? CreateStore(out string? skipReason);

    public async Task InitializeAsync()
    {
        _store = CreateStore(out var skip);
        SkipReason = skip;
        if (_store is null) return;
        if (_store.Store.Provider == StoreProvider.PostgreSQL)
        {
            // The web app migrates only SQLite by itself; a PostgreSQL store is migrated by `plenary db migrate`.
            await using var db = await _store.MigratedContextAsync();
        }
        _factory = new PlenaryWebFactory(_store.Store);
        _ = _factory.Server; // start: migrates (SQLite) and loads the demo record
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
    }

    public HttpClient Client() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class SqliteDemoSite : DemoSiteFixture
{
    protected override ITestStore CreateStore(out string? skipReason)
    {
        skipReason = null;
        return new SqliteTestStore();
    }
}

public sealed class PostgresDemoSite : DemoSiteFixture
{
    protected override ITestStore? CreateStore(out string? skipReason)
    {
        skipReason = PostgresTestStore.SkipReason;
        return skipReason is null ? PostgresTestStore.Create() : null;
    }
}
