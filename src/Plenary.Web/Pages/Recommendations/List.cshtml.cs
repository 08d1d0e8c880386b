using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// A convening's list of preliminary conclusions and recommendations: public to read, by topic. The Rapporteur (an
/// officer of the body, or the Secretariat on their behalf) records texts here; a delegate suggests texts for their
/// own State, which go to the Rapporteur's queue, and follows what became of them.
/// </summary>
[AllowAnonymous]
public sealed class ListModel(PreliminaryQueries queries, PreliminaryTexts texts, Suggestions queue, BodyQueries bodies) : EditorPage
{
    public ConveningListView List { get; private set; } = null!;
    public bool IsRapporteur { get; private set; }
    /// <summary>The Member State the reader suggests for (a delegate of the body); null for others.</summary>
    public string? OwnState { get; private set; }
    public IReadOnlyList<SuggestionView> OwnSuggestions { get; private set; } = [];
    public int Pending { get; private set; }
    /// <summary>The form that was refused ("record" or "suggest"), with what was typed.</summary>
    public (string Form, TextFields Values)? Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct) =>
        await ShowAsync(slug, number, ct) ?? Page();

    public async Task<IActionResult> OnPostRecordAsync(string slug, int number, TextFields fields, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (!IsRapporteur) return Forbid();
        string? recorded = null;
        return await ApplyAsync(async () =>
            {
                var (result, identifier) = await texts.RecordAsync(slug, number, fields.Input(), ct);
                recorded = identifier;
                return result;
            }, "The text was recorded.", () =>
            {
                Message = $"The text was recorded as {recorded}.";
                return Redirect($"/bodies/{slug}/meetings/{number}/recommendations#t-{recorded?.Replace('/', '-')}");
            },
            () => Again(slug, number, "record", fields, ct));
    }

    public async Task<IActionResult> OnPostSuggestAsync(string slug, int number, TextFields fields, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (OwnState is not { } state) return Forbid();
        return await ApplyAsync(async () => (await queue.SubmitAsync(slug, number, state, (fields with { SuggestedBy = state }).Input(), User.ActingName(), ct)).Result,
            "Your suggestion was sent to the Rapporteur's queue; it appears in the list once the Rapporteur accepts it.",
            () => Redirect($"/bodies/{slug}/meetings/{number}/recommendations#own-suggestions"),
            () => Again(slug, number, "suggest", fields, ct));
    }

    private async Task<IActionResult> Again(string slug, int number, string form, TextFields fields, CancellationToken ct)
    {
        await ShowAsync(slug, number, ct);
        Typed = Refused!.IsStale ? null : (form, fields);
        return Page();
    }

    private async Task<IActionResult?> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await queries.ListAsync(slug, number, ct) is not { } list) return NotFound();
        List = list;
        if (User.Identity?.IsAuthenticated == true && await bodies.GetAsync(slug, ct) is { } body)
        {
            IsRapporteur = User.MayActAsRapporteur(body.BodyId);
            OwnState = User.DelegateState(body.BodyId);
            if (IsRapporteur) Pending = (await queries.SuggestionsAsync(slug, number, null, ct) ?? []).Count(s => s.Status == Plenary.Domain.Recommendations.SuggestionStatus.Pending);
            if (OwnState is { } state) OwnSuggestions = await queries.SuggestionsAsync(slug, number, state, ct) ?? [];
        }
        return null;
    }

    public TextForm Form(string form, string handler, string submit, bool askStates, string? statesLabel = null) => new(
        form, handler, submit,
        Typed is { } t && t.Form == form ? t.Values : TextFields.Empty(List.Topics.FirstOrDefault(x => x.Planned)?.Topic),
        List.WorkplanTopics, List.AgendaItems, Typed?.Form == form ? ModelState : null,
        new Dictionary<string, string>(), askStates, StatesLabel: statesLabel ?? "Suggested by (Member States, separated by semicolons)");
}
