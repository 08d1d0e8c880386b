using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// One consolidated text: its wording, its sources (with their convenings and suggesting States), its state and every
/// version with the words each changed. The Rapporteur amends it while it is under negotiation, moves it from state to
/// state and takes a source out of it (after a confirmation).
/// </summary>
[AllowAnonymous]
public sealed class ConsolidatedTextModel(ConsolidationQueries queries, Consolidations edit, BodyQueries bodies) : EditorPage
{
    public ConsolidationView View { get; private set; } = null!;
    public ConsolidatedTextView Text { get; private set; } = null!;
    public IReadOnlyList<PeriodText> Sources { get; private set; } = [];
    public bool IsRapporteur { get; private set; }
    public string? Typed { get; private set; }
    public string? FormError { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, int text, string? removeSource, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, text, ct) is { } refusal) return refusal;
        if (removeSource is not null && IsRapporteur && Text.Sources.Contains(removeSource) && !View.IsFinalised)
            Confirm = new ConfirmRemoval($"Take {removeSource} out of consolidated text {text}?",
                $"{removeSource} no longer counts as a source of this text and has no disposition until it is decided again; the wording of the text does not change.",
                "RemoveSource", new Dictionary<string, string> { ["version"] = View.Version.ToString(CultureInfo.InvariantCulture), ["identifier"] = removeSource },
                Request.Path, "Take it out");
        return Page();
    }

    public Task<IActionResult> OnPostAmendAsync(string slug, int number, int text, int version, string? wording, string? note, CancellationToken ct) =>
        Apply(slug, number, text, "amend", () => edit.AmendAsync(slug, number, version, text, wording, note, User.ActingName(), ct), "A new version of the text was saved.", ct);

    public Task<IActionResult> OnPostStateAsync(string slug, int number, int text, int version, ConsolidatedState state, CancellationToken ct) =>
        Apply(slug, number, text, "state", () => edit.ChangeStateAsync(slug, number, version, text, state, ct),
            $"The text is now {(Enum.IsDefined(state) ? StateWords.Of(state) : "changed")}.", ct);

    public Task<IActionResult> OnPostRemoveSourceAsync(string slug, int number, int text, int version, string? identifier, CancellationToken ct) =>
        Apply(slug, number, text, "source", () => edit.RemoveSourceAsync(slug, number, version, text, identifier, ct), $"{identifier} was taken out of the text.", ct);

    private async Task<IActionResult> Apply(string slug, int number, int text, string form, Func<Task<EditResult>> write, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, text, ct) is { } refusal) return refusal;
        if (!IsRapporteur) return Forbid();
        return await ApplyAsync(write, done, () => Redirect($"/bodies/{slug}/meetings/{number}/consolidation/{text}"), async () =>
        {
            await ShowAsync(slug, number, text, ct);
            Typed = Refused!.IsStale ? null : form;
            return Page();
        }, r => { if (r.IsStale) Error = r.Error; else FormError = r.Error; });
    }

    private async Task<IActionResult?> ShowAsync(string slug, int number, int text, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, number, ct) is not { } view || view.Texts.FirstOrDefault(t => t.Number == text) is not { } found) return NotFound();
        (View, Text) = (view, found);
        Sources = found.Sources.Select(s => view.Preliminary.FirstOrDefault(p => p.Identifier == s)).OfType<PeriodText>().ToList();
        if (User.Identity?.IsAuthenticated == true && await bodies.GetAsync(slug, ct) is { } body)
            IsRapporteur = User.MayActAsRapporteur(body.BodyId);
        return null;
    }

    public string? ErrorOf(string form) => Typed == form ? FormError : null;

    public string? Value(string form, string field, string? fallback = null) =>
        Typed == form && Request.HasFormContentType && Request.Form.TryGetValue(field, out var v) ? v.ToString() : fallback;

    /// <summary>The states the text may move to next, with the button's words.</summary>
    public IReadOnlyList<(ConsolidatedState State, string Label)> NextStates() => Text.State switch
    {
        ConsolidatedState.UnderNegotiation => [(ConsolidatedState.AgreedAdReferendum, "Agreed ad referendum"), (ConsolidatedState.NotAdopted, "Not adopted")],
        ConsolidatedState.AgreedAdReferendum => [(ConsolidatedState.Adopted, "Adopted"), (ConsolidatedState.UnderNegotiation, "Back under negotiation"), (ConsolidatedState.NotAdopted, "Not adopted")],
        _ => [],
    };
}
