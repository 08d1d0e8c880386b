using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Plenary.Application.Data;

namespace Plenary.Web.Security;

/// <summary>
/// Checks a signed-in session against its account's security stamp whenever an account may have changed,
/// and only then. The session's cookie remembers the accounts' version (<see cref="RecordVersion.Accounts"/>)
/// at which it was last checked; every save that changes an account, its roles, tokens or passkeys raises
/// that version in its transaction, so while it is unchanged nothing a check could find has changed, on any
/// instance. A sign-out everywhere, a new password, a role taken away or a lock therefore still ends the
/// other sessions on their very next request; the requests in between cost one shared read of the version
/// instead of loading the account and its roles and issuing a new cookie (ADR 0020).
/// </summary>
public static class SessionCheck
{
    private const string CheckedAt = "plenary.accounts";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        long? version;
        try
        {
            version = await context.HttpContext.RequestServices.GetRequiredService<AccountsVersionGate>().CurrentAsync();
        }
        catch (Exception)
        {
            version = null; // the store cannot say: check the stamp as always
        }
        var now = version?.ToString(CultureInfo.InvariantCulture);
        if (now is not null && context.Properties.Items.TryGetValue(CheckedAt, out var seen) && seen == now) return;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (now is not null && context.Principal is not null)
        {
            context.Properties.Items[CheckedAt] = now;
            context.ShouldRenew = true;
        }
    }
}
