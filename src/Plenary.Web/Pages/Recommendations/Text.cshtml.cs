using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// One preliminary text, by its identifier: what it says, who suggested it, where it stands. The Rapporteur amends it,
/// merges it into another text of the same list, or removes it (after a confirmation); its identifier stays.
/// </summary>
[AllowAnonymous]
public sealed class TextModel(PreliminaryQueries queries, PreliminaryTexts texts, BodyQueries bodies, Plenary.Application.Audit.AuditQueries audit, ConsolidationQueries consolidations) : EditorPage
{
    /// <summary>What became of the text at the stocktaking convening; null when none counts it yet.</summary>
    public TextFate? Fate { get; private set; }

    public PreliminaryTextView Text { get; private set; } = null!;
    public ConveningListView List { get; private set; } = null!;
    public string Slug { get; private set; } = "";
    public bool IsRapporteur { get; private set; }
    public string? Typed { get; private set; }
    public TextFields? TypedFields { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }
    public IReadOnlyList<Plenary.Application.Audit.ChangeDescription>? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int year, string code, int n, bool remove, CancellationToken ct)
    {
        if (await ShowAsync(slug, year, code, n, ct) is { } refusal) return refusal;
        if (remove && IsRapporteur && Text.Status == Plenary.Domain.Recommendations.PreliminaryStatus.Listed)
            Confirm = new ConfirmRemoval($"Remove {Text.Identifier} from the list?",
                "The text leaves the list, the report and the compilation; its identifier stays taken and is never given to another text. Say why below.",
                "Remove", new Dictionary<string, string> { ["version"] = Text.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                Request.Path, "Remove the text");
        return Page();
    }

    public Task<IActionResult> OnPostAmendAsync(string slug, int year, string code, int n, int version, TextFields fields, CancellationToken ct) =>
        Edit(slug, year, code, n, "amend", fields, id => texts.AmendAsync(slug, id, version, fields.Input(), ct), "The text was amended.", ct);

    public Task<IActionResult> OnPostMergeAsync(string slug, int year, string code, int n, int version, string? into, CancellationToken ct) =>
        Edit(slug, year, code, n, "merge", null, id => texts.MergeAsync(slug, id, version, into, ct), $"The text was merged into {into}.", ct);

    public Task<IActionResult> OnPostRemoveAsync(string slug, int year, string code, int n, int version, string? reason, CancellationToken ct) =>
        Edit(slug, year, code, n, "remove", null, id => texts.RemoveAsync(slug, id, version, reason, ct), "The text was removed from the list.", ct);

    private async Task<IActionResult> Edit(string slug, int year, string code, int n, string form, TextFields? fields,
        Func<string, Task<Plenary.Application.Editing.EditResult>> edit, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, year, code, n, ct) is { } refusal) return refusal;
        if (!IsRapporteur) return Forbid();
        var identifier = Text.Identifier;
        return await ApplyAsync(() => edit(identifier), done, () => Redirect(Text.Path(slug)), async () =>
        {
            await ShowAsync(slug, year, code, n, ct);
            (Typed, TypedFields) = Refused!.IsStale ? (null, null) : (form, fields);
            return Page();
        });
    }

    private async Task<IActionResult?> ShowAsync(string slug, int year, string code, int n, CancellationToken ct)
    {
        var identifier = Plenary.Domain.Recommendations.PreliminaryText.Compose(year, code.ToUpperInvariant(), n);
        if (await queries.GetAsync(slug, identifier, ct) is not { } text) return NotFound();
        if (await queries.ListAsync(slug, text.MeetingNumber, ct) is not { } list) return NotFound();
        (Text, List, Slug) = (text, list, slug);
        Fate = await consolidations.FateAsync(slug, identifier, ct);
        if (User.Identity?.IsAuthenticated == true && await bodies.GetAsync(slug, ct) is { } body)
        {
            IsRapporteur = User.MayActAsRapporteur(body.BodyId);
            if (User.CanEditRecord(body.BodyId)) Changes = await audit.DescribeAsync(await audit.ForEntityAsync("PreliminaryText", await IdAsync(identifier, ct), ct), ct);
        }
        return null;
    }

    private async Task<string> IdAsync(string identifier, CancellationToken ct) =>
        (await queries.IdOfAsync(Slug, identifier, ct))?.ToString() ?? "";

    public TextForm AmendForm() => new("amend", "Amend", "Save the text", Typed == "amend" && TypedFields is { } t ? t : TextFields.Of(Text),
        [Text.Topic], List.AgendaItems, Typed == "amend" ? ModelState : null,
        new Dictionary<string, string> { ["version"] = Text.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, AskTopic: false);
}
