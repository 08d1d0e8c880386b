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
public sealed class AccountModel(UserManager<PlenaryUser> users, SignInManager<PlenaryUser> signIn, ManageAccounts accounts,
    Plenary.Application.Data.PlenaryDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The time now, from the app's clock: whether a token is still active.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

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

    public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);

    public IReadOnlyList<PasskeyRow> PasskeyList { get; private set; } = [];

    /// <summary>The passkey whose removal waits for confirmation (?remove=id), if any.</summary>
    public PasskeyRow? Removing { get; private set; }

    /// <summary>The token the person asked to revoke, shown for confirmation before the revoking post.</summary>
    public PersonalAccessToken? Revoking { get; private set; }

    [TempData] public string? PasskeyMessage { get; set; }

    public string? PasskeyError { get; private set; }

    /// <summary>The passkey whose rename failed, to show the message next to its name field.</summary>
    public string? RenameErrorFor { get; private set; }

    /// <summary>Completes adding a passkey: the form carries the browser's answer to the creation options.</summary>
    public async Task<IActionResult> OnPostAddPasskeyAsync(string? credentialJson, string? passkeyName, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var name = string.IsNullOrWhiteSpace(passkeyName) ? $"Passkey added on {clock.GetUtcNow():d MMMM yyyy}" : passkeyName.Trim();
        if (name.Length > Passkeys.MaxNameLength)
            return await PasskeyRefusedAsync($"The passkey's name has {name.Length} characters; give at most {Passkeys.MaxNameLength}.", ct);
        if (Passkeys.Unreadable(credentialJson, "adding a passkey") is { } unreadable)
            return await PasskeyRefusedAsync(unreadable, ct);
        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson!);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way (the options were never asked for, or were used already).
            return await PasskeyRefusedAsync("The passkey could not be added: the request to create it has expired or was already used. Try again.", ct);
        }
        if (!attestation.Succeeded)
            return await PasskeyRefusedAsync("The passkey could not be added: the browser's answer was not accepted. Try again.", ct);
        if (attestation.UserEntity.Id != user.Id.ToString())
            return await PasskeyRefusedAsync("The passkey could not be added: it was made for another account. Try again.", ct);
        attestation.Passkey.Name = name;
        var saved = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        if (!saved.Succeeded) return await PasskeyRefusedAsync("The passkey could not be added: " + string.Join(" ", saved.Errors.Select(e => e.Description)), ct);
        PasskeyMessage = $"The passkey \"{name}\" was added; you can now sign in with it.";
        return RedirectToPage(null, null, "passkeys");
    }

    public async Task<IActionResult> OnPostRenamePasskeyAsync(string? passkeyId, string? passkeyName, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (Passkeys.Decode(passkeyId) is not { } id || await users.GetPasskeyAsync(user, id) is not { } passkey) return NotFound();
        var name = passkeyName?.Trim() ?? "";
        string? error = name.Length == 0 ? "Give the passkey a name, such as the device it is on."
            : name.Length > Passkeys.MaxNameLength ? $"The name has {name.Length} characters; give at most {Passkeys.MaxNameLength}." : null;
        if (error is not null)
        {
            RenameErrorFor = passkeyId;
            return await PasskeyRefusedAsync(error, ct);
        }
        passkey.Name = name;
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        PasskeyMessage = $"The passkey is now called \"{name}\".";
        return RedirectToPage(null, null, "passkeys");
    }

    /// <summary>Removes a passkey; the page asks first (?remove=id), and this is the confirmed post.</summary>
    public async Task<IActionResult> OnPostRemovePasskeyAsync(string? passkeyId, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (Passkeys.Decode(passkeyId) is not { } id || await users.GetPasskeyAsync(user, id) is not { } passkey) return NotFound();
        await users.RemovePasskeyAsync(user, id);
        PasskeyMessage = $"The passkey \"{passkey.Name}\" was removed; it no longer signs you in.";
        return RedirectToPage(null, null, "passkeys");
    }

    private async Task<IActionResult> PasskeyRefusedAsync(string message, CancellationToken ct)
    {
        ModelState.Clear();
        PasskeyError = message;
        await LoadAsync(ct);
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
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

    public async Task<IActionResult> OnGetAsync(bool changed, string? remove, Guid? revokeToken, CancellationToken ct)
    {
        Changed = changed;
        if (!await LoadAsync(ct)) return Challenge();
        Removing = PasskeyList.FirstOrDefault(p => p.Id == remove);
        Revoking = Tokens.FirstOrDefault(t => t.Id == revokeToken && t.RevokedAt is null);
        return Page();
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
        Roles = (await accounts.FindAsync(user.Email ?? "", ct))?.Roles.Select(r => r.Description).ToList() ?? [];
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        PasskeyList = (await users.GetPasskeysAsync(user))
            .Select(p => new PasskeyRow(Passkeys.Encode(p.CredentialId), p.Name ?? "Passkey", p.CreatedAt))
            .OrderBy(p => p.CreatedAt).ToList();
        Tokens = db.PersonalAccessTokens.Where(t => t.UserId == user.Id).AsEnumerable().OrderByDescending(t => t.CreatedAt).ToList();
        return true;
    }
}
