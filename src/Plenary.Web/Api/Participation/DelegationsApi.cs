using Plenary.Application.Bodies;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

using Plenary.Web.Api;

namespace Plenary.Web.Api.Participation;

public sealed record DelegationMemberBody(string? Name, string? Function, bool? Head);
public sealed record DelegationBody(int? Version, ParticipantCategory? Category, IReadOnlyList<DelegationMemberBody>? Members) : IVersionedBody;

/// <summary>
/// A delegation through the API: read and replaced by its own delegate or stakeholder (or the
/// Secretariat). The list names persons, so it is not public.
/// </summary>
public static class DelegationsApi
{
    private const string Route = "/bodies/{slug}/meetings/{number:int}/delegations/{kind}/{participant}";

    public static void MapDelegationsApi(this RouteGroupBuilder api)
    {
        api.MapGet(Route, async (string slug, int number, string kind, string participant, HttpContext http, BodyQueries bodies, Delegations delegations, CancellationToken ct) =>
            {
                var (key, refusal) = await ScopeAsync(http, bodies, slug, kind, participant, ct);
                if (refusal is not null) return refusal;
                return await delegations.GetAsync(slug, number, key!, ct) is { } view
                    ? Results.Ok(view)
                    : Problems.Create(StatusCodes.Status404NotFound, "Meeting not found", $"The body '{slug}' has no meeting numbered {number}.");
            })
            .RequireAuthorization(Policies.Participant)
            .WithName("GetDelegation")
            .Produces<DelegationView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("A delegation to a meeting, for its own delegate or stakeholder and the Secretariat. version 0: not registered yet.");

        api.MapPut(Route, async (string slug, int number, string kind, string participant, DelegationBody? body, Delegations delegations, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Members is null) return Problems.BadParameter("members", "Give the list of persons, in order: [{\"name\": \"Ms. …\", \"function\": \"…\", \"head\": true}].");
                for (var i = 0; i < body.Members.Count; i++)
                    if (string.IsNullOrWhiteSpace(body.Members[i]?.Name))
                        return Problems.BadParameter($"members[{i}].name", "Give each person's name, with honorific.");
                var members = body.Members.Select(m => new DelegationMemberInput(m.Name, m.Function, m.Head ?? false)).ToList();
                ParticipantKey.TryParse(kind, participant, out var key, out _);
                return Problems.FromEdit(await delegations.ReplaceAsync(slug, number, key, version, body.Category, members, ct));
            })
            .AsRecordWrite("ReplaceDelegation", "Replaces the list of persons on a delegation (and its category). A delegate acts only for their own State, a stakeholder only for their own organization.",
                "/api/v1" + Route.Replace(":int", "") + " (0 for a delegation not registered yet)", RefuseUnlessActingForAsync, Policies.Participant);
    }

    /// <summary>Null when the caller may act for the delegation in the route; otherwise the 400, 404 or 403 to answer.</summary>
    private static async Task<IResult?> RefuseUnlessActingForAsync(HttpContext http) =>
        (await ScopeAsync(http, http.RequestServices.GetRequiredService<BodyQueries>(), http.GetRouteValue("slug") as string ?? "",
            http.GetRouteValue("kind") as string ?? "", http.GetRouteValue("participant") as string ?? "", http.RequestAborted)).Refusal;

    /// <summary>The delegation's key when the caller may act for it; otherwise the 404 or 403 to answer.</summary>
    private static async Task<(ParticipantKey? Key, IResult? Refusal)> ScopeAsync(HttpContext http, BodyQueries bodies, string slug, string kind, string participant, CancellationToken ct)
    {
        // A delegation names persons: no cache, shared or private, keeps it.
        http.Response.Headers.CacheControl = "no-store";
        if (!ParticipantKey.TryParse(kind, participant, out var key, out var error))
            return (null, Problems.BadParameter(error.Segment, error.Error));
        if (await bodies.GetAsync(slug, ct) is not { } body)
            return (null, Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'."));
        if (!http.User.MayActFor(body.BodyId, key))
            return (null, Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "A delegate acts only for their own State's delegation, a stakeholder only for their own organization."));
        return (key, null);
    }
}
