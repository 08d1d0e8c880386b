using Microsoft.EntityFrameworkCore;

namespace Plenary.Application.Data;

/// <summary>Brings a store's schema up to date with the hand-written migrations, and the registers' starting data into it.</summary>
public static class StoreMigrator
{
    public static async Task<IReadOnlyList<string>> MigrateAsync(PlenaryDbContext db, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await Participation.Organizations.BringInStartingListAsync(db, ct);
        await OrderTheRegisterAsync(db, ct);
        return pending;
    }

    /// <summary>
    /// Writes the register's order key of documents that have none (those registered before the key
    /// existed: migration 20261212010000). A document registered since has its key from the domain.
    /// </summary>
    private static async Task OrderTheRegisterAsync(PlenaryDbContext db, CancellationToken ct)
    {
        var unordered = await db.Documents.Where(d => d.SymbolOrder == "").Select(d => new { d.Id, d.Symbol }).ToListAsync(ct);
        foreach (var d in unordered)
        {
            var key = Plenary.Domain.Documents.DocumentSymbol.Create(d.Symbol).SortKey;
            await db.Documents.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SymbolOrder, key), ct);
        }
    }
}
