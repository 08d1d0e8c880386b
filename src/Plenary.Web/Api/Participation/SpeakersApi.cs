using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Participation;

/// <summary>Who a write names: a State (by code or name) or an organization of the register.</summary>
public sealed record ParticipantBody(string? State, string? Organization);
public sealed record FloorRequestBody(int? Version, ParticipantBody? Participant, string? Item, string? OnBehalfOf, bool? RightOfReply) : IVersionedBody;
public sealed record MoveSpeakerBody(int? Version, int? To) : IVersionedBody;
public sealed record ClockBody(int? Version, bool? Running) : IVersionedBody;
public sealed record TakeUpBody(int? Version, int? PlenaryMeeting, string? Item) : IVersionedBody;
public sealed record TimeLimitBody(int? Version, int? Seconds) : IVersionedBody;

/// <summary>A request for the floor added to the list: its id (to withdraw or move it) and the list's new version.</summary>
public sealed record CreatedSpeaker(Guid? Id, int? Version);

/// <summary>
/// A meeting's list of speakers through the API, with the same permissions as its pages: everyone reads it; a delegate or
/// stakeholder asks for the floor for their own delegation and withdraws their request; an officer of the body (the Chair)
/// and the Secretariat run it. Each write names the list's version (0 before anyone asked for the floor).
/// </summary>
public static class SpeakersApi
{
    private const string Speakers = "/bodies/{slug}/meetings/{number:int}/speakers";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}/speakers (0 before anyone asked for the floor)";

    public static void MapSpeakersApi(this RouteGroupBuilder api)
    {
        api.MapGet(Speakers, async (string slug, int number, ListOfSpeakers speakers, CancellationToken ct) =>
                await speakers.GetAsync(slug, number, ct) is { } list ? Results.Ok(list) : DelegationsApi.NoMeeting(slug, number))
            .AllowAnonymous()
            .WithName("GetListOfSpeakers")
            .Produces<SpeakersView>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A meeting's list of speakers: the plenary meeting and item under consideration, who has the floor (the clock as stored instants: floorSince and elapsedBeforeMs), and per agenda item who waits and who has spoken. Public.");

        api.MapPost(Speakers, async (string slug, int number, FloorRequestBody? body, HttpContext http, ListOfSpeakers speakers, BodyQueries bodies, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (await bodies.GetAsync(slug, ct) is not { } found) return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
                var own = http.User.OwnDelegation(found.BodyId);
                var who = body.Participant switch
                {
                    { State: { Length: > 0 } state } => ParticipantKey.State(state),
                    { Organization: { Length: > 0 } organization } => ParticipantKey.Organization(organization),
                    _ => own,
                };
                if (who is null) return Problems.BadParameter("participant", "Say who asks for the floor: {\"state\": \"ZAF\"} or {\"organization\": \"Council of Europe\"}.");
                var mayChair = http.User.MayChair(found.BodyId);
                if (!mayChair && (own is null || !Same(own, who)))
                    return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "A delegate asks for the floor only for their own delegation; the Chair and the Secretariat for anyone.");
                var (result, id) = await speakers.RequestAsync(slug, number, version, new FloorRequest(who, body.Item, body.OnBehalfOf, body.RightOfReply ?? false), ct);
                return result.Succeeded ? Results.Created($"/api/v1/bodies/{slug}/meetings/{number}/speakers", new CreatedSpeaker(id, result.Version)) : Problems.FromEdit(result);
            })
            .AsRecordWrite("RequestFloor", "Asks for the floor on an agenda item (item; the one under consideration when left out), on behalf of a group of States (onBehalfOf) or in exercise of the right of reply (rightOfReply). A delegate or stakeholder for their own delegation (participant may be left out); the Chair and the Secretariat for any State or organization.",
                ReadFrom, RefuseUnlessSpeakerAsync, Policies.Speaker, StatusCodes.Status201Created, typeof(CreatedSpeaker));

        api.MapDelete(Speakers + "/{speaker:guid}", async (string slug, int number, Guid speaker, [FromQuery] int? version, HttpContext http, ListOfSpeakers speakers,
                BodyQueries bodies, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                var whose = await speakers.SpeakerAsync(slug, number, speaker, ct);
                if (whose is null) return Problems.Create(StatusCodes.Status404NotFound, "Not found", "That request for the floor is not on the list of speakers.");
                var body = await bodies.GetAsync(slug, ct);
                var mayChair = body is not null && http.User.MayChair(body.BodyId);
                if (!mayChair && (body is null || !Same(http.User.OwnDelegation(body.BodyId), whose)))
                    return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "A delegate withdraws only their own delegation's request; the Chair and the Secretariat any.");
                var result = await speakers.WithdrawAsync(slug, number, v, speaker, ct);
                return result.Succeeded ? Results.NoContent() : Problems.FromEdit(result);
            })
            .AsRecordWrite("WithdrawFloorRequest", "Takes a waiting request off the list (?version=N): a delegate or stakeholder their own, the Chair and the Secretariat any.",
                ReadFrom, RefuseUnlessSpeakerAsync, Policies.Speaker, StatusCodes.Status204NoContent);

        api.MapPost(Speakers + "/{speaker:guid}/move", async (string slug, int number, Guid speaker, MoveSpeakerBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.To is not { } to) return Problems.BadParameter("to", "Give the place the speaker moves to ('to', counted from 1 on the item's list).");
                return Problems.FromEdit(await speakers.MoveAsync(slug, number, version, speaker, to, ct));
            })
            .AsRecordWrite("MoveSpeaker", "The Chair moves a waiting speaker to another place on the item's list.", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);

        api.MapPost(Speakers + "/{speaker:guid}/floor", async (string slug, int number, Guid speaker, VersionBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
                Problems.FromEdit(await speakers.GiveFloorAsync(slug, number, body.BaseVersion(), speaker, ct)))
            .AsRecordWrite("GiveFloor", "The Chair gives the floor to a waiting speaker out of turn; the statement being made is marked made and recorded.", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);

        api.MapPost(Speakers + "/next", async (string slug, int number, VersionBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
                Problems.FromEdit(await speakers.NextAsync(slug, number, body.BaseVersion(), ct)))
            .AsRecordWrite("NextSpeaker", "Next speaker: the statement being made is marked made and recorded, and the first one waiting on the item under consideration has the floor; the clock starts.", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);

        api.MapPost(Speakers + "/finish", async (string slug, int number, VersionBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
                Problems.FromEdit(await speakers.FinishAsync(slug, number, body.BaseVersion(), ct)))
            .AsRecordWrite("FinishStatement", "The Chair marks the statement being made as made (recorded as a statement); the floor is free.", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);

        api.MapPost(Speakers + "/clock", async (string slug, int number, ClockBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Running is not { } running) return Problems.BadParameter("running", "Say whether the clock runs: true to start it, false to stop it.");
                return Problems.FromEdit(await speakers.RunClockAsync(slug, number, version, running, ct));
            })
            .AsRecordWrite("RunSpeakingClock", "The Chair stops (running: false) or starts again (running: true) the speaking-time clock of the speaker holding the floor.", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);

        api.MapPut(Speakers + "/current", async (string slug, int number, TakeUpBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.PlenaryMeeting is not { } plenary) return Problems.BadParameter("plenaryMeeting", "Give the number of the plenary meeting in progress.");
                if (string.IsNullOrWhiteSpace(body.Item)) return Problems.BadParameter("item", "Give the agenda item taken up, such as '2' or '1 (a)'.");
                return Problems.FromEdit(await speakers.TakeUpAsync(slug, number, version, plenary, body.Item, ct));
            })
            .AsRecordWrite("TakeUpItem", "The Chair takes up an agenda item (item) at a plenary meeting (plenaryMeeting); the floor must be free.", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);

        api.MapPut(Speakers + "/time-limit", async (string slug, int number, TimeLimitBody? body, ListOfSpeakers speakers, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Seconds is not { } seconds) return Problems.BadParameter("seconds", "Give the speaking time in seconds (0 for no limit).");
                return Problems.FromEdit(await speakers.LimitSpeakingTimeAsync(slug, number, version, seconds, ct));
            })
            .AsRecordWrite("SetSpeakingTime", "The Chair sets the speaking time of each speaker, in seconds (0: no limit).", ReadFrom, RefuseUnlessChairAsync, Policies.Chair);
    }

    private static bool Same(ParticipantKey? own, ParticipantKey who) =>
        own is not null && own.IsState == who.IsState && (who.IsState
            ? Plenary.Domain.Participation.StateRegister.Find(who.Name)?.Code == own.Name
            : string.Equals(own.Name, who.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Null when the body exists and the caller may run its lists (an officer of the body, the Secretariat); otherwise 404 or 403.</summary>
    internal static async Task<IResult?> RefuseUnlessChairAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        if (await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        return http.User.MayChair(body.BodyId) ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", $"Only an officer of '{slug}' (the Chair) and its Secretariat run its lists of speakers.");
    }

    /// <summary>Null when the body exists and the caller may ask for the floor: for their own delegation, or as the Chair or the Secretariat.</summary>
    private static async Task<IResult?> RefuseUnlessSpeakerAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        if (await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        return http.User.MayChair(body.BodyId) || http.User.OwnDelegation(body.BodyId) is not null ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "Only a delegate or stakeholder (for their own delegation), an officer of the body and its Secretariat use the list of speakers.");
    }
}
