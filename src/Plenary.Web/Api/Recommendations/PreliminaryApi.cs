using Microsoft.AspNetCore.Http.HttpResults;
using Plenary.Application.Bodies;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Recommendations;

/// <summary>A preliminary text in a write: the topic by name or code, the States by name or code.</summary>
public sealed record PreliminaryBody(int? Version, string? Topic, string? AgendaItem, TextKind? Kind, string? Text, IReadOnlyList<string>? SuggestedBy, string? Language) : IVersionedBody
{
    public PreliminaryInput Input(IReadOnlyList<string>? states = null) =>
        new(Topic, AgendaItem, Kind ?? TextKind.Recommendation, Text, states ?? SuggestedBy ?? [], Language);
}

public sealed record MergeBody(int? Version, string? Into, string? Text) : IVersionedBody;

public sealed record ReasonBody(int? Version, string? Reason) : IVersionedBody;

/// <summary>
/// The Rapporteur's lists through the API: reading a convening's list and a text (public); recording, amending,
/// merging and removing texts (an officer of the body or its Secretariat, with a token); delegates' suggestions
/// (submitted by a delegate for their own State; read and decided by the Rapporteur).
/// </summary>
public static class PreliminaryApi
{
    private const string List = "/bodies/{slug}/meetings/{number:int}/recommendations";
    private const string Text = "/bodies/{slug}/recommendations/{year:int}/{code}/{n:int}";
    private const string Suggestions = "/bodies/{slug}/meetings/{number:int}/suggestions";
    private const string Suggestion = "/bodies/{slug}/suggestions/{id:guid}";

