using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plenary.Application.Accounts;

namespace Plenary.Web.Pages.Setup;

/// <summary>
/// A new deployment's first step: the person who started the server makes the first Administrator
/// with the setup code printed on the server's console. The page closes (404) once any account holds
/// the Administrator role.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class SetupModel(FirstAdministrator first, UserManager<PlenaryUser> users, SignInManager<PlenaryUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Give the setup code printed on the server's console.")]
    public string Code { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Give the Administrator's email address."), EmailAddress(ErrorMessage = "Give an email address, such as name@example.org."), StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Give the Administrator's name as others in Plenary should see it."), StringLength(200, ErrorMessage = "The name must be at most 200 characters.")]
    public string DisplayName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [BindProperty, Compare(nameof(Password), ErrorMessage = "The two passwords differ; type the same one twice.")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await first.IsNeededAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await first.IsNeededAsync(ct)) return NotFound();
        if (ModelState.IsValid)
        {
            var result = await first.CreateAsync(Code, Email, DisplayName, Password, ct);
            if (result.Succeeded && await users.FindByEmailAsync(Email.Trim()) is { } user)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                TempData["AccountMessage"] = "Plenary is set up: you are its Administrator, and the setup page is now closed.";
                return Redirect("/account");
            }
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field switch { "code" => nameof(Code), "password" => nameof(Password), _ => nameof(Email) }, message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
