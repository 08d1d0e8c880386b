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
        return pending;
    }
}
