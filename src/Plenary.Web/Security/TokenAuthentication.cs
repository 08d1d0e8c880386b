using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plenary.Application.Accounts;
using Plenary.Application.Data;

namespace Plenary.Web.Security;

/// <summary>
/// "Authorization: Bearer plenary_…" on API calls: the token's hash must match an active token,
/// and the caller acts as its owner, with the owner's roles as they are now.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PlenaryDbContext db, UserManager<PlenaryUser> users, IUserClaimsPrincipalFactory<PlenaryUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = PersonalAccessToken.HashOf(header["Bearer ".Length..].Trim());
        var token = await db.PersonalAccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash);
        if (token is null || !token.IsActive(clock.GetUtcNow())) return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        // Failed sign-ins lock the web sign-in only (else five wrong passwords would turn anyone's tokens off);
        // an Administrator's lock (until further notice) revokes the tokens, and is checked here as well.
        if (await users.FindByIdAsync(token.UserId.ToString()) is not { } user || ManageAccounts.IsLockedByAdministrator(user))
            return AuthenticateResult.Fail("The token's account cannot be used.");
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, PersonalAccessToken.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
