namespace Plenary.IntegrationTests.Support;

/// <summary>Tests that write: each test gets its own store and web app (the demo record and accounts loaded on start).</summary>
public abstract class FreshSiteTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();

    protected PlenaryWebFactory Site { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Site = new PlenaryWebFactory(_store.Store);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _store.DisposeAsync();
    }
}
