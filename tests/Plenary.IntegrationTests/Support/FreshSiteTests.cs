using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using System.Net;
using Plenary.Application.Data;

namespace Plenary.IntegrationTests.Support;

/// <summary>
/// Tests that write: each test gets its own store and web app (the demo record and accounts loaded
/// on start), on SQLite unless a subclass chooses PostgreSQL. Where no PostgreSQL server is
/// configured, the store cannot be made and the test is skipped when it first reaches for the site.
/// </summary>
public abstract class FreshSiteTests : IAsyncLifetime
{
    private ITestStore? _store;
    private PlenaryWebFactory? _site;
    private string? _skip;

    /// <summary>The store of each test: SQLite here; the PostgreSQL variants of a class override it.</summary>
    protected virtual ITestStore NewStore() => new SqliteTestStore();

    protected PlenaryWebFactory Site
    {
        get
        {
            Skip.If(_skip is not null, _skip);
            return _site!;
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            _store = NewStore();
        }
        catch (SkipException e)
        {
            _skip = e.Message;
            return;
        }
        // The web app migrates only SQLite by itself; a PostgreSQL store is migrated by `plenary db migrate`.
        if (_store.Store.Provider == StoreProvider.PostgreSQL) await using (await _store.MigratedContextAsync()) { }
        _site = new PlenaryWebFactory(_store.Store);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        if (_store is not null) await _store.DisposeAsync();
    }

    protected async Task<HttpClient> SignedInAsync(string email = "secretariat@plenary.demo")
    {
        var client = Site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return client;
    }

    protected HttpClient Anonymous() => Site.CreateClient(new() { AllowAutoRedirect = false });

    protected static async Task<IHtmlDocument> ParseAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    protected static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The version an editor page offers in its forms.</summary>
    protected static string VersionOn(IHtmlDocument page) => page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
}
