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
            ? user.IsInRole(nameof(AccessRole.Delegate)) && user.HasClaim(PlenaryClaims.State, $"{bodyId}:{participant.Name}")
            : user.IsInRole(nameof(AccessRole.Stakeholder)) && user.HasClaim(PlenaryClaims.Organization, $"{bodyId}:{participant.Name}"));

    /// <summary>The delegation a delegate or stakeholder acts for at the body's meetings; null for everyone else.</summary>
    public static Plenary.Application.Participation.ParticipantKey? OwnDelegation(this ClaimsPrincipal user, Guid bodyId)
    {
        var prefix = $"{bodyId}:";
        if (user.IsInRole(nameof(AccessRole.Delegate)) && user.FindAll(PlenaryClaims.State).FirstOrDefault(c => c.Value.StartsWith(prefix, StringComparison.Ordinal)) is { } state)
            return Plenary.Application.Participation.ParticipantKey.State(state.Value[prefix.Length..]);
        if (user.IsInRole(nameof(AccessRole.Stakeholder)) && user.FindAll(PlenaryClaims.Organization).FirstOrDefault(c => c.Value.StartsWith(prefix, StringComparison.Ordinal)) is { } organization)
            return Plenary.Application.Participation.ParticipantKey.Organization(organization.Value[prefix.Length..]);
        return null;
    }

    /// <summary>The bodies whose Secretariat the user is (for the Administrator, null: every body).</summary>
    public static IReadOnlyCollection<Guid>? SecretariatBodies(this ClaimsPrincipal user) =>
        user.IsInRole(nameof(AccessRole.Administrator)) ? null
        : user.FindAll(PlenaryClaims.Body).Select(c => c.Value.Split(':')).Where(p => p[0] == nameof(AccessRole.Secretariat) && Guid.TryParse(p[1], out _))
            .Select(p => Guid.Parse(p[1])).ToList();

    /// <summary>Who runs a meeting's list of speakers (the Chair's screen): an officer of the body, and the Secretariat.</summary>
    public static bool MayChair(this ClaimsPrincipal user, Guid bodyId) =>
        user.CanEditRecord(bodyId) || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.Officer}:{bodyId}");

    public static bool CanEditRecord(this ClaimsPrincipal user, Guid bodyId) =>
        user.IsInRole(nameof(AccessRole.Administrator))
        || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.Secretariat}:{bodyId}");
}

/// <summary>Who may do what with a body's silence procedures (the circle itself is decided by the domain).</summary>
public static class SilenceAccess
{
    /// <summary>Draft and circulate a proposal: the Secretariat (and the Administrator), or an officer (the Chair).</summary>
    public static bool MayDraftSilence(this ClaimsPrincipal user, Guid bodyId) =>
        user.CanEditRecord(bodyId) || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.Officer}:{bodyId}");

    /// <summary>See who answered and what: the Secretariat, the officers and the extended Bureau of the body (and, by the domain, the circle).</summary>
    public static bool SeesSilenceResponses(this ClaimsPrincipal user, Guid bodyId) =>
        user.MayDraftSilence(bodyId) || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.ExtendedBureauMember}:{bodyId}");

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>How the procedure's timeline names the person taking a step.</summary>
    public static Plenary.Application.Decisions.StepActor StepActor(this ClaimsPrincipal user) =>
        new(user.UserId(), user.FindFirstValue(PlenaryClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "a signed-in user");
}
