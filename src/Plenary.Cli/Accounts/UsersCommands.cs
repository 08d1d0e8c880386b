using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.Cli.Accounts;

/// <summary>plenary users add | list: getting people into Plenary.</summary>
public static class UsersCommands
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The person's email address; it is their sign-in name.", Required = true };
        var role = new Option<string>("--role")
        {
            Description = "Administrator, Secretariat, Officer, ExtendedBureauMember, Delegate or Stakeholder.",
            Required = true,
        };
        var body = new Option<string?>("--body") { Description = "The body's slug, for Secretariat, Officer and ExtendedBureauMember." };
        var state = new Option<string?>("--state") { Description = "The State a Delegate acts for, as a three-letter code (ZAF)." };
        var organization = new Option<string?>("--organization") { Description = "The organization a Stakeholder acts for." };
        var name = new Option<string?>("--name") { Description = "The name shown in Plenary (default: the email)." };
        var password = new Option<string?>("--password") { Description = "The first password (at least 12 characters); without it one is generated and printed." };
        var add = new Command("add", "Create an account with a role, or give an existing account another role.") { email, role, body, state, organization, name, password };
        add.SetAction(async (parse, ct) =>
        {
            if (!Enum.TryParse<AccessRole>(parse.GetValue(role), ignoreCase: true, out var accessRole) || int.TryParse(parse.GetValue(role), out _))
                throw new CliException($"--role '{parse.GetValue(role)}' is not a role; use one of {string.Join(", ", Enum.GetNames<AccessRole>())}.", ExitCodes.BadInput);
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<Application.Data.PlenaryDbContext>().Actor = CliStore.Actor;
            var result = await scope.ServiceProvider.GetRequiredService<AddUser>().HandleAsync(new AddUserRequest(
                parse.GetValue(email)!, parse.GetValue(name), accessRole, parse.GetValue(body), parse.GetValue(state), parse.GetValue(organization), parse.GetValue(password)), ct);
            if (!result.Succeeded)
            {
                foreach (var (field, message) in result.Errors) await parse.InvocationConfiguration.Error.WriteLineAsync($"--{field}: {message}");
                return ExitCodes.BadInput;
            }
            var o = parse.InvocationConfiguration.Output;
            await o.WriteLineAsync($"{parse.GetValue(email)} holds the {RoleAssignment.Describe(accessRole)} role.");
            if (result.GeneratedPassword is { } generated)
                await o.WriteLineAsync($"First password (give it to them safely; they can change it on their account page): {generated}");
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List the accounts with their roles.");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var users = await scope.ServiceProvider.GetRequiredService<AddUser>().ListAsync(ct);
            var o = parse.InvocationConfiguration.Output;
            if (users.Count == 0) await o.WriteLineAsync("No accounts yet. Add one with: plenary users add --email E --role R");
            foreach (var u in users)
                await o.WriteLineAsync($"{u.Email}\t{u.DisplayName}\t{(u.Roles.Count == 0 ? "no role" : string.Join("; ", u.Roles))}{(u.LockedOut ? "\tlocked out" : "")}");
            return ExitCodes.Ok;
        });
        return new Command("users", "Manage the accounts of the people who use Plenary.") { add, list };
    }
}
