using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Participation;

public sealed record StatementBody(ParticipantBody? Participant, int? PlenaryMeeting, string? Item, string? OnBehalfOf, bool? RightOfReply);
public sealed record PublicationBody(int? Version, bool? Published) : IVersionedBody;

/// <summary>A statement as the API lists it: <see cref="Text"/> links its text once its delegation publishes it.</summary>
public sealed record StatementAnswer(Guid Id, int PlenaryMeeting, string Item, ParticipantKey Participant, string Name,
    Plenary.Domain.Participation.ParticipantCategory Category, string? OnBehalfOf, bool RightOfReply, int Version, bool Published, string? Text);

/// <summary>A statement recorded: its id and version.</summary>
public sealed record CreatedStatement(Guid? Id, int? Version);

/// <summary>
/// The statements made at a meeting through the API: public to read (a text only once its delegation publishes it); the
/// Secretariat records and removes statements; the delegation (or the Secretariat) uploads a statement's text and publishes it.
/// </summary>
public static class StatementsApi
{
    private const string Statements = "/bodies/{slug}/meetings/{number:int}/statements";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}/statements";

    public static void MapStatementsApi(this RouteGroupBuilder api)
    {
        api.MapGet(Statements, async (string slug, int number, Statements statements, CancellationToken ct) =>
                await statements.ListAsync(slug, number, ct) is { } list
                    ? Results.Ok(list.Select(s => new StatementAnswer(s.Id, s.PlenaryMeeting, s.Item, s.Participant, s.Name, s.Category, s.OnBehalfOf,
                        s.RightOfReply, s.Version, s.Published, s.Published ? $"/api/v1/bodies/{slug}/meetings/{number}/statements/{s.Id}/text" : null)).ToList())
                    : DelegationsApi.NoMeeting(slug, number))
            .AllowAnonymous()
            .WithName("ListStatements")
            .Produces<IReadOnlyList<StatementAnswer>>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The statements made at a meeting: plenary meeting, agenda item, the State or organization, on whose behalf, right of reply, and the link to the text its delegation published.");

        api.MapPost(Statements, async (string slug, int number, StatementBody? body, Statements statements, CancellationToken ct) =>
            {
                var who = body?.Participant switch
                {
                    { State: { Length: > 0 } state } => ParticipantKey.State(state),
                    { Organization: { Length: > 0 } organization } => ParticipantKey.Organization(organization),
                    _ => null,
                };
                if (who is null) return Problems.BadParameter("participant", "Say who made the statement: {\"state\": \"ZAF\"} or {\"organization\": \"Council of Europe\"}.");
                if (body!.PlenaryMeeting is null) return Problems.BadParameter("plenaryMeeting", "Give the number of the plenary meeting at which the statement was made.");
                if (string.IsNullOrWhiteSpace(body.Item)) return Problems.BadParameter("item", "Give the agenda item, such as '2'.");
                var (result, id) = await statements.RecordAsync(slug, number, new StatementInput(who, body.PlenaryMeeting, body.Item, body.OnBehalfOf, body.RightOfReply ?? false), ct);
                return result.Succeeded ? Results.Created($"{ReadFrom.Replace("{slug}", slug).Replace("{number}", number.ToString(System.Globalization.CultureInfo.InvariantCulture))}/{id}/text", new CreatedStatement(id, result.Version))
                    : Problems.FromEdit(result);
            })
            .AsRecordWrite("RecordStatement", "The Secretariat records a statement made at a plenary meeting (participant, plenaryMeeting, item, onBehalfOf, rightOfReply); answers 201 with its id.", readFrom: null,
                success: StatusCodes.Status201Created, answer: typeof(CreatedStatement));

        api.MapDelete(Statements + "/{id:guid}", async (string slug, int number, Guid id, [FromQuery] int? version, Statements statements, CancellationToken ct) =>
            {
                var result = await statements.RemoveAsync(slug, number, id, version.BaseVersion(), ct);
                return result.Succeeded ? Results.NoContent() : Problems.FromEdit(result);
            })
            .AsRecordWrite("RemoveStatement", "The Secretariat removes a statement recorded by mistake, with its text (?version=N).", ReadFrom, success: StatusCodes.Status204NoContent);

        api.MapGet(Statements + "/{id:guid}/text", async (string slug, int number, Guid id, HttpContext http, Statements statements, BodyQueries bodies, CancellationToken ct) =>
            {
                if (await statements.TextAsync(slug, number, id, ct) is var (statement, content) && await bodies.GetAsync(slug, ct) is { } body
                    && (statement.Published || http.User.MayActFor(body.BodyId, statement.Participant)))
                    return Results.File(content, statement.TextContentType, statement.TextFileName);
                return Problems.Create(StatusCodes.Status404NotFound, "No text", "No published text is kept for this statement.");
            })
            .AllowAnonymous()
            .WithName("GetStatementText")
            .Produces(StatusCodes.Status200OK, contentType: Plenary.Domain.Documents.DocumentFile.PdfType, additionalContentTypes: [Plenary.Domain.Documents.DocumentFile.DocxType])
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The text of a statement: public once its delegation publishes it; before, for the delegation and the Secretariat.");

        api.MapPut(Statements + "/{id:guid}/text", async (string slug, int number, Guid id, [FromQuery] int? version, [FromQuery] string? fileName, HttpContext http,
                Statements statements, DocumentLimits limits, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                if (await ApiFiles.ReadAsync(http, limits.MaxFileBytes, "statement", ct) is not { } file) return ApiFiles.Refusal(http, limits.MaxFileBytes);
                return Problems.FromEdit(await statements.AttachTextAsync(slug, number, id, v, file with { FileName = fileName ?? file.FileName }, limits.MaxFileBytes, ct));
            })
            .AsRecordWrite("UploadStatementText", "Uploads (or replaces) the text of a statement: the raw PDF or DOCX as the body, ?version=N and optionally ?fileName=. Its delegation or the Secretariat.",
                ReadFrom, RefuseUnlessStatementsOwnAsync, Policies.Participant)
            .ProducesProblems(StatusCodes.Status413PayloadTooLarge);

        api.MapDelete(Statements + "/{id:guid}/text", async (string slug, int number, Guid id, [FromQuery] int? version, Statements statements, CancellationToken ct) =>
                Problems.FromEdit(await statements.RemoveTextAsync(slug, number, id, version.BaseVersion(), ct)))
            .AsRecordWrite("RemoveStatementText", "Takes the text of a statement away (?version=N); a published text is no longer published. Its delegation or the Secretariat.",
                ReadFrom, RefuseUnlessStatementsOwnAsync, Policies.Participant);

        api.MapPut(Statements + "/{id:guid}/publication", async (string slug, int number, Guid id, PublicationBody? body, Statements statements, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Published is not { } published) return Problems.BadParameter("published", "Say whether the text is published on the meeting page: true or false.");
                return Problems.FromEdit(await statements.PublishAsync(slug, number, id, version, published, ct));
            })
            .AsRecordWrite("PublishStatementText", "Publishes the text of a statement on the meeting page (published: true) or takes it off. Its delegation or the Secretariat.",
                ReadFrom, RefuseUnlessStatementsOwnAsync, Policies.Participant);
    }

    /// <summary>Null when the statement in the route is the caller's delegation's (or the caller is the Secretariat); otherwise 404 or 403.</summary>
    private static async Task<IResult?> RefuseUnlessStatementsOwnAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        var services = http.RequestServices;
        if (await services.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        if (!int.TryParse(http.GetRouteValue("number") as string, out var number) || !Guid.TryParse(http.GetRouteValue("id") as string, out var id)
            || await services.GetRequiredService<Statements>().GetAsync(slug, number, id, http.RequestAborted) is not { } statement)
            return Problems.Create(StatusCodes.Status404NotFound, "Not found", "There is no such statement at this meeting.");
        return http.User.MayActFor(body.BodyId, statement.Participant) ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "A delegation uploads and publishes only its own statements' texts.");
    }
}
