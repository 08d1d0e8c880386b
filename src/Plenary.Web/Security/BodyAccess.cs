using System.Security.Claims;
using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.Web.Security;

/// <summary>Scope checks that a policy alone cannot make: the Secretariat edits only its own body's record.</summary>
public static class BodyAccess
{
    public static bool CanEditRecord(this ClaimsPrincipal user, Guid bodyId) =>
        user.IsInRole(nameof(AccessRole.Administrator))
        || user.HasClaim(PlenaryClaims.Body, $"{AccessRole.Secretariat}:{bodyId}");
}
