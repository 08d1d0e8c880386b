using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Accounts;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
public sealed class AccountModel(UserManager<PlenaryUser> users, SignInManager<PlenaryUser> signIn, AddUser accounts,
    Plenary.Application.Data.PlenaryDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PersonalAccessToken> Tokens { get; private set; } = [];

    /// <summary>A token just created: shown once, after the redirect, then never again.</summary>
    [TempData] public string? NewToken { get; set; }

    public string? TokenError { get; private set; }

    public async Task<IActionResult> OnPostCreateTokenAsync(string? tokenName, int? tokenDays, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        try
        {
            var (token, secret) = PersonalAccessToken.Create(user.Id, tokenName ?? "", tokenDays ?? 90, clock.GetUtcNow());
            db.PersonalAccessTokens.Add(token);
            await db.SaveChangesAsync(ct);
            NewToken = secret;
            return RedirectToPage();
        }
        catch (Plenary.Domain.DomainException e)
        {
            ModelState.Clear();
            TokenError = e.Message;
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid tokenId, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var token = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.PersonalAccessTokens, t => t.Id == tokenId && t.UserId == user.Id, ct);
        if (token is null) return NotFound();
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public bool Changed { get; private set; }

    [BindProperty, Required(ErrorMessage = "Give your current password.")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Give a new password."),
     MinLength(AccountServices.MinimumPasswordLength, ErrorMessage = "The new password must have at least 12 characters.")]
    public string NewPassword { get; set; } = "";

    [BindProperty, Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ; type the same one twice.")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(bool changed, CancellationToken ct)
    {
        Changed = changed;
        return await LoadAsync(ct) ? Page() : Challenge();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                return RedirectToPage(new { changed = true }); // Post/Redirect/Get
            }
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword),
                    e.Code == "PasswordMismatch" ? "The current password is not right." : e.Description);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return false;
        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        Roles = (await accounts.ListAsync(ct)).FirstOrDefault(u => u.Email == user.Email)?.Roles ?? [];
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        Tokens = db.PersonalAccessTokens.Where(t => t.UserId == user.Id).AsEnumerable().OrderByDescending(t => t.CreatedAt).ToList();
        return true;
    }
}
