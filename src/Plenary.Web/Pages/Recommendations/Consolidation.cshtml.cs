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
/// The consolidation workspace of a stocktaking convening (issue 9, item 4): public to read (the consolidated texts, their
/// states and the disposition of every preliminary text); the Rapporteur (an officer of the body, or the Secretariat on the
/// Rapporteur's behalf) accepts, splits or ignores the assistant's proposals, makes consolidated texts from preliminary
/// ones, records texts not retained or deferred, publishes snapshots of agreed texts and finalises the list.
/// </summary>
[AllowAnonymous]
public sealed class ConsolidationModel(ConsolidationQueries queries, Consolidations edit, BodyQueries bodies) : EditorPage
{
    public ConsolidationView View { get; private set; } = null!;
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
    public bool IsRapporteur { get; private set; }
    /// <summary>The form that was refused, so that it shows what was typed.</summary>
    public string? Typed { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }
    /// <summary>The refusal of the form named by <see cref="Typed"/>.</summary>
    public string? FormError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, bool finalise, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (finalise && IsRapporteur && !View.IsFinalised)
            Confirm = new ConfirmRemoval("Finalise the list of conclusions and recommendations?",
                "Once finalised, no consolidated text, disposition or snapshot of the consolidation can change; the adopted texts form the list submitted with the report.",
                "Finalise", new Dictionary<string, string> { ["version"] = View.Version.ToString(CultureInfo.InvariantCulture) }, Request.Path, "Finalise the list");
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(string slug, int number, int version, string[]? members, string? topic, TextKind? kind, string? text, CancellationToken ct) =>
        Apply(slug, number, "accept", () => edit.ConsolidateAsync(slug, number, version, members ?? [], Blank(topic), kind, text, User.ActingName(), ct),
            "The proposal was accepted as a new consolidated text.", ct);

    public Task<IActionResult> OnPostIgnoreAsync(string slug, int number, int version, string[]? members, CancellationToken ct) =>
        Apply(slug, number, "ignore", () => edit.IgnoreAsync(slug, number, version, members ?? [], ct),
            "The proposal was set aside; the assistant no longer offers it.", ct);

    public Task<IActionResult> OnPostConsolidateAsync(string slug, int number, int version, string? sources, string? topic, TextKind? kind, string? text, CancellationToken ct) =>
        Apply(slug, number, "consolidate", () => edit.ConsolidateAsync(slug, number, version, Split(sources), Blank(topic), kind, text, User.ActingName(), ct),
            "The consolidated text was created.", ct);

    public Task<IActionResult> OnPostDecideAsync(string slug, int number, int version, string? identifier, DispositionKind kind, string? reason, CancellationToken ct) =>
        Apply(slug, number, "decide", () => edit.DecideAsync(slug, number, version, identifier, kind, reason, ct),
            $"{identifier} was recorded as {(Enum.IsDefined(kind) ? DispositionWords.Of(kind) : "decided")}.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(string slug, int number, int version, string? identifier, CancellationToken ct) =>
        Apply(slug, number, "withdraw", () => edit.WithdrawAsync(slug, number, version, identifier, ct),
            $"The disposition of {identifier} was withdrawn; it has none until it is decided again.", ct);

    public Task<IActionResult> OnPostPublishAsync(string slug, int number, int version, DateOnly? statusDate, TimeOnly? statusTime, CancellationToken ct) =>
        Apply(slug, number, "publish", () => edit.PublishAsync(slug, number, version, statusDate, statusTime, User.ActingName(), ct),
            "The snapshot of agreed texts was published.", ct);

    public Task<IActionResult> OnPostFinaliseAsync(string slug, int number, int version, CancellationToken ct) =>
        Apply(slug, number, "finalise", () => edit.FinaliseAsync(slug, number, version, ct), "The list was finalised.", ct);

    private async Task<IActionResult> Apply(string slug, int number, string form, Func<Task<EditResult>> write, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (!IsRapporteur) return Forbid();
        return await ApplyAsync(write, done, () => Redirect($"/bodies/{slug}/meetings/{number}/consolidation"), async () =>
        {
            await ShowAsync(slug, number, ct);
            Typed = Refused!.IsStale ? null : form;
            return Page();
        }, r =>
        {
            // Shown once: inside the refused form (its field marked), or above the forms after a stale edit.
            if (r.IsStale) Error = r.Error;
            else { FormError = r.Error; if (r.Field is { } f) ModelState.AddModelError(f, r.Error!); }
        });
    }

    private async Task<IActionResult?> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, number, ct) is not { } view) return NotFound();
        View = view;
        if (User.Identity?.IsAuthenticated == true && await bodies.GetAsync(slug, ct) is { } body)
            IsRapporteur = User.MayActAsRapporteur(body.BodyId);
        if (IsRapporteur && view.IsStocktaking && !view.IsFinalised) Proposals = ConsolidationQueries.Proposals(view);
        return null;
    }

    /// <summary>What the refused form had in <paramref name="field"/>, else <paramref name="fallback"/>.</summary>
    public string? Value(string form, string field, string? fallback = null) =>
        Typed == form && Request.HasFormContentType && Request.Form.TryGetValue(field, out var v) ? v.ToString() : fallback;

    /// <summary>The refusal of <paramref name="form"/>, when that form was refused.</summary>
    public string? ErrorOf(string form) => Typed == form ? FormError : null;

    /// <summary>Whether <paramref name="field"/> of the refused <paramref name="form"/> is the one the refusal is about.</summary>
    public bool Invalid(string form, string field) => Typed == form && ModelState[field]?.Errors.Count > 0;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>Identifiers separated by semicolons, commas, spaces or lines.</summary>
    private static IReadOnlyList<string> Split(string? sources) =>
        (sources ?? "").Split([';', ',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
