using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Account;

/// <summary>
/// The Secretariat (of any body) and the Administrator invite delegates and stakeholders by link,
/// see each invitation's status and revoke a pending one. The link is shown once, after the redirect.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class InvitationsModel(InviteUser invite) : PageModel
{
    public IReadOnlyList<InvitationSummary> Invitations { get; private set; } = [];

    /// <summary>The link of the invitation just created: shown once, then never again.</summary>
    [TempData] public string? NewLink { get; set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    /// <summary>The invitation whose revocation waits for confirmation (?revoke=id).</summary>
    public InvitationSummary? Revoking { get; private set; }

    /// <summary>The bodies this Secretariat may invite to (every body for the Administrator).</summary>
    public IReadOnlyList<(string Slug, string Name)> Bodies { get; private set; } = [];

    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public AccessRole Role { get; set; } = AccessRole.Delegate;
    [BindProperty] public string? State { get; set; }
    [BindProperty] public string? Organization { get; set; }
    [BindProperty] public int? Days { get; set; } = Invitation.DefaultDays;

    public async Task<IActionResult> OnGetAsync(Guid? revoke, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (revoke is { } id)
        {
            Revoking = Invitations.FirstOrDefault(i => i.Id == id && i.Status == InvitationStatus.Pending);
            if (Revoking is null) Error = "That invitation is not pending any more; there is nothing to revoke.";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The role's other scope field is not sent on: a delegate's organization or a stakeholder's State is ignored.
        var state = Role == AccessRole.Delegate ? State : null;
        var organization = Role == AccessRole.Stakeholder ? Organization : null;
        // A value that cannot be read gets a message in Plenary's words instead of the binder's.
        if (Unreadable(nameof(Days)) || Days is null)
            ModelState.AddModelError(nameof(Days), $"Give the number of days the link works, from 1 to {Invitation.MaxDays}.");
        if (Unreadable(nameof(Role)))
            ModelState.AddModelError(nameof(Role), "Choose Delegate or Stakeholder.");
        if (ModelState.IsValid)
        {
            var inviter = User.FindFirstValue(PlenaryClaims.DisplayName) ?? User.Identity?.Name ?? "the Secretariat";
            var inviterId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
            var mine = User.SecretariatBodies();
            // A body must be picked among one's own (there is one choice when one serves one body).
            var body = Body ?? ((await invite.BodiesAsync(mine, ct)) is [var only] ? only.Slug : null);
            var result = body is null || (await invite.BodiesAsync(mine, ct)).Any(b => b.Slug == body)
                ? await invite.HandleAsync(new InviteRequest(Email, Role, body, state, organization, Days!.Value), inviterId, inviter, ct)
                : new InviteResult(false, [("body", "Choose one of the bodies whose Secretariat you are.")]);
            if (result.Succeeded)
            {
                NewLink = InviteUser.LinkFor($"{Request.Scheme}://{Request.Host}{Request.PathBase}", result.Token!);
                Message = $"{result.Invitation!.Email} is invited as {RoleAssignment.Describe(Role)} ({InviteUser.ScopeOf(result.Invitation)}) until {result.Invitation.ExpiresAt.UtcDateTime:d MMMM yyyy}.";
                return RedirectToPage(); // Post/Redirect/Get
            }
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        try
        {
            if (!await invite.RevokeAsync(id, User.SecretariatBodies(), ct)) return NotFound();
            Message = "The invitation was revoked; its link no longer works.";
            return RedirectToPage();
        }
        catch (Plenary.Domain.DomainException e)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            Error = e.Message;
            await LoadAsync(ct);
            return Page();
        }
    }

    private bool Unreadable(string field)
    {
        if (ModelState.GetValueOrDefault(field) is not { Errors.Count: > 0 } entry) return false;
        entry.Errors.Clear();
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Invitations = await invite.ListAsync(User.SecretariatBodies(), ct);
        Bodies = await invite.BodiesAsync(User.SecretariatBodies(), ct);
    }
}
