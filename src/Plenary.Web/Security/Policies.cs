using Plenary.Domain.Accounts;

namespace Plenary.Web.Security;

/// <summary>
/// The authorization policies. Every route names what it needs: public reading is allowed
/// anonymously, account pages need a signed-in user, everything else is denied by default.
/// </summary>
public static class Policies
{
    public const string SignedIn = "signed-in";
    public const string Administrator = "administrator";
    public const string Secretariat = "secretariat";
    /// <summary>Those who act for a delegation: its delegate or stakeholder, and the Secretariat on their behalf (the scope is checked per delegation).</summary>
    public const string Participant = "participant";
    /// <summary>Those who run a list of speakers: an officer of the body (the Chair), and the Secretariat (the scope is checked per body).</summary>
    public const string Chair = "chair";
    /// <summary>Those who use a list of speakers: a delegate or stakeholder (for their own delegation), an officer of the body, the Secretariat.</summary>
    public const string Speaker = "speaker";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        // Denied by default: a route without its own policy requires a signed-in user, and the
        // route audit test fails the build for any route that names no policy at all.
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Administrator, p => p.RequireRole(nameof(AccessRole.Administrator)));
        options.AddPolicy(Secretariat, p => p.RequireRole(nameof(AccessRole.Secretariat), nameof(AccessRole.Administrator)));
        options.AddPolicy(Chair, p => p.RequireRole(nameof(AccessRole.Officer), nameof(AccessRole.Secretariat), nameof(AccessRole.Administrator)));
        options.AddPolicy(Speaker, p => p.RequireRole(nameof(AccessRole.Delegate), nameof(AccessRole.Stakeholder), nameof(AccessRole.Officer), nameof(AccessRole.Secretariat), nameof(AccessRole.Administrator)));
        options.AddPolicy(Participant, p => p.RequireRole(nameof(AccessRole.Delegate), nameof(AccessRole.Stakeholder), nameof(AccessRole.Secretariat), nameof(AccessRole.Administrator)));
    }
}
