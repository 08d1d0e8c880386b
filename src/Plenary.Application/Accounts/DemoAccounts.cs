using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Accounts;

namespace Plenary.Application.Accounts;

/// <summary>One account per role for trying Plenary with the demo record; shown on the sign-in page only when the demo is loaded.</summary>
public static class DemoAccounts
{
    public const string DemoBody = "eg-cybercrime";
    public const string Password = "plenary-demo-2026";

    public static readonly IReadOnlyList<AddUserRequest> All =
    [
        new("admin@plenary.demo", "Demo Administrator", AccessRole.Administrator, null, null, null, Password),
        new("secretariat@plenary.demo", "Demo Secretariat officer", AccessRole.Secretariat, DemoBody, null, null, Password),
        new("chair@plenary.demo", "Demo Chair", AccessRole.Officer, DemoBody, null, null, Password),
        new("bureau@plenary.demo", "Demo extended Bureau member", AccessRole.ExtendedBureauMember, DemoBody, null, null, Password),
        new("delegate@plenary.demo", "Demo delegate of South Africa", AccessRole.Delegate, null, "ZAF", null, Password),
        new("stakeholder@plenary.demo", "Demo stakeholder", AccessRole.Stakeholder, null, null, "Council of Europe", Password),
    ];

    public static async Task<bool> IsDemoStoreAsync(PlenaryDbContext db, CancellationToken ct = default) =>
        await db.Bodies.AnyAsync(b => b.Slug == DemoBody, ct);

    /// <summary>Creates the demo accounts that are missing; existing ones are left as they are.</summary>
    public static async Task EnsureAsync(AddUser addUser, PlenaryDbContext db, CancellationToken ct = default)
    {
        if (!await IsDemoStoreAsync(db, ct)) return;
        foreach (var account in All)
        {
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == account.Email.ToUpperInvariant(), ct)) continue;
            await addUser.HandleAsync(account, ct);
        }
    }
}
