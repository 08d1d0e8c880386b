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
public sealed class AccountModel(UserManager<PlenaryUser> users, SignInManager<PlenaryUser> signIn, AddUser accounts) : PageModel
{
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
        return true;
    }
}
