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
public sealed class SignInModel(SignInManager<PlenaryUser> signIn, Web.Security.PasswordSignIn passwordSignIn, PlenaryDbContext db, Web.Security.DemoMode demo) : PageModel
{
    /// <summary>The one message for every failure, so that it never tells whether an account exists.</summary>
    public const string Failure = "The email or password is not right, or the account is locked for a while after repeated failures. Check them and try again.";

    [BindProperty, Required(ErrorMessage = "Give the email address of your account."), EmailAddress(ErrorMessage = "Give an email address, such as name@example.org.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Give your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    /// <summary>The one message for every passkey that does not sign in: it never tells whether an account exists.</summary>
    public const string PasskeyFailure = "The passkey did not sign you in: it is not registered here, or the account is locked for a while after repeated failures. Try again, or sign in with your email and password.";

    public string? PasskeyError { get; private set; }

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
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }
        var result = await passwordSignIn.SignInAsync(Email.Trim(), Password, RememberMe, ct);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account");
        Error = Failure;
        await LoadDemoAsync(ct);
        return Page();
    }

    /// <summary>Completes a passkey sign-in: the form carries the browser's answer to the request options.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credentialJson, CancellationToken ct)
    {
        ModelState.Clear(); // the email and password fields are not part of this form
        if (Web.Security.Passkeys.Unreadable(credentialJson, "signing in with a passkey") is { } unreadable)
            return await PasskeyRefusedAsync(unreadable, StatusCodes.Status400BadRequest, ct);
        Microsoft.AspNetCore.Identity.SignInResult result;
        try
        {
            result = await signIn.PasskeySignInAsync(credentialJson!);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way: the options were never asked for, or were used already.
            return await PasskeyRefusedAsync("The passkey sign-in had expired or was already used. Try again.", StatusCodes.Status400BadRequest, ct);
        }
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account");
        return await PasskeyRefusedAsync(PasskeyFailure, StatusCodes.Status200OK, ct);
    }

    private async Task<IActionResult> PasskeyRefusedAsync(string message, int status, CancellationToken ct)
    {
        PasskeyError = message;
        await LoadDemoAsync(ct);
        return new PageResult { StatusCode = status };
    }

    private async Task LoadDemoAsync(CancellationToken ct)
    {
        // Listed only when the demo was asked for, and never with a password: that is shown once, on the server's console.
        if (demo.Enabled)
            DemoAccounts = (await Application.Accounts.DemoAccounts.PresentAsync(db, ct))
                .Select(a => (Domain.Editorial.Sentences.Opening(RoleAssignment.Describe(a.Role)), a.Email)).ToList();
    }
}
