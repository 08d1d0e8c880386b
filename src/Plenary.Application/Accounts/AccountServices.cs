using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plenary.Application.Data;

namespace Plenary.Application.Accounts;

/// <summary>Accounts on the same store as the record; shared by the web app and the command line.</summary>
public static class AccountServices
{
    public const int MinimumPasswordLength = Plenary.Domain.Accounts.PasswordRules.MinimumLength;

    public static IdentityBuilder AddPlenaryAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Plenary").PersistKeysToDbContext<PlenaryDbContext>();
        return services.AddIdentityCore<PlenaryUser>(o =>
            {
                // Length over composition rules, as current guidance has it; PlenaryPasswordValidator
                // applies PasswordRules (length, common, repetitive, sequential), the one place for them.
                o.Password.RequiredLength = 1;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PlenaryDbContext>()
            .AddPasswordValidator<PlenaryPasswordValidator>()
            .AddClaimsPrincipalFactory<PlenaryClaimsFactory>();
    }
}

/// <summary>Passwords and codes Plenary makes up: for a first password, the demo accounts, the setup code.</summary>
public static class GeneratedPasswords
{
    /// <summary>Four groups of five letters and digits, such as "k7mqd-x3p9w-…" (about 99 bits): easy to type, never guessed.</summary>
    public static string New()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return string.Join('-', chars.Chunk(5).Select(c => new string(c)));
    }
}

/// <summary>Claim types that carry a user's roles and their scope.</summary>
public static class PlenaryClaims
{
    public const string DisplayName = "plenary:name";
    public const string Body = "plenary:body";
    /// <summary>"{bodyId}:ZAF": the State a delegate acts for at one body's meetings.</summary>
    public const string State = "plenary:state";
    /// <summary>"{bodyId}:Council of Europe": the organization a stakeholder acts for at one body's meetings.</summary>
    public const string Organization = "plenary:organization";
}

/// <summary>Puts a user's role assignments into their sign-in: a role claim each, and the scope they act in.</summary>
public sealed class PlenaryClaimsFactory(UserManager<PlenaryUser> users, IOptions<IdentityOptions> options, PlenaryDbContext db)
    : UserClaimsPrincipalFactory<PlenaryUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlenaryUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PlenaryClaims.DisplayName, user.DisplayName));
        foreach (var a in await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, a.Role.ToString()));
            if (a.BodyId is { } body) identity.AddClaim(new Claim(PlenaryClaims.Body, $"{a.Role}:{body}"));
            // A delegate's State and a stakeholder's organization hold at one body: "{body}:ZAF".
            if (a.State is { } state) identity.AddClaim(new Claim(PlenaryClaims.State, $"{a.BodyId}:{state}"));
            if (a.Organization is { } organization) identity.AddClaim(new Claim(PlenaryClaims.Organization, $"{a.BodyId}:{organization}"));
        }
        return identity;
    }
}
