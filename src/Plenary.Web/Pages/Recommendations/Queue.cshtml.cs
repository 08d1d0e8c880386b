using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// The Rapporteur's queue: delegates' suggestions, never in the list until the Rapporteur accepts one (as submitted or
/// edited), merges it into a listed text, or declines it with a reason the delegate reads.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.SignedIn)]
public sealed class QueueModel(PreliminaryQueries queries, Suggestions queue, BodyQueries bodies) : EditorPage
{
    public ConveningListView List { get; private set; } = null!;
    public IReadOnlyList<SuggestionView> Suggestions { get; private set; } = [];
    /// <summary>The suggestion and form refused, with what was typed.</summary>
    public (Guid Id, string Form, TextFields? Values)? Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct) => await ShowAsync(slug, number, ct) ?? Page();

    public Task<IActionResult> OnPostAcceptAsync(string slug, int number, Guid id, int version, TextFields fields, CancellationToken ct) =>
        Decide(slug, number, id, "accept", fields, async () => (await queue.AcceptAsync(slug, id, version, fields.Input(), User.ActingName(), ct)).Result,
            "The suggestion was accepted into the list.", ct);

    public Task<IActionResult> OnPostMergeAsync(string slug, int number, Guid id, int version, string? into, string? text, CancellationToken ct) =>
        Decide(slug, number, id, "merge", null, () => queue.MergeAsync(slug, id, version, into, text, User.ActingName(), ct),
            $"The suggestion was merged into {into}.", ct);

    public Task<IActionResult> OnPostDeclineAsync(string slug, int number, Guid id, int version, string? reason, CancellationToken ct) =>
        Decide(slug, number, id, "decline", null, () => queue.DeclineAsync(slug, id, version, reason, User.ActingName(), ct),
            "The suggestion was declined; the delegation sees the reason.", ct);

    private async Task<IActionResult> Decide(string slug, int number, Guid id, string form, TextFields? fields,
        Func<Task<Plenary.Application.Editing.EditResult>> edit, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        return await ApplyAsync(edit, done, () => Redirect($"/bodies/{slug}/meetings/{number}/recommendations/queue"), async () =>
        {
            await ShowAsync(slug, number, ct);
            Typed = Refused!.IsStale ? null : (id, form, fields);
            return Page();
        });
    }

    private async Task<IActionResult?> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        if (!User.MayActAsRapporteur(body.BodyId)) return Forbid();
        if (await queries.ListAsync(slug, number, ct) is not { } list) return NotFound();
        List = list;
        Suggestions = await queries.SuggestionsAsync(slug, number, null, ct) ?? [];
        return null;
    }

    public string? ErrorFor(Guid id, string form, string field) =>
        Typed is { } t && t.Id == id && t.Form == form ? ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage : null;

    public TextForm AcceptForm(SuggestionView s) => new($"accept-{s.Id:N}", "Accept", "Accept into the list",
        Typed is { } t && t.Id == s.Id && t.Form == "accept" && t.Values is { } v ? v : TextFields.Of(s),
        List.WorkplanTopics, List.AgendaItems, Typed is { } u && u.Id == s.Id && u.Form == "accept" ? ModelState : null,
        new Dictionary<string, string> { ["id"] = s.Id.ToString(), ["version"] = s.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        StatesLabel: "Suggested by (the delegation's State, and others that joined it)");
}
