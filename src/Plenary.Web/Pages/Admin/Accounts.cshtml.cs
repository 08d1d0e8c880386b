using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Accounts;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Admin;

/// <summary>
/// The Administrator's accounts page: every account with its roles; remove a role, lock or unlock
/// an account, remove an account. Each step asks first (a GET shows the confirmation, only its POST acts).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AccountsModel(ManageAccounts accounts) : PageModel
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];
    public ConfirmRemoval? Confirm { get; private set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? removeRole, Guid? removeAccount, Guid? @lock, CancellationToken ct)
    {
        Accounts = await accounts.ListAsync(ct);
        if (removeRole is { } roleId && Accounts.SelectMany(a => a.Roles.Select(r => (a, r))).FirstOrDefault(x => x.r.Id == roleId) is ({ } owner, { } role))
            Confirm = new ConfirmRemoval($"Take the role {role.Description} from {owner.Email}?",
                "Their sessions end at once. Their personal access tokens stay, and act only with the roles they still hold. The audit trail keeps the change.",
                "RemoveRole", new Dictionary<string, string> { ["id"] = roleId.ToString() }, "/admin/accounts", "Take the role away");
        else if (removeAccount is { } userId && Accounts.FirstOrDefault(a => a.Id == userId) is { } gone)
            Confirm = new ConfirmRemoval($"Remove the account {gone.Email} ({gone.DisplayName})?",
                $"The account goes with its roles ({(gone.Roles.Count == 0 ? "none" : string.Join("; ", gone.Roles.Select(r => r.Description)))}), its personal access tokens and its passkeys; the person can no longer sign in. The audit trail keeps what it was. This cannot be undone.",
                "RemoveAccount", new Dictionary<string, string> { ["id"] = userId.ToString() }, "/admin/accounts", "Remove the account");
        else if (@lock is { } lockId && Accounts.FirstOrDefault(a => a.Id == lockId) is { } locking)
            Confirm = new ConfirmRemoval($"Lock the account {locking.Email}?",
                $"They cannot sign in until it is unlocked; their sessions end at once and their {locking.ActiveTokens} active personal access token(s) are revoked (unlocking does not restore them).",
                "Lock", new Dictionary<string, string> { ["id"] = lockId.ToString() }, "/admin/accounts", "Lock the account");
        return Page();
    }

    public Task<IActionResult> OnPostRemoveRoleAsync(Guid id, CancellationToken ct) => DoAsync(accounts.RemoveRoleAsync(id, ct), ct);

    public Task<IActionResult> OnPostRemoveAccountAsync(Guid id, CancellationToken ct) => DoAsync(accounts.RemoveAccountAsync(id, ct), ct);

    public Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken ct) =>
        DoAsync(accounts.LockAsync(id, Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) ? me : null, ct), ct);

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) => DoAsync(accounts.UnlockAsync(id, ct), ct);

    private async Task<IActionResult> DoAsync(Task<AccountChange> step, CancellationToken ct)
    {
        var change = await step;
        if (change.Succeeded)
        {
            Message = change.Message;
            return RedirectToPage(); // Post/Redirect/Get
        }
        Error = change.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = await accounts.ListAsync(ct);
        return Page();
    }
}
