using System.CommandLine;
using Plenary.Cli.Records;
using Plenary.Cli.Store;

namespace Plenary.Cli;

/// <summary>The `plenary` command tree.</summary>
public static class PlenaryCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            """
            plenary: the command line of Plenary, the secretariat system of an intergovernmental body.

            It works on the same store as the web app: SQLite in ~/.local/share/plenary/plenary.db by default, or the store
            named by the environment variables Database__Provider (Sqlite | PostgreSQL) and
            ConnectionStrings__Plenary, or by the --provider and --connection options.

            Exit codes: 0 done, 1 bad input (arguments, an invalid record file, an unknown body), 2 failure.
            """);
        root.Options.Add(CliStore.ProviderOption);
        root.Options.Add(CliStore.ConnectionOption);
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(RecordCommands.Import());
        root.Subcommands.Add(RecordCommands.Export());
        root.Subcommands.Add(RecordCommands.Demo());
        root.Subcommands.Add(Documents.RenderCommand.Create());
        root.Subcommands.Add(Accounts.UsersCommands.Create());
        return root;
    }
}
