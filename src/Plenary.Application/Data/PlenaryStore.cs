using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Plenary.Application.Data;

public enum StoreProvider { Sqlite, PostgreSQL }

/// <summary>
/// Where the record is kept: SQLite by default (a file, created on first start), PostgreSQL when
/// <c>Database:Provider</c> says so. Reads <c>ConnectionStrings:Plenary</c> for either.
/// </summary>
public sealed record PlenaryStore(StoreProvider Provider, string ConnectionString)
{
    /// <summary>Open the context with the compiled model of its provider (CompiledModel) instead of building it.</summary>
    public bool UseCompiledModel { get; init; }

    /// <summary>
    /// The embedded store's file when nothing else is configured: one place per user
    /// (~/.local/share/plenary/plenary.db on Linux), so the web app and the command line share it
    /// whatever folder they are started from.
    /// </summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "plenary", "plenary.db");

    public static PlenaryStore FromConfiguration(IConfiguration configuration) =>
        From(configuration["Database:Provider"], configuration.GetConnectionString("Plenary"));

    /// <summary>The store named by a provider ("Sqlite", the default, or "PostgreSQL") and a connection string.</summary>
    public static PlenaryStore From(string? providerName, string? connection)
    {
        var provider = providerName?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => StoreProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => StoreProvider.PostgreSQL,
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{providerName}'; use 'Sqlite' (the default) or 'PostgreSQL'."),
        };
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == StoreProvider.PostgreSQL)
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSQL but ConnectionStrings:Plenary is empty; give a connection string such as 'Host=127.0.0.1;Database=plenary;Username=plenary;Password=...'.");
            Directory.CreateDirectory(Path.GetDirectoryName(DefaultSqlitePath)!);
            connection = $"Data Source={DefaultSqlitePath}";
        }
        return new PlenaryStore(provider, connection);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == StoreProvider.PostgreSQL)
            options.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
        else
            options.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
        if (UseCompiledModel && CompiledModel.IsCurrent) options.UseModel(CompiledModel.For(Provider));
        // Migrations are hand-written and there is no model snapshot; the schema-parity test
        // checks the migrated schema against the model instead (ADR 0003).
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public DbContextOptions<PlenaryDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<PlenaryDbContext>();
        Configure(builder);
        return builder.Options;
    }

    public PlenaryDbContext CreateContext() => new(Options());

    /// <summary>A short description for logs and /health that does not reveal a password.</summary>
    public string Describe() => Provider == StoreProvider.Sqlite
        ? $"SQLite ({new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource})"
        : $"PostgreSQL ({new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.Host})";
}

public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddPlenaryStore(this IServiceCollection services, PlenaryStore store)
    {
        services.AddSingleton(store);
        // The options read the registered store, so a host (or a test) can swap the store alone.
        services.AddDbContext<PlenaryDbContext>((sp, options) => sp.GetRequiredService<PlenaryStore>().Configure(options));
        return services;
    }
}
