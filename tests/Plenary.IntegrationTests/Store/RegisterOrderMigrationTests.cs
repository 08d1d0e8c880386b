using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Domain.Documents;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Store;

/// <summary>
/// The store sorts the register by each document's order key. Documents registered before the key
/// existed have none after the migration adds its column; bringing the store up to date writes them,
/// and the register then lists every document in the order of its symbol, page after page.
/// </summary>
public abstract class RegisterOrderMigrationTests : FreshSiteTests
{
    [SkippableFact]
    public async Task DocumentsWithoutAnOrderKey_GetOneWhenTheStoreIsBroughtUpToDate_AndTheRegisterListsThemInTheOrderOfSymbols()
    {
        var store = Site.Services.GetRequiredService<PlenaryStore>();
        await using (var db = store.CreateContext())
        {
            Assert.True(await db.Documents.CountAsync() > 5);
            await db.Documents.ExecuteUpdateAsync(s => s.SetProperty(d => d.SymbolOrder, "")); // as the migration leaves them
            await StoreMigrator.MigrateAsync(db);
            Assert.False(await db.Documents.AnyAsync(d => d.SymbolOrder == ""));
        }

        await using (var db = store.CreateContext())
        {
            var body = await db.Bodies.Where(b => b.Slug == "eg-cybercrime").Select(b => b.Id).SingleAsync();
            var expected = (await db.Documents.Where(d => d.BodyId == body).Select(d => d.Symbol).ToListAsync())
                .Select(DocumentSymbol.Create).Order().Select(s => s.Value).ToList();
            var queries = new DocumentQueries(db);
            var listed = new List<string>();
            var first = await queries.PageAsync("eg-cybercrime", null, null, 1, pageSize: 3);
            for (var page = 1; page <= first!.Pages; page++)
                listed.AddRange((await queries.PageAsync("eg-cybercrime", null, null, page, pageSize: 3))!.Documents.Select(d => d.Symbol));
            Assert.Equal(expected, listed);
            Assert.Equal(expected.Count, first.Total);
        }
    }
}

public sealed class SqliteRegisterOrderMigrationTests : RegisterOrderMigrationTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresRegisterOrderMigrationTests : RegisterOrderMigrationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
