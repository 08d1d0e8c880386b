using Microsoft.EntityFrameworkCore;
using Npgsql;
using Plenary.Application.Data;

namespace Plenary.IntegrationTests.Support;

/// <summary>A store made for one test or one test class, thrown away afterwards.</summary>
public interface ITestStore : IAsyncDisposable
{
    string Name { get; }
    PlenaryStore Store { get; }
}

public sealed class SqliteTestStore : ITestStore
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"plenary-test-{Guid.NewGuid():N}.db");

    public SqliteTestStore() => Store = new PlenaryStore(StoreProvider.Sqlite, $"Data Source={_path};Pooling=False");

    public string Name => "SQLite";
    public PlenaryStore Store { get; }

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by PLENARY_TEST_POSTGRES (a connection string
/// to any database the user may create databases from). Without it the tests are skipped, unless
/// PLENARY_REQUIRE_POSTGRES=1, as in CI, where a missing server is a failure.
/// </summary>
public sealed class PostgresTestStore : ITestStore
{
    public const string Variable = "PLENARY_TEST_POSTGRES";
    private readonly string _admin;
    private readonly string _database = $"plenary_test_{Guid.NewGuid():N}"[..30];

    private PostgresTestStore(string admin)
    {
        _admin = admin;
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            create.ExecuteNonQuery();
        }
        Store = new PlenaryStore(StoreProvider.PostgreSQL, new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ConnectionString);
    }

    public string Name => "PostgreSQL";
    public PlenaryStore Store { get; }

    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } ? null
        : Environment.GetEnvironmentVariable("PLENARY_REQUIRE_POSTGRES") == "1"
            ? throw new InvalidOperationException($"PLENARY_REQUIRE_POSTGRES=1 but {Variable} is not set.")
            : $"PostgreSQL tests skipped: set {Variable} to a connection string (see README) to run them.";

    /// <summary>A new database, or a skip with the reason when no server is configured.</summary>
    public static PostgresTestStore Create()
    {
        Skip.If(SkipReason is not null, SkipReason);
        return new PostgresTestStore(Environment.GetEnvironmentVariable(Variable)!);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        // The server's own workers (autovacuum) may hold the database for a moment and cannot be
        // terminated by the test role: try again shortly, and leave a stray test database rather than fail a test.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
                await Task.Delay(300 * attempt);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                return;
            }
        }
    }
}

public static class TestStoreExtensions
{
    public static async Task<PlenaryDbContext> MigratedContextAsync(this ITestStore store)
    {
        var db = store.Store.CreateContext();
        await db.Database.MigrateAsync();
        return db;
    }
}

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DemoRecord => Path.Combine(Root, "data", "demo", "eg-cybercrime.json");

    /// <summary>A body that holds sessions: an ad hoc committee (organizational, first to third and a resumed session, an intersessional consultation).</summary>
    public static string CommitteeRecord => Path.Combine(Root, "data", "examples", "ahc-hydrological-data.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Plenary.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Plenary.sln) above " + AppContext.BaseDirectory);
    }
}
