using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;

namespace Plenary.Web.Health;

/// <param name="Store">The kind of store, "SQLite" or "PostgreSQL"; never where it is (a path or a host).</param>
public sealed record HealthReport(string Status, string Store, bool Reachable, IReadOnlyList<string> PendingMigrations);

public static class HealthEndpoint
{
    /// <summary>/health: 200 when the store answers and its schema is current, 503 otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (PlenaryDbContext db, PlenaryStore store, CancellationToken ct) =>
        {
            var reachable = await db.Database.CanConnectAsync(ct);
            var pending = reachable ? (await db.Database.GetPendingMigrationsAsync(ct)).ToList() : [];
            var healthy = reachable && pending.Count == 0;
            var report = new HealthReport(healthy ? "healthy" : "unhealthy", store.Provider == StoreProvider.Sqlite ? "SQLite" : "PostgreSQL", reachable, pending);
            return Results.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithName("Health").WithTags("Health").ExcludeFromDescription().AllowAnonymous();
}
