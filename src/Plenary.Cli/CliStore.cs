using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Audit;
using Plenary.Application.Data;

namespace Plenary.Cli;

/// <summary>Opens the store the command line was pointed at.</summary>
public static class CliStore
{
    public static readonly Option<string?> ProviderOption = new("--provider")
    {
        Description = "The store: Sqlite (the default) or PostgreSQL. Overrides Database__Provider.",
        Recursive = true,
    };

    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "The connection string, e.g. \"Data Source=/srv/plenary/plenary.db\". Overrides ConnectionStrings__Plenary.",
        Recursive = true,
    };

    public static PlenaryStore Resolve(ParseResult parse)
    {
        try
        {
            // A command starts with EF Core's compiled model instead of building the model (CompiledModel).
            return PlenaryStore.From(
                parse.GetValue(ProviderOption) ?? Environment.GetEnvironmentVariable("Database__Provider"),
                parse.GetValue(ConnectionOption) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Plenary"))
                with { UseCompiledModel = true };
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message, ExitCodes.BadInput);
        }
    }

    /// <summary>
    /// A context on a store whose schema is current: an embedded SQLite store is migrated on the
    /// spot, as the web app does; a PostgreSQL store must be migrated with 'plenary db migrate'.
    /// </summary>
    /// <summary>Who writes from the command line: the operating-system user, through the CLI channel.</summary>
    public static AuditActor Actor => new(null, $"cli:{Environment.UserName}", AuditChannel.Cli);

    public static async Task<PlenaryDbContext> OpenAsync(ParseResult parse, CancellationToken ct) =>
        await OpenAsync(Resolve(parse), Resolve(parse).CreateContext(), ct);

    /// <summary>The services the account commands need (Identity on the store), over a current store.</summary>
    public static async Task<ServiceProvider> OpenServicesAsync(ParseResult parse, CancellationToken ct)
    {
        var store = Resolve(parse);
        var services = new ServiceCollection().AddLogging().AddPlenaryStore(store);
        services.AddPlenaryAccounts();
        services.AddScoped<AddUser>();
        services.AddScoped<ManageAccounts>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<InviteUser>();
        var provider = services.BuildServiceProvider();
        await OpenAsync(store, provider.GetRequiredService<PlenaryDbContext>(), ct);
        return provider;
    }

    private static async Task<PlenaryDbContext> OpenAsync(PlenaryStore store, PlenaryDbContext db, CancellationToken ct)
    {
        db.Actor = Actor;
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Any();
            if (store.Provider == StoreProvider.Sqlite)
            {
                // Only a store that is behind is migrated (and given the registers' starting data):
                // a command on a current store does no work it does not need.
                if (pending) await StoreMigrator.MigrateAsync(db, ct);
            }
            else if (pending)
            {
                throw new CliException($"The store {store.Describe()} is not up to date; run 'plenary db migrate' first.", ExitCodes.Failure);
            }
            return db;
        }
        catch (Exception e) when (e is not CliException)
        {
            await db.DisposeAsync();
            throw new CliException($"Cannot open the store {store.Describe()}: {e.GetBaseException().Message}", ExitCodes.Failure);
        }
    }
}
