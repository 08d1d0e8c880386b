using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain;
using Plenary.Domain.Accounts;
using Plenary.Domain.Editorial;

namespace Plenary.Application.Accounts;

/// <summary>A role an account holds, in words: "Secretariat (Expert Group)", "Delegate (South Africa)".</summary>
public sealed record AccountRole(Guid Id, AccessRole Role, string Description);

public sealed record AccountView(Guid Id, string Email, string DisplayName, IReadOnlyList<AccountRole> Roles, bool Locked, int ActiveTokens);

/// <summary>What an account step did, or why it was refused.</summary>
public sealed record AccountChange(bool Succeeded, string Message)
{
    public static AccountChange Done(string message) => new(true, message);
    public static AccountChange Refused(string message) => new(false, message);
}

/// <summary>
/// The Administrator's account steps (the page /admin/accounts and `plenary users`): list accounts,
/// remove a role, lock or unlock an account, remove an account, set a new password. Each step is
/// audited like every write. A step that takes something away ends the person's sessions at once
/// (their security stamp changes); locking also revokes their personal access tokens, while removing
/// a role leaves the tokens, which from then on act with the roles the person still holds.
/// </summary>
public sealed class ManageAccounts(UserManager<PlenaryUser> users, PlenaryDbContext db, TimeProvider clock)
{
    /// <summary>An Administrator's lock holds until it is lifted (failed sign-ins lock for minutes only).</summary>
    public static bool IsLockedByAdministrator(PlenaryUser user) => user.LockoutEnd >= DateTimeOffset.MaxValue.AddDays(-1);

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken ct = default)
    {
        var bodies = await BodyNamesAsync(ct);
        var assignments = await db.RoleAssignments.AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow();
        var tokens = (await db.PersonalAccessTokens.AsNoTracking().ToListAsync(ct)).Where(t => t.IsActive(now)).GroupBy(t => t.UserId).ToDictionary(g => g.Key, g => g.Count());
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        return all.Select(u => new AccountView(u.Id, u.Email ?? "", u.DisplayName,
            assignments.Where(a => a.UserId == u.Id).OrderBy(a => a.Role).Select(a => new AccountRole(a.Id, a.Role, Describe(a, bodies))).ToList(),
            u.LockoutEnd > now, tokens.GetValueOrDefault(u.Id))).ToList();
    }

    public async Task<AccountView?> FindAsync(string email, CancellationToken ct = default)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        return (await ListAsync(ct)).FirstOrDefault(a => users.NormalizeEmail(a.Email) == normalized);
    }

    /// <summary>"Secretariat (Expert Group)", "Extended Bureau member (Expert Group)", "Delegate (South Africa)", "Administrator".</summary>
    public static string Describe(RoleAssignment a, IReadOnlyDictionary<Guid, string> bodyNames)
    {
        var scope = new[] { a.BodyId is { } b ? bodyNames.GetValueOrDefault(b) : null, a.State is { } s ? Plenary.Domain.Participation.StateRegister.NameOf(s) : null, a.Organization }.Where(s => s is not null).ToList();
        return Sentences.Opening(RoleAssignment.Describe(a.Role)) + (scope.Count > 0 ? $" ({string.Join(", ", scope)})" : "");
    }

    public async Task<IReadOnlyDictionary<Guid, string>> BodyNamesAsync(CancellationToken ct = default) =>
        await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ShortName, ct);

    /// <summary>Takes one role from an account; the person's sessions end, their tokens act with the roles left.</summary>
    public async Task<AccountChange> RemoveRoleAsync(Guid assignmentId, CancellationToken ct = default)
    {
        if (await db.RoleAssignments.SingleOrDefaultAsync(r => r.Id == assignmentId, ct) is not { } role
            || await users.FindByIdAsync(role.UserId.ToString()) is not { } user)
            return AccountChange.Refused("There is no such role; it may have been removed already.");
        try
        {
            RoleAssignment.EnsureNotLastAdministrator(role.Role, await AdministratorsAsync(ct), user.Email ?? "This account");
        }
        catch (DomainException e)
        {
            return AccountChange.Refused(e.Message);
        }
        var description = Describe(role, await BodyNamesAsync(ct));
        db.RoleAssignments.Remove(role);
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        return AccountChange.Done($"{user.Email} no longer holds the role {description}. Their sessions have ended; their personal access tokens stay, and act only with the roles they still hold.");
    }

    /// <summary>Locks an account until it is unlocked: the person cannot sign in, their sessions end and their tokens are revoked.</summary>
    public async Task<AccountChange> LockAsync(Guid userId, Guid? byUserId, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return AccountChange.Refused("There is no such account.");
        if (userId == byUserId) return AccountChange.Refused("You cannot lock your own account; another Administrator can.");
        if (await HoldsAsync(userId, AccessRole.Administrator, ct))
        {
            try { RoleAssignment.EnsureNotLastAdministrator(AccessRole.Administrator, await AdministratorsAsync(ct), user.Email ?? "This account"); }
            catch (DomainException e) { return AccountChange.Refused(e.Message); }
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        var revoked = await RevokeTokensAsync(userId, ct);
        await users.UpdateSecurityStampAsync(user);
        return AccountChange.Done($"{user.Email} is locked: they cannot sign in, their sessions have ended and their {Tokens(revoked)} revoked. Unlocking does not restore the tokens.");
    }

    public async Task<AccountChange> UnlockAsync(Guid userId, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return AccountChange.Refused("There is no such account.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return AccountChange.Done($"{user.Email} is unlocked and can sign in again.");
    }

    /// <summary>Removes an account with its roles, tokens and passkeys; the audit trail keeps what it was.</summary>
    public async Task<AccountChange> RemoveAccountAsync(Guid userId, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user) return AccountChange.Refused("There is no such account; it may have been removed already.");
        if (await HoldsAsync(userId, AccessRole.Administrator, ct))
        {
            try { RoleAssignment.EnsureNotLastAdministrator(AccessRole.Administrator, await AdministratorsAsync(ct), user.Email ?? "This account"); }
            catch (DomainException e) { return AccountChange.Refused(e.Message); }
        }
        // Each row goes by itself, so that the audit trail records every one (the store would cascade silently).
        db.RoleAssignments.RemoveRange(await db.RoleAssignments.Where(r => r.UserId == userId).ToListAsync(ct));
        db.PersonalAccessTokens.RemoveRange(await db.PersonalAccessTokens.Where(t => t.UserId == userId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        var deleted = await users.DeleteAsync(user);
        return deleted.Succeeded
            ? AccountChange.Done($"The account {user.Email} was removed, with its roles, tokens and passkeys; the audit trail keeps what it was.")
            : AccountChange.Refused(string.Join(" ", deleted.Errors.Select(e => e.Description)));
    }

    /// <summary>Sets a new password (generated unless given) and ends the person's sessions; returns the password set.</summary>
    public async Task<(AccountChange Change, string? Password)> SetPasswordAsync(string email, string? password, CancellationToken ct = default)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } user) return (AccountChange.Refused($"There is no account with the email {email.Trim()}."), null);
        var chosen = password ?? GeneratedPasswords.New();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, chosen);
            if (!check.Succeeded) return (AccountChange.Refused(string.Join(" ", check.Errors.Select(e => e.Description))), null);
        }
        await users.RemovePasswordAsync(user);
        var set = await users.AddPasswordAsync(user, chosen);
        if (!set.Succeeded) return (AccountChange.Refused(string.Join(" ", set.Errors.Select(e => e.Description))), null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return (AccountChange.Done($"{user.Email} has a new password; their sessions have ended. Their personal access tokens stay."), chosen);
    }

    private Task<bool> HoldsAsync(Guid userId, AccessRole role, CancellationToken ct) =>
        db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.Role == role, ct);

    private async Task<int> AdministratorsAsync(CancellationToken ct) =>
        await db.RoleAssignments.Where(r => r.Role == AccessRole.Administrator).Select(r => r.UserId).Distinct().CountAsync(ct);

    private async Task<int> RevokeTokensAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var active = (await db.PersonalAccessTokens.Where(t => t.UserId == userId).ToListAsync(ct)).Where(t => t.IsActive(now)).ToList();
        foreach (var t in active) t.Revoke(now);
        await db.SaveChangesAsync(ct);
        return active.Count;
    }

    private static string Tokens(int n) => n switch
    {
        0 => "personal access tokens (none active) are",
        1 => "one personal access token was",
        _ => $"{Numbers.Cardinal(n)} personal access tokens were",
    };
}
