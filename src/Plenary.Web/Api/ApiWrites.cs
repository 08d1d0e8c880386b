using Microsoft.AspNetCore.Authorization;
using Plenary.Application.Accounts;
using Plenary.Application.Bodies;
using Plenary.Web.Security;

namespace Plenary.Web.Api;

/// <summary>What every write to the record through the API shares: a personal access token, the Secretariat's scope, the rate limit, the base version.</summary>
public static class ApiWrites
{
    /// <summary>Marks a route as a write: a token of the Secretariat (or the Administrator), limited to sixty writes a minute.</summary>
    public static RouteHandlerBuilder AsRecordWrite(this RouteHandlerBuilder route, string name, string summary, string policy = Policies.Secretariat) =>
        route.RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = PersonalAccessToken.Scheme, Policy = policy })
            .RequireRateLimiting("token-writes")
            .WithName(name)
            .WithSummary(summary + " Needs a personal access token of the body's Secretariat and the version the edit is based on.");

    /// <summary>Null when the caller may edit the body's record; otherwise the 404 or 403 to answer.</summary>
    public static async Task<IResult?> RefuseUnlessEditorAsync(this HttpContext http, BodyQueries bodies, string slug, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } found)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        if (!http.User.CanEditRecord(found.BodyId))
            return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", $"Only the Secretariat of '{slug}' may edit its record.");
        return null;
    }

    /// <summary>The 400 for a write that does not say which version it was based on.</summary>
    public static IResult MissingVersion(string readFrom) =>
        Problems.BadParameter("version", $"Give the version you read (the 'version' of GET {readFrom}); an edit names what it was based on.");
}
