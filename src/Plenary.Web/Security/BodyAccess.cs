using System.Security.Claims;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.Web.Security;

/// <summary>
/// Scope checks that a policy alone cannot make: the Secretariat edits only its own body's record;
/// a delegate acts only for their own State's delegation, a stakeholder only for their own organization.
/// </summary>
public static class BodyAccess
{
    /// <summary>The body whose record the page's reader may edit; otherwise the 404 or 403 the page answers instead.</summary>
    public static async Task<(Plenary.Application.Bodies.BodyDetails? Body, Microsoft.AspNetCore.Mvc.IActionResult? Refusal)> EditableBodyAsync(
        this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, Plenary.Application.Bodies.BodyQueries bodies, string slug, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return (null, page.NotFound());
        return page.User.CanEditRecord(body.BodyId) ? (body, null) : (null, page.Forbid());
    }

    public static bool MayActFor(this ClaimsPrincipal user, Guid bodyId, Plenary.Application.Participation.ParticipantKey participant) =>
        user.CanEditRecord(bodyId)
        || (participant.IsState
            ? user.IsInRole(nameof(AccessRole.Delegate)) && user.HasClaim(PlenaryClaims.State, participant.Name)
            : user.IsInRole(nameof(AccessRole.Stakeholder)) && user.HasClaim(PlenaryClaims.Organization, participant.Name));

    /// <summary>The delegation a delegate or stakeholder acts for; null for everyone else.</summary>
    public static Plenary.Application.Participation.ParticipantKey? OwnDelegation(this ClaimsPrincipal user) =>
        user.IsInRole(nameof(AccessRole.Delegate)) && user.FindFirst(PlenaryClaims.State) is { } state ? Plenary.Application.Participation.ParticipantKey.State(state.Value)
        : user.IsInRole(nameof(AccessRole.Stakeholder)) && user.FindFirst(PlenaryClaims.Organization) is { } organization ? Plenary.Application.Participation.ParticipantKey.Organization(organization.Value)
        : null;

    public static bool CanEditRecord(this ClaimsPrincipal user, Guid bodyId) =>
        user.IsInRole(nameof(AccessRole.Administrator))
        || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.Secretariat}:{bodyId}");
}
