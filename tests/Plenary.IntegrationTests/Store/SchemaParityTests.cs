using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Store;

/// <summary>
/// The hand-written migrations must build exactly the schema the model describes (ADR 0003):
/// one store is migrated, another is created from the model, and their tables, columns, types,
/// nullability, keys, indexes and foreign keys are compared.
/// </summary>
public abstract class SchemaParityTests
{
    protected abstract ITestStore NewStore();

    [SkippableFact]
    public async Task MigratedSchema_EqualsTheSchemaOfTheModel()
    {
        await using var migratedStore = NewStore();
        await using var modelStore = NewStore();
        await using (var migrated = migratedStore.Store.CreateContext())
            await migrated.Database.MigrateAsync();
        await using (var model = modelStore.Store.CreateContext())
            await model.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaAsync(migratedStore.Store);
        var fromModel = await SchemaAsync(modelStore.Store);

        Assert.NotEmpty(fromModel);
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The migrations differ from the model on {migratedStore.Name}.\nIn the model, not migrated:\n  {string.Join("\n  ", missing)}\nMigrated, not in the model:\n  {string.Join("\n  ", extra)}");
    }

    [SkippableFact]
    public async Task Migrate_TwiceInARow_AppliesNothingTheSecondTime()
    {
        await using var store = NewStore();
        await using var db = store.Store.CreateContext();
        var first = await StoreMigrator.MigrateAsync(db);
        var second = await StoreMigrator.MigrateAsync(db);
        Assert.NotEmpty(first);
        Assert.Empty(second);
    }

    /// <summary>The schema as sorted lines, one per column, key, index and foreign key.</summary>
    private static async Task<List<string>> SchemaAsync(PlenaryStore store)
    {
        await using var db = store.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = store.Provider == StoreProvider.Sqlite ? await SqliteSchemaAsync(connection) : await PostgresSchemaAsync(connection);
        return lines.Where(l => !l.Contains("__ef_migrations_history") && !l.Contains("__EFMigrationsLock")).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> SqliteSchemaAsync(DbConnection c)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var t in tables)
        {
            lines.AddRange(await QueryAsync(c, $"PRAGMA table_info('{t}')",
                r => $"column {t}.{r.GetString(1)} {r.GetString(2)} {(r.GetInt64(3) == 1 ? "not null" : "null")} pk={r.GetInt64(5)}"));
            lines.AddRange(await QueryAsync(c, $"PRAGMA foreign_key_list('{t}')",
                r => $"fk {t}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            foreach (var (name, unique) in await QueryAsync(c, $"PRAGMA index_list('{t}')", r => (r.GetString(1), r.GetInt64(2) == 1)))
            {
                var columns = await QueryAsync(c, $"PRAGMA index_info('{name}')", r => r.GetString(2));
                lines.Add($"index {t}.{name} ({string.Join(", ", columns)}){(unique ? " unique" : "")}");
            }
        }
        return lines;
    }

    private static async Task<List<string>> PostgresSchemaAsync(DbConnection c)
    {
        var lines = await QueryAsync(c, """
            SELECT table_name, column_name, data_type, COALESCE(character_maximum_length, 0), is_nullable
            FROM information_schema.columns WHERE table_schema = 'public'
            """, r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) {(r.GetString(4) == "NO" ? "not null" : "null")}");
        lines.AddRange(await QueryAsync(c, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            """, r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(c, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection c, string sql, Func<DbDataReader, T> read)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync()) list.Add(read(reader));
        return list;
    }
}

public sealed class SqliteSchemaParityTests : SchemaParityTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresSchemaParityTests : SchemaParityTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
