using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;

namespace Plenary.Web.Api.Participation;

public sealed record OrganizationBody(int? Version, string? Name, string? Abbreviation, ParticipantCategory? Category) : IVersionedBody;

/// <summary>What adding an organization answers: its id and edit version.</summary>
public sealed record AddedOrganization(Guid Id, int? Version);

/// <summary>
/// The registers of States and organizations through the API: reading both is public; the Secretariat (of any body) and the
/// Administrator add organizations and rename or recategorise them, with a personal access token, as on the pages.
/// </summary>
public static class RegisterApi
{
    public static void MapRegisterApi(this RouteGroupBuilder root)
    {
        var read = root.MapGroup("").AllowAnonymous();

        read.MapGet("/states", Results<Ok<IReadOnlyList<StateView>>, ProblemHttpResult> ([FromQuery] string? q, [FromQuery] string? group) =>
            {
                RegionalGroup? g = null;
                if (group is not null)
                {
                    if (!RegionalGroups.TryParse(group, out var parsed))
                        return Problems.BadParameter("group", $"'{group}' is not a regional group; use one of {string.Join(", ", RegionalGroups.All.Select(x => JsonName(x.ToString())))}.");
                    g = parsed;
                }
                return TypedResults.Ok<IReadOnlyList<StateView>>(StateRegister.Search(q, g).Select(StateView.Of).ToList());
            })
            .WithName("ListStates")
            .ProducesProblems(StatusCodes.Status400BadRequest)
            .WithSummary("The register of States (193 Member States, then the two observer States) in the United Nations alphabetical order; q narrows to names or codes that hold it, group to a regional group (african, asiaPacific, easternEuropean, latinAmericanAndCaribbean, westernEuropeanAndOthers).");

        read.MapGet("/states/{code}", Results<Ok<StateView>, ProblemHttpResult> (string code) =>
                StateRegister.Find(code) is { } state
                    ? TypedResults.Ok(StateView.Of(state))
                    : Problems.Create(StatusCodes.Status404NotFound, "State not found",
                        $"'{code}' is not a State in the register; pick a Member State or observer State by name or by its three-letter code, such as ZAF for South Africa."))
            .WithName("GetState")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A State by its three-letter code (ZAF) or its name (South Africa, Türkiye, the Islamic Republic of Iran).");

        read.MapGet("/organizations", async Task<Results<Ok<IReadOnlyList<OrganizationView>>, ProblemHttpResult>> ([FromQuery] string? q, [FromQuery] string? category, Organizations organizations, CancellationToken ct) =>
            {
                ParticipantCategory? c = null;
                if (category is not null)
                {
                    if (!ParticipantCategories.TryParseOrganizationCategory(category, out var parsed))
                        return Problems.BadParameter("category", $"'{category}' is not a category of organization; use one of {Categories}.");
                    c = parsed;
                }
                return TypedResults.Ok(await organizations.ListAsync(q, c, ct));
            })
            .WithName("ListOrganizations")
            .ProducesProblems(StatusCodes.Status400BadRequest)
            .WithSummary($"The register of organizations in alphabetical order; q narrows to names or abbreviations that hold it, category to one of {Categories}.");

        read.MapGet("/organizations/{id}", async Task<Results<Ok<OrganizationView>, ProblemHttpResult>> (string id, Organizations organizations, CancellationToken ct) =>
                await organizations.FindAsync(id, ct) is { } organization
                    ? TypedResults.Ok(organization)
                    : Problems.Create(StatusCodes.Status404NotFound, "Organization not found", $"'{id}' is not an organization in the register; give its id, its name or its abbreviation."))
            .WithName("GetOrganization")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("An organization by its id, its name or its abbreviation, with its edit 'version'.");

        root.MapPost("/organizations", async (OrganizationBody? body, Organizations organizations, CancellationToken ct) =>
            {
                if (Missing(body) is { } missing) return missing;
                var (result, id) = await organizations.AddAsync(new(body!.Name, body.Abbreviation, body.Category), ct);
                return result.Succeeded
                    ? Results.Created($"/api/v1/organizations/{id}", new AddedOrganization(id!.Value, result.Version))
                    : Problems.FromEdit(result);
            })
            .AsRecordWrite("AddOrganization", "Adds an organization to the register: name, abbreviation (optional), category; answers 201 with its id. The Secretariat of any body, or the Administrator.",
                readFrom: null, scope: AnyKeeper, success: StatusCodes.Status201Created, answer: typeof(AddedOrganization))
            .WithSummary("Adds an organization to the register: name, abbreviation (optional), category; answers 201 with its id. Needs a personal access token of the Secretariat (of any body) or of the Administrator.");

        root.MapPut("/organizations/{id}", async (string id, OrganizationBody? body, Organizations organizations, CancellationToken ct) =>
            {
                if (!Guid.TryParse(id, out var organizationId))
                    return Problems.BadParameter("id", $"'{id}' is not an organization's id; GET /api/v1/organizations/{{name}} gives it.");
                if (Missing(body) is { } missing) return missing;
                return Problems.FromEdit(await organizations.EditAsync(organizationId, body.BaseVersion(), new(body.Name, body.Abbreviation, body.Category), ct));
            })
            .AsRecordWrite("EditOrganization", "Renames or recategorises an organization of the register: version, name, abbreviation, category. The Secretariat of any body, or the Administrator.",
                readFrom: "/api/v1/organizations/{id}", scope: AnyKeeper)
            .WithSummary("Renames or recategorises an organization of the register: version, name, abbreviation, category. Needs a personal access token of the Secretariat (of any body) or of the Administrator, and the version the edit is based on.");
    }

    /// <summary>The register is no one body's: the policy (the Secretariat of any body, or the Administrator) is the whole scope.</summary>
    private static Task<IResult?> AnyKeeper(HttpContext http) => Task.FromResult<IResult?>(null);

    /// <summary>The 400 for a body without a name or a category; the domain checks what they say.</summary>
    private static IResult? Missing(OrganizationBody? body) =>
        string.IsNullOrWhiteSpace(body?.Name) ? Problems.BadParameter("name", "Give the organization's name, in full.")
        : body.Category is null ? Problems.BadParameter("category", $"Give the organization's category: one of {Categories}.")
        : null;

    private static string Categories => string.Join(", ", ParticipantCategories.Organizations.Select(c => JsonName(c.ToString())));

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
