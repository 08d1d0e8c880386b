using System.Security.Claims;
using Plenary.Application.Accounts;
using Plenary.Application.Recommendations;
using Plenary.Domain.Accounts;
using Plenary.Domain.Recommendations;

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

    /// <summary>
    /// Who a comment is made for: a delegate's own State, a stakeholder's own organization; for the Secretariat (entering a
    /// comment received otherwise), the State or organization it names in <paramref name="named"/>. Null when none.
    /// </summary>
    public static CommenterRef? Commenter(this ClaimsPrincipal user, Guid bodyId, string? named)
    {
        if (user.OwnDelegation(bodyId) is { } own)
            return new CommenterRef(own.IsState ? CommenterKind.State : CommenterKind.Organization, own.Name);
        if (!user.CanEditRecord(bodyId) || string.IsNullOrWhiteSpace(named)) return null;
        return Plenary.Domain.Participation.StateRegister.Find(named) is { } state
            ? new CommenterRef(CommenterKind.State, state.Code)
            : new CommenterRef(CommenterKind.Organization, named.Trim());
    }

    /// <summary>Whether the user may comment in a body's rounds: a delegate or stakeholder of the body, or its Secretariat (on behalf of one).</summary>
    public static bool MayComment(this ClaimsPrincipal user, Guid bodyId) => user.OwnDelegation(bodyId) is not null || user.CanEditRecord(bodyId);

    /// <summary>The comments a reader sees: all for the Secretariat; posted ones and one's own for a delegate or stakeholder; posted ones for everyone else.</summary>
    public static CommentsShown CommentsShown(this ClaimsPrincipal user, Guid bodyId) =>
        user.CanEditRecord(bodyId) ? new CommentsShown(All: true)
        : user.OwnDelegation(bodyId) is { } own ? new CommentsShown(OwnKind: own.IsState ? CommenterKind.State : CommenterKind.Organization, OwnKey: own.Name)
        : Plenary.Application.Recommendations.CommentsShown.Public;

    /// <summary>How pages and records name the person acting: their display name, else their account.</summary>
    public static string ActingName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PlenaryClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "a signed-in user";
}
