using Plenary.Application.Participation;

namespace Plenary.Web.Api.Participation;

public sealed record PanellistBody(int? Version, string? Title, string? Name, string? State, string? Organization) : IVersionedBody;
public sealed record MovePanellistBody(int? Version, int? To) : IVersionedBody;

/// <summary>The panel of each agenda item through the API, for the body's Secretariat; each write names the meeting's version.</summary>
public static class PanelsApi
{
    private const string Panel = "/bodies/{slug}/meetings/{number:int}/agenda/items/{item}/panellists";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}";

    public static void MapPanelsApi(this RouteGroupBuilder api)
    {
        api.MapPost(Panel, async (string slug, int number, string item, PanellistBody? body, Panels panels, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.Name)) return Problems.BadParameter("name", "Give the panellist's name, such as Markko Künnapu (the title apart).");
                return Problems.FromEdit(await panels.AddAsync(slug, number, version, item, new(body.Title, body.Name, body.State, body.Organization), ct),
                    created: $"/api/v1/bodies/{slug}/meetings/{number}");
            })
            .AsRecordWrite("AddPanellist", "Adds a panellist to an agenda item's panel: title (Mr., Ms., Dr. …), name, and the State (name or code) or the organization of the register they come from.", ReadFrom, success: StatusCodes.Status201Created);

        api.MapPut(Panel + "/{position:int}", async (string slug, int number, string item, int position, PanellistBody? body, Panels panels, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (string.IsNullOrWhiteSpace(body.Name)) return Problems.BadParameter("name", "Give the panellist's name.");
                return Problems.FromEdit(await panels.EditAsync(slug, number, version, item, position, new(body.Title, body.Name, body.State, body.Organization), ct));
            })
            .AsRecordWrite("EditPanellist", "Replaces a panellist's title, name, State or organization; panellists are numbered from 1 in the item's 'panellists'.", ReadFrom);

        api.MapDelete(Panel + "/{position:int}", async (string slug, int number, string item, int position, [Microsoft.AspNetCore.Mvc.FromQuery] int? version, Panels panels, CancellationToken ct) =>
                Problems.FromEdit(await panels.RemoveAsync(slug, number, version.BaseVersion(), item, position, ct)))
            .AsRecordWrite("RemovePanellist", "Removes a panellist from an item's panel (?version=N); those after move up.", ReadFrom);

        api.MapPost(Panel + "/{position:int}/move", async (string slug, int number, string item, int position, MovePanellistBody? body, Panels panels, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.To is not { } to) return Problems.BadParameter("to", "Give the place the panellist moves to ('to', counted from 1).");
                return Problems.FromEdit(await panels.MoveAsync(slug, number, version, item, position, to, ct));
            })
            .AsRecordWrite("MovePanellist", "Moves a panellist to another place in the item's panel.", ReadFrom);
    }
}
