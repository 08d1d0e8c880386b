using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.Domain.Accounts;

namespace Plenary.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class SignInModel(SignInManager<PlenaryUser> signIn, PlenaryDbContext db) : PageModel
{
    /// <summary>The one message for every failure, so that it never tells whether an account exists.</summary>
    public const string Failure = "The email or password is not right, or the account is locked for a while after repeated failures. Check them and try again.";

    [BindProperty, Required(ErrorMessage = "Give the email address of your account."), EmailAddress(ErrorMessage = "Give an email address, such as name@example.org.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Give your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<(string Role, string Email)> DemoAccounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadDemoAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadDemoAsync(ct);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account");
        Error = Failure;
        await LoadDemoAsync(ct);
        return Page();
    }

    private async Task LoadDemoAsync(CancellationToken ct)
    {
        if (await Application.Accounts.DemoAccounts.IsDemoStoreAsync(db, ct))
            DemoAccounts = Application.Accounts.DemoAccounts.All.Select(a => (Domain.Editorial.Sentences.Opening(RoleAssignment.Describe(a.Role)), a.Email)).ToList();
    }
}