    public static void MapPreliminaryApi(this RouteGroupBuilder root)
    {
        var read = root.MapGroup("").AllowAnonymous();
        read.MapGet(List, async Task<Results<Ok<ConveningListView>, ProblemHttpResult>> (string slug, int number, PreliminaryQueries q, CancellationToken ct) =>
                await q.ListAsync(slug, number, ct) is { } list ? TypedResults.Ok(list) : NoConvening(slug, number))
            .WithName("GetPreliminaryList").ProducesProblems(StatusCodes.Status404NotFound).WithSummary("A convening's list of preliminary conclusions and recommendations, by topic of the workplan, with the texts that left it.");

        read.MapGet(Text, async Task<Results<Ok<PreliminaryTextView>, ProblemHttpResult>> (string slug, int year, string code, int n, PreliminaryQueries q, CancellationToken ct) =>
                await q.GetAsync(slug, PreliminaryText.Compose(year, code.ToUpperInvariant(), n), ct) is { } text ? TypedResults.Ok(text) : NoText(slug, year, code, n))
            .WithName("GetPreliminaryText").ProducesProblems(StatusCodes.Status404NotFound).WithSummary("One preliminary text by its identifier (2020/IC/12): wording, kind, topic, agenda item, suggesting States, status.");

        root.MapPost(List, async (string slug, int number, PreliminaryBody? body, PreliminaryTexts texts, CancellationToken ct) =>
            {
                if (body?.Text is null) return Problems.BadParameter("text", "Give the text, its topic (name or code), its kind and the States that suggested it: {\"topic\": \"IC\", \"kind\": \"recommendation\", \"text\": \"…\", \"suggestedBy\": [\"BRA\"]}.");
                var (result, identifier) = await texts.RecordAsync(slug, number, body.Input(), ct);
                return Problems.FromEdit(result, identifier is null ? null : $"/api/v1/bodies/{slug}/recommendations/{identifier}");
            })
            .AsRecordWrite("RecordPreliminaryText", "Records a preliminary text under the next free identifier of its year and topic. An officer of the body (the Rapporteur) or its Secretariat.",
                null, RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPut(Text, async (string slug, int year, string code, int n, PreliminaryBody? body, PreliminaryTexts texts, CancellationToken ct) =>
                Problems.FromEdit(await texts.AmendAsync(slug, PreliminaryText.Compose(year, code.ToUpperInvariant(), n), body.BaseVersion(), body.Input(), ct)))
            .AsRecordWrite("AmendPreliminaryText", "Amends a listed text: wording, kind, agenda item, suggesting States, language (its topic and identifier stay).",
                "/api/v1" + Text.Replace(":int", ""), RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Text + "/merge", async (string slug, int year, string code, int n, MergeBody? body, PreliminaryTexts texts, CancellationToken ct) =>
                Problems.FromEdit(await texts.MergeAsync(slug, PreliminaryText.Compose(year, code.ToUpperInvariant(), n), body.BaseVersion(), body.Into, ct)))
            .AsRecordWrite("MergePreliminaryText", "Merges a text into another of the same convening's list ('into': its identifier); the other takes its States, this one keeps its identifier.",
                "/api/v1" + Text.Replace(":int", ""), RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Text + "/removal", async (string slug, int year, string code, int n, ReasonBody? body, PreliminaryTexts texts, CancellationToken ct) =>
                Problems.FromEdit(await texts.RemoveAsync(slug, PreliminaryText.Compose(year, code.ToUpperInvariant(), n), body.BaseVersion(), body.Reason, ct)))
            .AsRecordWrite("RemovePreliminaryText", "Takes a text off the list, for the 'reason' given; its identifier stays taken.",
                "/api/v1" + Text.Replace(":int", ""), RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapGet(Suggestions, async (string slug, int number, HttpContext http, BodyQueries bodies, PreliminaryQueries q, CancellationToken ct) =>
            {
                if (await bodies.GetAsync(slug, ct) is not { } found) return NoConvening(slug, number);
                string? state = null;
                if (!http.User.MayActAsRapporteur(found.BodyId))
                {
                    state = http.User.DelegateState(found.BodyId);
                    if (state is null) return Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "The queue is the Rapporteur's; a delegate reads the suggestions of their own State.");
                }
                return await q.SuggestionsAsync(slug, number, state, ct) is { } list ? Results.Ok(list) : NoConvening(slug, number);
            })
            .RequireAuthorization(Policies.SignedIn)
            .Produces<IReadOnlyList<SuggestionView>>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("ListSuggestions").WithSummary("The suggestions of a convening: all of them for the Rapporteur (an officer of the body) and the Secretariat, a delegate's own State's for a delegate.");

        root.MapPost(Suggestions, async (string slug, int number, PreliminaryBody? body, HttpContext http, BodyQueries bodies, Suggestions queue, CancellationToken ct) =>
            {
                if (body?.Text is null) return Problems.BadParameter("text", "Give the text, its topic and its kind: {\"topic\": \"IC\", \"kind\": \"recommendation\", \"text\": \"…\"}.");
                if (await bodies.GetAsync(slug, ct) is not { } found) return NoConvening(slug, number);
                // A delegate suggests for their own State; the Secretariat enters a suggestion on a delegation's behalf, naming its State.
                var state = http.User.DelegateState(found.BodyId) ?? (body.SuggestedBy is [var first, ..] ? first : null);
                if (state is null) return Problems.BadParameter("suggestedBy", "Name the State the suggestion is made for: \"suggestedBy\": [\"ZAF\"].");
                var (result, id) = await queue.SubmitAsync(slug, number, state, body.Input([state]), http.User.ActingName(), ct);
                return Problems.FromEdit(result, id is null ? null : $"/api/v1/bodies/{slug}/suggestions/{id}");
            })
            .AsRecordWrite("SubmitSuggestion", "A delegate submits a suggestion for their own State during the convening (the Secretariat may enter one on a delegation's behalf, naming the State in 'suggestedBy'); it goes to the Rapporteur's queue, not to the list.",
                null, RefuseUnlessDelegateAsync, Policies.SignedIn);

        root.MapPost(Suggestion + "/acceptance", async (string slug, Guid id, PreliminaryBody? body, HttpContext http, Suggestions queue, PreliminaryQueries q, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (await q.SuggestionAsync(slug, id, ct) is not { } s) return Problems.Create(StatusCodes.Status404NotFound, "Not found", $"There is no suggestion {id}.");
                var input = new PreliminaryInput(body.Topic ?? s.Topic, body.AgendaItem ?? s.AgendaItem, body.Kind ?? s.Kind, body.Text ?? s.Text, body.SuggestedBy ?? [s.State.Code], body.Language ?? s.Language);
                var (result, identifier) = await queue.AcceptAsync(slug, id, version, input, http.User.ActingName(), ct);
                return Problems.FromEdit(result, identifier is null ? null : $"/api/v1/bodies/{slug}/recommendations/{identifier}");
            })
            .AsRecordWrite("AcceptSuggestion", "Accepts a suggestion into the list as a new text, as submitted or with the fields given changed.",
                "/api/v1/bodies/{slug}/meetings/{number}/suggestions", RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Suggestion + "/merge", async (string slug, Guid id, MergeBody? body, HttpContext http, Suggestions queue, CancellationToken ct) =>
                Problems.FromEdit(await queue.MergeAsync(slug, id, body.BaseVersion(), body.Into, body.Text, http.User.ActingName(), ct)))
            .AsRecordWrite("MergeSuggestion", "Merges a suggestion into a listed text of its convening ('into'), whose States it joins; 'text' may give the text new wording.",
                "/api/v1/bodies/{slug}/meetings/{number}/suggestions", RefuseUnlessRapporteurAsync, Policies.SignedIn);

        root.MapPost(Suggestion + "/declination", async (string slug, Guid id, ReasonBody? body, HttpContext http, Suggestions queue, CancellationToken ct) =>
                Problems.FromEdit(await queue.DeclineAsync(slug, id, body.BaseVersion(), body.Reason, http.User.ActingName(), ct)))
            .AsRecordWrite("DeclineSuggestion", "Declines a suggestion for the 'reason' given, which the delegation reads.",
                "/api/v1/bodies/{slug}/meetings/{number}/suggestions", RefuseUnlessRapporteurAsync, Policies.SignedIn);
    }

    /// <summary>Null when the caller may act as the body's Rapporteur (an officer, the Secretariat, the Administrator); else 404 or 403.</summary>
    public static async Task<IResult?> RefuseUnlessRapporteurAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        if (await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        return http.User.MayActAsRapporteur(body.BodyId) ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", $"Only the Rapporteur (an officer of '{slug}') or its Secretariat may do this.");
    }

    /// <summary>Null when the caller is a delegate of a Member State at the body's convenings, or its Secretariat; else 404 or 403.</summary>
    private static async Task<IResult?> RefuseUnlessDelegateAsync(HttpContext http)
    {
        var slug = http.GetRouteValue("slug") as string ?? "";
        if (await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is not { } body)
            return Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'.");
        return http.User.DelegateState(body.BodyId) is not null || http.User.CanEditRecord(body.BodyId) ? null
            : Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "A suggestion is submitted by a delegate, for their own State; the Rapporteur records texts directly.");
    }

    private static ProblemHttpResult NoConvening(string slug, int number) =>
        Problems.Create(StatusCodes.Status404NotFound, "Not found", $"There is no convening {number} of '{slug}'.");

    private static ProblemHttpResult NoText(string slug, int year, string code, int n) =>
        Problems.Create(StatusCodes.Status404NotFound, "Not found", $"'{slug}' has no preliminary text {year}/{code}/{n}.");
}
