using System.CommandLine;
using Plenary.Application.Data;

namespace Plenary.Cli.Store;

public static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create the store's tables, or bring them up to date. Safe to run again: it applies only what is missing.");
        migrate.SetAction(async (parse, ct) =>
        {
            var store = CliStore.Resolve(parse);
            await using var db = store.CreateContext();
            IReadOnlyList<string> applied;
            try
            {
                applied = await StoreMigrator.MigrateAsync(db, ct);
            }
            catch (Exception e)
            {
                throw new CliException($"Cannot migrate {store.Describe()}: {e.GetBaseException().Message}", ExitCodes.Failure);
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync(applied.Count == 0
                ? $"{store.Describe()} is up to date."
                : $"Migrated {store.Describe()}: applied {string.Join(", ", applied)}.");
            return ExitCodes.Ok;
        });
        return new Command("db", "Look after the store.") { migrate };
    }
}
