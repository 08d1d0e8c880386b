using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Accounts;

namespace Plenary.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<PlenaryUser> signIn, UserManager<PlenaryUser> users) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Signs out here and everywhere else: a new security stamp ends every session of the account (personal access tokens stay).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
