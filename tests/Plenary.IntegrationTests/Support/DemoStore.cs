using Plenary.Application.Records;

namespace Plenary.IntegrationTests.Support;

/// <summary>Tests over a SQLite store that holds the demo record, made fresh for each test.</summary>
public abstract class DemoStoreTests : IAsyncLifetime
{
    protected SqliteTestStore Store { get; } = new();

    public async Task InitializeAsync()
    {
        await using var db = await Store.MigratedContextAsync();
        await new ImportRecord(db).HandleAsync(await File.ReadAllTextAsync(RepoPaths.DemoRecord));
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}
