using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Plenary.Application.Accounts;
using Plenary.Application.Bodies;
using Plenary.Web.Security;

namespace Plenary.Web.Api;

/// <summary>A write's JSON body: it names the version of the record it was based on.</summary>
public interface IVersionedBody
{
    int? Version { get; }
}

/// <summary>
/// What every write to the record through the API shares, in one place: a personal access token,
/// the policy, the rate limit, and a filter that runs before the handler: the caller's scope (by
/// default, an editor of the body in the route: 404 for no such body, 403 for another body's
/// Secretariat) and the base version (400 naming 'version' when the body or the query leaves it out).
/// A handler then reads its version with <see cref="BaseVersion(IVersionedBody?)"/>.
/// </summary>
public static class ApiWrites
{
    /// <summary>
    /// Marks a route as a write: a token holding <paramref name="policy"/> (the Secretariat's by default), sixty writes a
    /// minute, and the filter above. The version is the query's <c>version</c> or the <see cref="IVersionedBody"/>'s,
    /// whichever the handler takes; a handler that takes neither (registering a new entry) names no version.
    /// </summary>
    /// <param name="readFrom">Where the version is read, for the message when it is missing: "/api/v1/bodies/{slug}"; null for a write that adds something new and names no version.</param>
    /// <param name="success">What it answers when done: 200 with the new version, 201 when it adds something, 204 for a removal that answers nothing.</param>
    /// <param name="answer">The type of a successful answer, when it is not <see cref="EditedVersion"/>.</param>
    /// <param name="scope">Refuses a caller who may not make this write (null when they may); by default <see cref="RefuseUnlessEditorAsync"/>.</param>
    public static RouteHandlerBuilder AsRecordWrite(this RouteHandlerBuilder route, string name, string summary, string? readFrom,
        Func<HttpContext, Task<IResult?>>? scope = null, string policy = Policies.Secretariat, int success = StatusCodes.Status200OK, Type? answer = null) =>
        route.RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = PersonalAccessToken.Scheme, Policy = policy })
            .RequireRateLimiting("token-writes")
            .WithName(name)
            .WithSummary(summary + " Needs a personal access token of the body's Secretariat and the version the edit is based on.")
            .Produces(success, success == StatusCodes.Status204NoContent ? null : answer ?? typeof(EditedVersion))
            // A field missing or breaking a rule, no or a revoked token, another body's token, no such thing, a stale version or a clash, the rate limit.
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden,
                StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status429TooManyRequests)
            .AddEndpointFilterFactory((factory, next) =>
            {
                var versionAt = readFrom is null ? null : VersionParameter(factory.MethodInfo);
                var refuse = scope ?? RefuseUnlessEditorAsync;
                return async invocation =>
                {
                    if (await refuse(invocation.HttpContext) is { } refusal) return refusal;
                    if (versionAt is { } i && VersionOf(invocation.Arguments[i]) is null) return MissingVersion(readFrom!);
                    return await next(invocation);
                };
            });

    /// <summary>Declares the problem responses (application/problem+json) a route can give, for the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder route, params int[] statuses)
    {
        foreach (var status in statuses) route.ProducesProblem(status);
        return route;
    }

    /// <summary>The version of a write's body, which the filter of <see cref="AsRecordWrite"/> has checked is there.</summary>
    public static int BaseVersion([NotNull] this IVersionedBody? body) =>
        body?.Version ?? throw new InvalidOperationException("A record write's version is checked before its handler runs (AsRecordWrite).");

    /// <summary>The version of a write named in its query (?version=N), which the filter of <see cref="AsRecordWrite"/> has checked is there.</summary>
    public static int BaseVersion([NotNull] this int? version) =>
        version ?? throw new InvalidOperationException("A record write's version is checked before its handler runs (AsRecordWrite).");

    /// <summary>Null when the caller may edit the record of the body in the route; otherwise the 404 or 403 to answer.</summary>
    public static async Task<IResult?> RefuseUnlessEditorAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        var bodies = http.RequestServices.GetRequiredService<BodyQueries>();
        if (await bodies.GetAsync(slug, http.RequestAborted) is not { } found)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        if (!http.User.CanEditRecord(found.BodyId))
            return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", $"Only the Secretariat of '{slug}' may edit its record.");
        return null;
    }

    /// <summary>The 400 for a write that does not say which version it was based on.</summary>
    public static IResult MissingVersion(string readFrom) =>
        Problems.BadParameter("version", $"Give the version you read (the 'version' of GET {readFrom}); an edit names what it was based on.");

    /// <summary>Where the handler takes its version: a query parameter named 'version', or a body that names one.</summary>
    private static int? VersionParameter(MethodInfo handler)
    {
        var parameters = handler.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
            if ((parameters[i].Name == "version" && parameters[i].ParameterType == typeof(int?)) || typeof(IVersionedBody).IsAssignableFrom(parameters[i].ParameterType))
                return i;
        return null;
    }

    private static int? VersionOf(object? argument) => argument switch
    {
        int version => version,
        IVersionedBody body => body.Version,
        _ => null,
    };
}
