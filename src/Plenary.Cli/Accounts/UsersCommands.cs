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
        var body = new Option<string?>("--body") { Description = "The body's slug: every role but Administrator acts for one body." };
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
            var users = await scope.ServiceProvider.GetRequiredService<ManageAccounts>().ListAsync(ct);
            var o = parse.InvocationConfiguration.Output;
            if (users.Count == 0) await o.WriteLineAsync("No accounts yet. Add one with: plenary users add --email E --role R");
            foreach (var u in users)
                await o.WriteLineAsync($"{u.Email}\t{u.DisplayName}\t{(u.Roles.Count == 0 ? "no role" : string.Join("; ", u.Roles.Select(r => r.Description)))}{(u.Locked ? "\tlocked" : "")}");
            return ExitCodes.Ok;
        });
        return new Command("users", "Manage the accounts of the people who use Plenary.")
        {
            add, list, Invite(), Invitations(), RemoveAccount(), RemoveRole(), Lock(true), Lock(false), Password(),
        };
    }

    public const string DefaultBaseUrl = "http://localhost:5000";

    private static Option<bool> Yes(string what) => new("--yes") { Description = $"Confirms: {what}. Without it, the command only says what it would do." };

    private static async Task<(ManageAccounts Accounts, AccountView Account)> AccountAsync(IServiceProvider services, string email, CancellationToken ct)
    {
        services.GetRequiredService<Application.Data.PlenaryDbContext>().Actor = CliStore.Actor; // audited as the command line's user
        var accounts = services.GetRequiredService<ManageAccounts>();
        var account = await accounts.FindAsync(email, ct) ?? throw new CliException($"--email: there is no account with the email {email.Trim()}; 'plenary users list' shows them.", ExitCodes.BadInput);
        return (accounts, account);
    }

    private static async Task<int> ReportAsync(ParseResult parse, AccountChange change)
    {
        if (!change.Succeeded)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(change.Message);
            return ExitCodes.BadInput;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync(change.Message);
        return ExitCodes.Ok;
    }

    private static Command RemoveAccount()
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var yes = Yes("remove the account with its roles, tokens and passkeys");
        var command = new Command("remove", "Remove an account with its roles, personal access tokens and passkeys (audited; the last Administrator stays).") { email, yes };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var (accounts, account) = await AccountAsync(scope.ServiceProvider, parse.GetValue(email)!, ct);
            if (!parse.GetValue(yes))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    $"This would remove the account {account.Email} ({account.DisplayName}) with its roles ({(account.Roles.Count == 0 ? "none" : string.Join("; ", account.Roles.Select(r => r.Description)))}), " +
                    $"its personal access tokens and its passkeys. Nothing was removed; add --yes to remove it.");
                return ExitCodes.BadInput;
            }
            return await ReportAsync(parse, await accounts.RemoveAccountAsync(account.Id, ct));
        });
        return command;
    }

    private static Command RemoveRole()
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var role = new Option<string>("--role") { Description = "The role to take away: Administrator, Secretariat, Officer, ExtendedBureauMember, Delegate or Stakeholder.", Required = true };
        var body = new Option<string?>("--body") { Description = "The body's slug, when the account holds the role for several bodies." };
        var state = new Option<string?>("--state") { Description = "The State's code, when a delegate acts for several." };
        var organization = new Option<string?>("--organization") { Description = "The organization, when a stakeholder acts for several." };
        var yes = Yes("take the role away");
        var command = new Command("remove-role", "Take one role from an account; their sessions end, and their tokens act only with the roles left (audited).") { email, role, body, state, organization, yes };
        command.SetAction(async (parse, ct) =>
        {
            if (!Enum.TryParse<AccessRole>(parse.GetValue(role), ignoreCase: true, out var accessRole) || int.TryParse(parse.GetValue(role), out _))
                throw new CliException($"--role '{parse.GetValue(role)}' is not a role; use one of {string.Join(", ", Enum.GetNames<AccessRole>())}.", ExitCodes.BadInput);
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var (accounts, account) = await AccountAsync(scope.ServiceProvider, parse.GetValue(email)!, ct);
            var db = scope.ServiceProvider.GetRequiredService<Application.Data.PlenaryDbContext>();
            var bodyId = parse.GetValue(body) is { } slug ? db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefault()
                ?? throw new CliException($"--body: there is no body with the slug '{slug}'.", ExitCodes.BadInput) : (Guid?)null;
            var held = db.RoleAssignments.Where(r => r.UserId == account.Id && r.Role == accessRole).ToList()
                .Where(r => (bodyId is null || r.BodyId == bodyId)
                    && (parse.GetValue(state) is not { } s || string.Equals(r.State, s.Trim(), StringComparison.OrdinalIgnoreCase))
                    && (parse.GetValue(organization) is not { } o || r.Organization == o.Trim())).ToList();
            var matching = account.Roles.Where(r => held.Any(h => h.Id == r.Id)).ToList();
            if (matching.Count == 0)
                throw new CliException($"{account.Email} holds no such role; it holds {(account.Roles.Count == 0 ? "none" : string.Join("; ", account.Roles.Select(r => r.Description)))}.", ExitCodes.BadInput);
            if (matching.Count > 1)
                throw new CliException($"{account.Email} holds that role more than once ({string.Join("; ", matching.Select(r => r.Description))}); name the one with --body, --state or --organization.", ExitCodes.BadInput);
            if (!parse.GetValue(yes))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"This would take the role {matching[0].Description} from {account.Email}. Nothing was changed; add --yes to do it.");
                return ExitCodes.BadInput;
            }
            return await ReportAsync(parse, await accounts.RemoveRoleAsync(matching[0].Id, ct));
        });
        return command;
    }

    private static Command Lock(bool locking)
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var yes = Yes("lock the account, end its sessions and revoke its tokens");
        var command = locking
            ? new Command("lock", "Lock an account until it is unlocked: no sign-in, its sessions end and its personal access tokens are revoked (audited).") { email, yes }
            : new Command("unlock", "Unlock an account locked by an Administrator or by repeated failed sign-ins.") { email };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var (accounts, account) = await AccountAsync(scope.ServiceProvider, parse.GetValue(email)!, ct);
            if (!locking) return await ReportAsync(parse, await accounts.UnlockAsync(account.Id, ct));
            if (!parse.GetValue(yes))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"This would lock {account.Email}, end their sessions and revoke their {account.ActiveTokens} active personal access token(s). Nothing was changed; add --yes to do it.");
                return ExitCodes.BadInput;
            }
            return await ReportAsync(parse, await accounts.LockAsync(account.Id, null, ct));
        });
        return command;
    }

    private static Command Password()
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var password = new Option<string?>("--password") { Description = "The new password; without it one is generated and printed." };
        var command = new Command("password", "Give an account a new password (generated and printed unless given); their sessions end.") { email, password };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliStore.OpenServicesAsync(parse, ct);
            using var scope = services.CreateScope();
            var (accounts, account) = await AccountAsync(scope.ServiceProvider, parse.GetValue(email)!, ct);
            var (change, set) = await accounts.SetPasswordAsync(account.Email, parse.GetValue(password), ct);
            var code = await ReportAsync(parse, change);
            if (change.Succeeded && parse.GetValue(password) is null)
                await parse.InvocationConfiguration.Output.WriteLineAsync($"New password (give it to them safely; they can change it on their account page): {set}");
            return code;
        });
        return command;
    }

    private static Command Invite()
    {
        var email = new Option<string>("--email") { Description = "The invitee's email address; it becomes their sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = "Delegate or Stakeholder.", Required = true };
        var body = new Option<string>("--body") { Description = "The slug of the body at whose meetings the invitee will act.", Required = true };
        var state = new Option<string?>("--state") { Description = "The State a Delegate will act for, by its three-letter code (ZAF) or its name in the register of States." };
        var organization = new Option<string?>("--organization") { Description = "The organization a Stakeholder will act for." };
        var days = new Option<int>("--days") { Description = $"How many days the link works, 1 to {Invitation.MaxDays}.", DefaultValueFactory = _ => Invitation.DefaultDays };
        var baseUrl = new Option<string>("--base-url") { Description = $"The address Plenary is served from, for the link (default {DefaultBaseUrl}).", DefaultValueFactory = _ => DefaultBaseUrl };
        var invite = new Command("invite", "Invite a delegate or a stakeholder to one body's meetings: prints a link to send them (Plenary sends no mail).") { email, role, body, state, organization, days, baseUrl };
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
                new InviteRequest(parse.GetValue(email), accessRole, parse.GetValue(body), parse.GetValue(state), parse.GetValue(organization), parse.GetValue(days)),
                null, db.Actor.Name, ct);
            if (!result.Succeeded)
            {
                foreach (var (field, message) in result.Errors) await parse.InvocationConfiguration.Error.WriteLineAsync($"--{field}: {message}");
                return ExitCodes.BadInput;
            }
            var o = parse.InvocationConfiguration.Output;
            var i = result.Invitation!;
            await o.WriteLineAsync($"Invited {i.Email} as {RoleAssignment.Describe(i.Role)} ({InviteUser.ScopeOf(i)}); the link works until {Domain.Editorial.Times.Time(TimeOnly.FromDateTime(i.ExpiresAt.UtcDateTime))} (UTC) on {Domain.Editorial.Dates.Day(DateOnly.FromDateTime(i.ExpiresAt.UtcDateTime))}.");
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
            var all = await scope.ServiceProvider.GetRequiredService<InviteUser>().ListAsync(null, ct);
            var o = parse.InvocationConfiguration.Output;
            if (all.Count == 0) await o.WriteLineAsync("No invitations yet. Invite with: plenary users invite --email E --role Delegate --state ISO3");
            foreach (var i in all)
                await o.WriteLineAsync($"{i.Email}\t{i.Body}\t{i.Role} ({i.Scope})\t{i.Status.ToString().ToLowerInvariant()}\texpires {i.ExpiresAt.UtcDateTime:yyyy-MM-dd}\tinvited by {i.InvitedBy}");
            return ExitCodes.Ok;
        });
        return list;
    }
}
