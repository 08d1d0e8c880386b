using Microsoft.AspNetCore.Authorization;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Api;

public sealed record AddAgendaItemBody(int? Version, string? Title, string? ShortTitle, string? Annotation, int? ParentItem);

/// <summary>The agenda's writes through the API, for a personal access token of the body's Secretariat.</summary>
public static class AgendaApi
{
    public static void MapAgendaApi(this RouteGroupBuilder api)
    {
        api.MapPost("/bodies/{slug}/meetings/{number:int}/agenda/items", async (string slug, int number, AddAgendaItemBody? body,
                HttpContext http, BodyQueries bodies, EditMeeting edit, CancellationToken ct) =>
            {
                if (await bodies.GetAsync(slug, ct) is not { } found)
                    return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
                if (!http.User.CanEditRecord(found.BodyId))
                    return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", $"Only the Secretariat of '{slug}' may edit its record.");
                if (body?.Version is not { } version)
                    return Problems.BadParameter("version", "Give the meeting's version you read (the 'version' of GET /api/v1/bodies/{slug}/meetings/{number}); an edit names what it was based on.");
                if (string.IsNullOrWhiteSpace(body.Title))
                    return Problems.BadParameter("title", "Give the item's title.");
                var result = await edit.AddItemAsync(slug, number, version, body.Title, body.ShortTitle, body.Annotation, body.ParentItem, ct);
                if (result.NotFound) return Problems.Create(StatusCodes.Status404NotFound, "Meeting not found", result.Error!);
                if (result.Succeeded) return Results.Created($"/api/v1/bodies/{slug}/meetings/{number}", new { version = version + 1 });
                return Problems.Create(result.ChangedSince is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict,
                    result.ChangedSince is null ? "The edit breaks a rule" : "The meeting changed since you read it", result.Error!);
            })
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = Plenary.Application.Accounts.PersonalAccessToken.Scheme, Policy = Policies.Secretariat })
            .RequireRateLimiting("token-writes")
            .WithName("AddAgendaItem")
            .WithSummary("Adds an item (or a sub-item of parentItem) to a meeting's agenda. Needs a personal access token of the body's Secretariat and the meeting version the edit is based on.");
    }
}
