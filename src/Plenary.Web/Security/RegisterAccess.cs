using System.Security.Claims;
using Plenary.Domain.Accounts;

namespace Plenary.Web.Security;

/// <summary>Who keeps the register of organizations: the Secretariat of any body, and the Administrator (policy Secretariat).</summary>
public static class RegisterAccess
{
    public static bool MayKeepTheRegister(this ClaimsPrincipal user) =>
        user.IsInRole(nameof(AccessRole.Secretariat)) || user.IsInRole(nameof(AccessRole.Administrator));
}
