using System.Security.Claims;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.Web.Security;

/// <summary>
/// Who does what with a body's conclusions and recommendations. The Rapporteur is an officer of the body: an officer
/// of the body (the Officer role), or the Secretariat acting on the Rapporteur's behalf, records the lists, works the
/// queue and conducts the consolidation. A delegate suggests for their own State only; comments are made for one's own
/// delegation or organization.
/// </summary>
public static class RecommendationAccess
{
    /// <summary>An officer of the body, its Secretariat or the Administrator.</summary>
    public static bool MayActAsRapporteur(this ClaimsPrincipal user, Guid bodyId) =>
        user.CanEditRecord(bodyId) || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.Officer}:{bodyId}");

    /// <summary>The Member State a delegate acts for at the body's convenings; null for everyone else.</summary>
    public static string? DelegateState(this ClaimsPrincipal user, Guid bodyId) =>
        user.OwnDelegation(bodyId) is { IsState: true } own ? own.Name : null;

    /// <summary>How pages and records name the person acting: their display name, else their account.</summary>
    public static string ActingName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PlenaryClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "a signed-in user";
}
