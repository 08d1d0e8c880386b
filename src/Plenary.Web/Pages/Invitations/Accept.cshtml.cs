using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.Web.Pages.Invitations;

/// <summary>
/// The invitee opens their link: a new account with the invited role, or, when the email has an
/// account already, the role added to it once they have signed in with it. An unknown, expired,
/// revoked or used link gets one and the same page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("sign-in")]
public sealed class AcceptModel(AcceptInvitation accept, UserManager<PlenaryUser> users, SignInManager<PlenaryUser> signIn) : PageModel
{
    public Invitation? Invitation { get; private set; }
    /// <summary>The invited email has an account: the invitee signs in with it to take up the role.</summary>
    public bool HasAccount { get; private set; }
    /// <summary>Signed in with the invited email's account: one button adds the role.</summary>
    public bool SignedInAsInvitee { get; private set; }
    public bool SignedInAsSomeoneElse { get; private set; }
    public string? Error { get; private set; }

    [BindProperty, Required(ErrorMessage = "Give your name as others in Plenary should see it."), StringLength(200, ErrorMessage = "Your name must be at most 200 characters.")]
    public string DisplayName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Choose a password."),
     MinLength(AccountServices.MinimumPasswordLength, ErrorMessage = "The password must have at least 12 characters.")]
    public string Password { get; set; } = "";

    [BindProperty, Compare(nameof(Password), ErrorMessage = "The two passwords differ; type the same one twice.")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await ShowAsync(token, ct);

    /// <summary>Creates the account, uses the invitation up and signs the invitee in.</summary>
    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await accept.AcceptNewAsync(token, DisplayName, Password, ct);
            if (result.Outcome == AcceptOutcome.Invalid) return Invalid();
            if (result.Outcome == AcceptOutcome.Accepted)
            {
                await signIn.SignInAsync(result.User!, isPersistent: false);
                TempData["AccountMessage"] = "Welcome to Plenary: your account is ready and you are signed in.";
                return Redirect("/account");
            }
            foreach (var (field, message) in result.Errors)
                if (field.Length == 0) Error = message; else ModelState.AddModelError(field, message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(token, ct);
    }

    /// <summary>Adds the invited role to the signed-in account of the invited email.</summary>
    public async Task<IActionResult> OnPostJoinAsync(string token, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return await ShowAsync(token, ct);
        var result = await accept.AcceptExistingAsync(token, user, ct);
        if (result.Outcome == AcceptOutcome.Invalid) return Invalid();
        if (result.Outcome == AcceptOutcome.Accepted)
        {
            await signIn.RefreshSignInAsync(user); // the new role in the sign-in's claims
            TempData["AccountMessage"] = "The role was added to your account.";
            return Redirect("/account");
        }
        Error = result.Errors[0].Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(token, ct);
    }

    private async Task<IActionResult> ShowAsync(string token, CancellationToken ct)
    {
        if (await accept.FindAsync(token, ct) is not { } invitation) return Invalid();
        Invitation = invitation;
        BodyName = await accept.BodyNameAsync(invitation, ct);
        if (await users.GetUserAsync(User) is { } current)
        {
            SignedInAsInvitee = string.Equals(users.NormalizeEmail(invitation.Email), current.NormalizedEmail, StringComparison.Ordinal);
            SignedInAsSomeoneElse = !SignedInAsInvitee;
        }
        HasAccount = !SignedInAsInvitee && await accept.HasAccountAsync(invitation);
        return Page();
    }

    /// <summary>The same answer for every link that does not lead to a pending invitation.</summary>
    private IActionResult Invalid()
    {
        Invitation = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The body at whose meetings the invitee will act.</summary>
    public string BodyName { get; private set; } = "";

    public string RoleAndScope => Invitation is null ? ""
        : Invitation.Role == AccessRole.Delegate ? $"a delegate of {Plenary.Domain.Participation.StateRegister.FindByCode(Invitation.State)?.NameInText ?? "the State " + Invitation.State}"
        : $"a stakeholder for {Invitation.Organization}";
}
