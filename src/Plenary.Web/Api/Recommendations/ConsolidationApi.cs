using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Recommendations;

/// <summary>A consolidated text made from preliminary texts: their identifiers; the topic, kind and wording (the only source's when left out).</summary>
public sealed record ConsolidateBody(int? Version, IReadOnlyList<string>? Sources, string? Topic, TextKind? Kind, string? Text) : IVersionedBody;

public sealed record AmendConsolidatedBody(int? Version, string? Text, string? Note) : IVersionedBody;

public sealed record ConsolidatedStateBody(int? Version, ConsolidatedState? State) : IVersionedBody;

public sealed record IdentifierBody(int? Version, string? Identifier) : IVersionedBody;

public sealed record DispositionBody(int? Version, string? Identifier, DispositionKind? Kind, string? Reason) : IVersionedBody;

public sealed record ProposalBody(int? Version, IReadOnlyList<string>? Members) : IVersionedBody;

public sealed record SnapshotBody(int? Version, DateOnly? StatusDate, TimeOnly? StatusTime) : IVersionedBody;

public sealed record VersionBody(int? Version) : IVersionedBody;

/// <summary>
/// The consolidation at the stocktaking convening through the API, with the pages' permissions: reading it (public), the
/// assistant's proposals (the Rapporteur), and every write of the workspace (an officer of the body or its Secretariat,
/// with a token, naming the consolidation's version; 0 before its first edit).
/// </summary>
public static class ConsolidationApi
{
    private const string Root = "/bodies/{slug}/meetings/{number:int}/consolidation";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}/consolidation";

    public static void MapConsolidationApi(this RouteGroupBuilder root)
    {
        root.MapGet(Root, async Task<Results<Ok<ConsolidationView>, ProblemHttpResult>> (string slug, int number, ConsolidationQueries q, CancellationToken ct) =>
                await q.GetAsync(slug, number, ct) is { } view ? TypedResults.Ok(view) : NoConvening(slug, number))
            .AllowAnonymous().WithName("GetConsolidation").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The consolidation at a stocktaking convening: every preliminary text of the period with its disposition, the consolidated texts with their versions and states, the snapshots published, whether the list is finalised, and the version to name in writes (0 before the first).");

        root.MapGet(Root + "/proposals", async Task<Results<Ok<IReadOnlyList<ProposalView>>, ProblemHttpResult>> (string slug, int number, ConsolidationQueries q, CancellationToken ct) =>
                await q.GetAsync(slug, number, ct) is { } view ? TypedResults.Ok(ConsolidationQueries.Proposals(view)) : NoConvening(slug, number))
            .AllowAnonymous().WithName("ListConsolidationProposals").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The similarity assistant's proposals among the preliminary texts without a disposition, less those the Rapporteur ignored, best first, with each member's wording shared with the others (public texts, so a public read).");

        root.MapGet(Root + "/snapshots/{snapshot:int}/document", async (string slug, int number, int snapshot, [FromQuery] string? format, ConsolidationQueries q,
                DocumentFormats formats, HttpContext http, CancellationToken ct) =>
            {
                var output = OutputFormat.Html;
                if (format is not null && !DocumentFormats.TryParseFormat(format, out output))
                    return Problems.BadParameter("format", $"'{format}' is not an output format; use one of {DocumentFormats.Names}.");
                if (await q.GetAsync(slug, number, ct) is not { } view) return NoConvening(slug, number);
                if (!view.IsStocktaking)
                    return Problems.Create(StatusCodes.Status404NotFound, "Not found",
                        $"{Plenary.Domain.Editorial.Sentences.Opening(view.ConveningThe)} is not the stocktaking {view.Noun}: it has no agreed texts to publish.");
                if (view.Snapshots.FirstOrDefault(s => s.Number == snapshot) is not { } published)
                    return Problems.Create(StatusCodes.Status404NotFound, "Not found",
                        view.Snapshots.Count == 0
                            ? $"The Secretariat has not published the status of the agreed texts of {view.ConveningThe} yet."
                            : $"There is no status {snapshot} of the agreed texts of {view.ConveningThe}; the Secretariat has published {(view.Snapshots.Count == 1 ? "only one" : Plenary.Domain.Editorial.Numbers.Cardinal(view.Snapshots.Count))} so far.");
                try
                {
                    var file = await formats.RenderAsync(AgreedSnapshotComposer.Compose(view, published), output, ct);
                    if (output == OutputFormat.Html) http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.StandaloneDocumentPolicy;
                    return Results.File(file.Content, file.MediaType, output is OutputFormat.Html or OutputFormat.Txt ? null : AgreedSnapshotComposer.FileName(snapshot, file.Extension));
                }
                catch (PdfEngineMissingException e)
                {
                    return Problems.Create(StatusCodes.Status503ServiceUnavailable, "PDF output is not available", e.Message);
                }
            })
            .AllowAnonymous().WithName("GetAgreedSnapshotDocument").Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithSummary("A published status of the agreed texts (\"Status: 7 April 2021, 6 p.m.\") as a document for the room and online participants (format: docx, pdf, html or txt; html by default).");

        root.MapPost(Root + "/texts", async (string slug, int number, ConsolidateBody? body, HttpContext http, Consolidations edit, CancellationToken ct) =>
            {
                if (body?.Sources is not { Count: > 0 }) return Problems.BadParameter("sources", "Name the preliminary texts the consolidated text is made from: {\"version\": 0, \"sources\": [\"2019/IC/3\", \"2020/IC/1\"], \"text\": \"…\"}.");
                return Problems.FromEdit(await edit.ConsolidateAsync(slug, number, body.BaseVersion(), body.Sources, body.Topic, body.Kind, body.Text, http.User.ActingName(), ct));
            })
            .AsRecordWrite("Consolidate", "Makes a consolidated text from one or more preliminary texts ('sources'); also accepts a proposal of the assistant, whole or split.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPut(Root + "/texts/{text:int}", async (string slug, int number, int text, AmendConsolidatedBody? body, HttpContext http, Consolidations edit, CancellationToken ct) =>
                Problems.FromEdit(await edit.AmendAsync(slug, number, body.BaseVersion(), text, body.Text, body.Note, http.User.ActingName(), ct)))
            .AsRecordWrite("AmendConsolidatedText", "Saves a new version of a consolidated text under negotiation ('text', and an optional 'note'); every earlier version is kept.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/texts/{text:int}/state", async (string slug, int number, int text, ConsolidatedStateBody? body, Consolidations edit, CancellationToken ct) =>
            {
                if (body?.State is not { } state) return Problems.BadParameter("state", "Give the new state: underNegotiation, agreedAdReferendum, adopted or notAdopted.");
                return Problems.FromEdit(await edit.ChangeStateAsync(slug, number, body.BaseVersion(), text, state, ct));
            })
            .AsRecordWrite("ChangeConsolidatedState", "Moves a consolidated text to its next state: agreed ad referendum, adopted, not adopted, or back under negotiation.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/texts/{text:int}/source-removal", async (string slug, int number, int text, IdentifierBody? body, Consolidations edit, CancellationToken ct) =>
                Problems.FromEdit(await edit.RemoveSourceAsync(slug, number, body.BaseVersion(), text, body.Identifier, ct)))
            .AsRecordWrite("RemoveConsolidatedSource", "Takes a preliminary text ('identifier') out of a consolidated text of several sources; it has no disposition until decided again.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/dispositions", async (string slug, int number, DispositionBody? body, Consolidations edit, CancellationToken ct) =>
            {
                if (body?.Kind is not { } kind) return Problems.BadParameter("kind", "Give the disposition: notRetained or deferred (a text is merged or retained by making it a source of a consolidated text).");
                return Problems.FromEdit(await edit.DecideAsync(slug, number, body.BaseVersion(), body.Identifier, kind, body.Reason, ct));
            })
            .AsRecordWrite("RecordDisposition", "Records a preliminary text ('identifier') as not retained or deferred, with an optional 'reason'.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/dispositions/withdrawal", async (string slug, int number, IdentifierBody? body, Consolidations edit, CancellationToken ct) =>
                Problems.FromEdit(await edit.WithdrawAsync(slug, number, body.BaseVersion(), body.Identifier, ct)))
            .AsRecordWrite("WithdrawDisposition", "Withdraws a 'not retained' or 'deferred' disposition of a preliminary text ('identifier').", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/ignored-proposals", async (string slug, int number, ProposalBody? body, Consolidations edit, CancellationToken ct) =>
                Problems.FromEdit(await edit.IgnoreAsync(slug, number, body.BaseVersion(), body.Members ?? [], ct)))
            .AsRecordWrite("IgnoreProposal", "Sets aside a proposal of the assistant ('members': its identifiers); it is no longer offered.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/snapshots", async (string slug, int number, SnapshotBody? body, HttpContext http, Consolidations edit, CancellationToken ct) =>
                Problems.FromEdit(await edit.PublishAsync(slug, number, body.BaseVersion(), body.StatusDate, body.StatusTime, http.User.ActingName(), ct)))
            .AsRecordWrite("PublishSnapshot", "Publishes the texts agreed so far under a status ('statusDate', 'statusTime': \"Status: 7 April 2021, 6 p.m.\").", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Root + "/finalisation", async (string slug, int number, VersionBody? body, Consolidations edit, CancellationToken ct) =>
                Problems.FromEdit(await edit.FinaliseAsync(slug, number, body.BaseVersion(), ct)))
            .AsRecordWrite("FinaliseConsolidation", "Finalises the list; refused, naming them, while any preliminary text lacks a disposition or any consolidated text is neither adopted nor not adopted.", ReadFrom, PreliminaryApi.RefuseUnlessRapporteurAsync, Policies.SignedIn);
    }

    private static ProblemHttpResult NoConvening(string slug, int number) =>
        Problems.Create(StatusCodes.Status404NotFound, "Not found", $"There is no convening {number} of '{slug}'.");
}
