using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Accounts;

namespace Plenary.Application.Accounts;

/// <summary>What making the demo accounts did: the accounts it created and, if it created any, their password.</summary>
public sealed record DemoAccountsResult(IReadOnlyList<string> Created, string? Password);

/// <summary>
/// One account per role for trying Plenary with the demo record. They exist only when the demo is
/// asked for (the web app's --demo flag or Plenary:Demo setting, `plenary demo`); their password is
/// generated when they are made and shown once to whoever made them, never published.
/// </summary>
public static class DemoAccounts
{
    public const string DemoBody = "eg-cybercrime";
    public const string Domain = "@plenary.demo";

    public static readonly IReadOnlyList<AddUserRequest> All =
    [
        new("admin@plenary.demo", "Demo Administrator", AccessRole.Administrator, null, null, null, null),
        new("secretariat@plenary.demo", "Demo Secretariat officer", AccessRole.Secretariat, DemoBody, null, null, null),
        new("chair@plenary.demo", "Demo Chair", AccessRole.Officer, DemoBody, null, null, null),
        new("bureau@plenary.demo", "Demo extended Bureau member", AccessRole.ExtendedBureauMember, DemoBody, null, null, null),
        new("delegate@plenary.demo", "Demo delegate of South Africa", AccessRole.Delegate, DemoBody, "ZAF", null, null),
        new("stakeholder@plenary.demo", "Demo stakeholder", AccessRole.Stakeholder, DemoBody, null, "Council of Europe", null),
    ];

    /// <summary>The demo accounts present in the store, by email, in the order of <see cref="All"/>.</summary>
    public static async Task<IReadOnlyList<AddUserRequest>> PresentAsync(PlenaryDbContext db, CancellationToken ct = default)
    {
        var emails = All.Select(a => a.Email.ToUpperInvariant()).ToList();
        var present = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.NormalizedEmail!).ToListAsync(ct);
        return All.Where(a => present.Contains(a.Email.ToUpperInvariant())).ToList();
    }

    /// <summary>
    /// Creates the demo accounts that are missing, all with <paramref name="password"/>, or with a
    /// password generated now when none is given; existing ones are left as they are.
    /// </summary>
    public static async Task<DemoAccountsResult> EnsureAsync(AddUser addUser, PlenaryDbContext db, string? password = null, CancellationToken ct = default)
    {
        var present = await PresentAsync(db, ct);
        var missing = All.Where(a => !present.Contains(a)).ToList();
        if (missing.Count == 0) return new DemoAccountsResult([], null);
        password ??= GeneratedPasswords.New();
        var created = new List<string>();
        foreach (var account in missing)
        {
            var result = await addUser.HandleAsync(account with { Password = password }, ct);
            if (!result.Succeeded)
                throw new InvalidOperationException($"The demo account {account.Email} could not be made: {string.Join("; ", result.Errors.Select(e => e.Message))}");
            created.Add(account.Email);
        }
        return new DemoAccountsResult(created, password);
    }
}
