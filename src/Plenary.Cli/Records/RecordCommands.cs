using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Records;

namespace Plenary.Cli.Records;

/// <summary>import, export and demo: moving a body's record in and out of the store in the record format.</summary>
public static class RecordCommands
{
    public static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A record file (JSON, format described in docs/record-format.md)." };
        var command = new Command("import",
            "Load a body's record from a record file. All or nothing: if anything in the file is wrong, every error is listed with its JSON path and nothing is written. Importing the same file again changes nothing; a changed file replaces that body's record.")
        {
            file,
        };
        command.SetAction(async (parse, ct) =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists)
                throw new CliException($"There is no file at '{info.FullName}'.", ExitCodes.BadInput);
            return await ImportAsync(parse, await File.ReadAllTextAsync(info.FullName, ct), info.Name, ct);
        });
        return command;
    }

    public static Command Demo()
    {
        var command = new Command("demo",
            "Load the demo record: the Expert Group to Conduct a Comprehensive Study on Cybercrime (slug eg-cybercrime), its mandates and its first to seventh meetings, and one demo account per role, with a password generated now and printed once.");
        command.SetAction(async (parse, ct) =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "demo", "eg-cybercrime.json");
            if (!File.Exists(path))
                throw new CliException($"The demo record is missing from this installation (looked for {path}).", ExitCodes.Failure);
            var code = await ImportAsync(parse, await File.ReadAllTextAsync(path, ct), "the demo record", ct);
            if (code != ExitCodes.Ok) return code;
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<Application.Data.PlenaryDbContext>().Actor = CliStore.Actor;
            var made = await DemoAccounts.EnsureAsync(scope.ServiceProvider.GetRequiredService<AddUser>(), scope.ServiceProvider.GetRequiredService<Application.Data.PlenaryDbContext>(), null, ct);
            var output = parse.InvocationConfiguration.Output;
            if (made.Created.Count > 0)
            {
                await output.WriteLineAsync($"Demo accounts made: {string.Join(", ", made.Created)}.");
                await output.WriteLineAsync($"Their password, shown only now (keep it): {made.Password}");
            }
            else
            {
                await output.WriteLineAsync($"The demo accounts ({string.Join(", ", DemoAccounts.All.Select(a => a.Email))}) exist already; 'plenary users password --email E' gives one a new password.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Export()
    {
        var body = new Option<string>("--body") { Description = "The slug of the body to export, e.g. eg-cybercrime.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write a body's whole record in the record format, ready to be imported elsewhere.") { body, output };
        command.SetAction(async (parse, ct) =>
        {
            var slug = parse.GetValue(body)!;
            await using var db = await CliStore.OpenAsync(parse, ct);
            var json = await new ExportRecord(db).HandleAsync(slug, ct)
                ?? throw new CliException($"There is no body with the slug '{slug}'. 'plenary export' needs the slug of a body in the store.", ExitCodes.BadInput);
            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, json, ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote the record of {slug} to {target.FullName}.");
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteAsync(json);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> ImportAsync(ParseResult parse, string json, string source, CancellationToken ct)
    {
        await using var db = await CliStore.OpenAsync(parse, ct);
        var result = await new ImportRecord(db).HandleAsync(json, ct);
        var output = parse.InvocationConfiguration.Output;
        switch (result.Outcome)
        {
            case ImportOutcome.Refused:
                var error = parse.InvocationConfiguration.Error;
                await error.WriteLineAsync($"{source} was refused; nothing was written. {result.Errors.Count} error{(result.Errors.Count == 1 ? "" : "s")}:");
                foreach (var e in result.Errors) await error.WriteLineAsync($"  {e.Path}: {e.Message}");
                return ExitCodes.BadInput;
            case ImportOutcome.Unchanged:
                await output.WriteLineAsync($"The record of {result.BodySlug} is already up to date; nothing changed.");
                return ExitCodes.Ok;
            default:
                await output.WriteLineAsync($"{(result.Outcome == ImportOutcome.Created ? "Loaded" : "Replaced")} the record of {result.BodySlug}: {result.Meetings} {result.Convenes}, {result.Documents} documents.");
                return ExitCodes.Ok;
        }
    }
}
