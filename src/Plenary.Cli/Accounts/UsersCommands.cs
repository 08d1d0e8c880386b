using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.Cli.Accounts;

/// <summary>plenary users add | list | invite | invitations: getting people into Plenary.</summary>
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
        var state = new Option<string?>("--state") { Description = "The State a Delegate acts for, by its three-letter code (ZAF) or its name in the register of States." };
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
        return new Command("users", "Manage the accounts of the people who use Plenary.") { add, list, Invite(), Invitations() };
    }

    public const string DefaultBaseUrl = "http://localhost:5000";

    private static Command Invite()
    {
        var email = new Option<string>("--email") { Description = "The invitee's email address; it becomes their sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = "Delegate or Stakeholder.", Required = true };
        var state = new Option<string?>("--state") { Description = "The State a Delegate will act for, by its three-letter code (ZAF) or its name in the register of States." };
        var organization = new Option<string?>("--organization") { Description = "The organization a Stakeholder will act for." };
        var days = new Option<int>("--days") { Description = $"How many days the link works, 1 to {Invitation.MaxDays}.", DefaultValueFactory = _ => Invitation.DefaultDays };
        var baseUrl = new Option<string>("--base-url") { Description = $"The address Plenary is served from, for the link (default {DefaultBaseUrl}).", DefaultValueFactory = _ => DefaultBaseUrl };
        var invite = new Command("invite", "Invite a delegate or a stakeholder: prints a link to send them (Plenary sends no mail).") { email, role, state, organization, days, baseUrl };
        invite.SetAction(async (parse, ct) =>
        {
            var roleText = parse.GetValue(role);
            if (!Enum.TryParse<AccessRole>(roleText, ignoreCase: true, out var accessRole) || int.TryParse(roleText, out _))
                throw new CliException($"--role '{roleText}' is not a role; an invitation is for Delegate or Stakeholder.", ExitCodes.BadInput);
            var url = parse.GetValue(baseUrl)!;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
                throw new CliException($"--base-url '{url}' is not the address Plenary is served from; give an absolute http or https address such as https://plenary.example.org.", ExitCodes.BadInput);
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.PlenaryDbContext>();
            db.Actor = CliStore.Actor;
            var result = await scope.ServiceProvider.GetRequiredService<InviteUser>().HandleAsync(
                new InviteRequest(parse.GetValue(email), accessRole, parse.GetValue(state), parse.GetValue(organization), parse.GetValue(days)),
                null, db.Actor.Name, ct);
            if (!result.Succeeded)
            {
                foreach (var (field, message) in result.Errors) await parse.InvocationConfiguration.Error.WriteLineAsync($"--{field}: {message}");
                return ExitCodes.BadInput;
            }
            var o = parse.InvocationConfiguration.Output;
            var i = result.Invitation!;
            await o.WriteLineAsync($"Invited {i.Email} as {RoleAssignment.Describe(i.Role)} ({InviteUser.ScopeOf(i)}); the link works until {i.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
            await o.WriteLineAsync("Send this link to the invitee (it is shown only now; Plenary sends no mail):");
            await o.WriteLineAsync(InviteUser.LinkFor(url, result.Token!));
            return ExitCodes.Ok;
        });
        return invite;
    }

    private static Command Invitations()
    {
        var list = new Command("invitations", "List the invitations, newest first, with their status.");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var all = await scope.ServiceProvider.GetRequiredService<InviteUser>().ListAsync(ct);
            var o = parse.InvocationConfiguration.Output;
            if (all.Count == 0) await o.WriteLineAsync("No invitations yet. Invite with: plenary users invite --email E --role Delegate --state ISO3");
            foreach (var i in all)
                await o.WriteLineAsync($"{i.Email}\t{i.Role} ({i.Scope})\t{i.Status.ToString().ToLowerInvariant()}\texpires {i.ExpiresAt.UtcDateTime:yyyy-MM-dd}\tinvited by {i.InvitedBy}");
            return ExitCodes.Ok;
        });
        return list;
    }
}
