using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Plenary.Application.Accounts;

namespace Plenary.Web.Security;

/// <summary>
/// Passkeys (WebAuthn) with ASP.NET Core Identity's own ceremony: the options the browser needs come
/// from two JSON endpoints that wwwroot/js/passkeys.js calls; the browser's answer comes back in an
/// ordinary form post (the account page adds a passkey, the sign-in page signs in with one).
/// </summary>
public static class Passkeys
{
    public const string CreationOptionsPath = "/account/passkeys/creation-options";
    public const string RequestOptionsPath = "/account/passkeys/request-options";
    public const int MaxNameLength = 100;

    /// <summary>
    /// Plenary:Passkeys:ServerDomain is the relying party id (default: the host the request came to);
    /// Plenary:Passkeys:Origins lists the origins a passkey may be used from (default: the request's
    /// own scheme and host, which is right unless a proxy changes them).
    /// </summary>
    public static IServiceCollection AddPlenaryPasskeys(this IServiceCollection services, IConfiguration configuration)
    {
        var domain = configuration["Plenary:Passkeys:ServerDomain"];
        var origins = configuration.GetSection("Plenary:Passkeys:Origins").Get<string[]>() ?? [];
        return services.Configure<IdentityPasskeyOptions>(o =>
        {
            o.ServerDomain = string.IsNullOrWhiteSpace(domain) ? null : domain.Trim();
            // Signing in names no account first, so the credential must be discoverable on the authenticator.
            o.ResidentKeyRequirement = "required";
            o.UserVerificationRequirement = "required";
            o.ValidateOrigin = c => ValueTask.FromResult(IsAllowedOrigin(c, origins));
        });
    }

    private static bool IsAllowedOrigin(PasskeyOriginValidationContext c, string[] configured)
    {
        if (c.CrossOrigin || string.IsNullOrEmpty(c.Origin)) return false;
        var request = c.HttpContext.Request;
        var allowed = configured.Length > 0 ? configured : [$"{request.Scheme}://{request.Host}"];
        return allowed.Any(a => string.Equals(a.TrimEnd('/'), c.Origin, StringComparison.OrdinalIgnoreCase));
    }

    public static void MapPasskeyEndpoints(this IEndpointRouteBuilder app)
    {
        // Options for a new passkey of the signed-in user.
        app.MapPost(CreationOptionsPath, async (HttpContext http, UserManager<PlenaryUser> users, SignInManager<PlenaryUser> signIn) =>
            {
                if (await AntiforgeryProblemAsync(http) is { } refused) return refused;
                if (await users.GetUserAsync(http.User) is not { } user) return Results.Challenge();
                var entity = new PasskeyUserEntity { Id = user.Id.ToString(), Name = user.Email ?? user.UserName ?? "", DisplayName = user.DisplayName };
                return Results.Content(await signIn.MakePasskeyCreationOptionsAsync(entity), "application/json");
            })
            .RequireAuthorization(Policies.SignedIn)
            .ExcludeFromDescription();

        // Options to sign in with any passkey of this site: no account is named, so nothing tells which exist.
        app.MapPost(RequestOptionsPath, async (HttpContext http, SignInManager<PlenaryUser> signIn) =>
                await AntiforgeryProblemAsync(http) ?? Results.Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json"))
            .AllowAnonymous()
            .RequireRateLimiting("sign-in")
            .ExcludeFromDescription();
    }

    /// <summary>The endpoints are called by the page's script, which sends the page's antiforgery token in a header.</summary>
    private static async Task<IResult?> AntiforgeryProblemAsync(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or wrong",
                detail: "Send the page's antiforgery token in the RequestVerificationToken header; reload the page and try again.");
        }
    }

    /// <summary>Why the browser's answer cannot be a passkey response, or null when it is a JSON object.</summary>
    public static string? Unreadable(string? credentialJson, string ceremony)
    {
        if (string.IsNullOrWhiteSpace(credentialJson))
            return $"No passkey was received (CredentialJson is empty): {ceremony} needs a browser with JavaScript and passkeys.";
        try
        {
            using var document = JsonDocument.Parse(credentialJson);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null
                : "The passkey response (CredentialJson) must be the JSON object the browser gives; try again.";
        }
        catch (JsonException)
        {
            return "The passkey response (CredentialJson) is not JSON; it must be the JSON object the browser gives. Try again.";
        }
    }

    public static string Encode(byte[] credentialId) => System.Buffers.Text.Base64Url.EncodeToString(credentialId);

    public static byte[]? Decode(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        try { return System.Buffers.Text.Base64Url.DecodeFromChars(id); }
        catch (FormatException) { return null; }
    }
}
