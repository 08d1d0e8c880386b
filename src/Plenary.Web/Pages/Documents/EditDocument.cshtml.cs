using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;
using Plenary.Domain.Documents;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>The Secretariat edits a register entry's metadata, or removes the entry (after confirming). Stale edits are refused.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditDocumentModel(BodyQueries bodies, MeetingQueries meetings, DocumentQueries documents, EditDocuments edit)
    : DocumentEditorPage(bodies, meetings, documents)
{
    public ConfirmRemoval? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string document, [FromQuery] Guid? remove, CancellationToken ct)
    {
        if (await MayEditAsync(slug, document, ct) is { } refusal) return refusal;
        FillFrom(Document!);
        if (remove == Document!.Id) Confirm = Confirmation(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string document, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, document, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.EditAsync(slug, Document!.Id, version, Input(), ct), "The document was saved.",
            () => Redirect($"/bodies/{slug}/documents/{DocumentQueries.SlugOf(DocumentSymbol.Create(Symbol).Value)}"),
            async () =>
            {
                // A stale page shows the entry's current version, so that the next save is made from it.
                if (Refused?.IsStale == true) await MayEditAsync(slug, Document!.Id.ToString(), ct);
                return Page();
            }, checkForm: true);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, string document, Guid id, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, document, ct) is { } refusal) return refusal;
        var symbol = Document!.Symbol;
        return await ApplyAsync(() => edit.RemoveAsync(slug, id, version, ct), $"{symbol} was removed from the register.",
            () => Redirect($"/bodies/{slug}/documents"),
            () =>
            {
                FillFrom(Document!);
                return Task.FromResult<IActionResult>(Page());
            }, r => Error = r.Error);
    }

    private ConfirmRemoval Confirmation(DocumentView d) => new(
        $"Remove {d.Symbol} from the register?",
        d.Files.Count == 0
            ? $"“{d.Title}” leaves the register and its page is gone; the audit trail keeps the entry."
            : $"“{d.Title}” leaves the register with its {(d.Files.Count == 1 ? "file" : $"{d.Files.Count} files")} ({string.Join(", ", d.Files.Select(f => OfficialLanguage.Name(f.Language)))}); the audit trail keeps the entry and each file's hash, not the files. A document listed as documentation on an agenda cannot be removed.",
        "Remove",
        new Dictionary<string, string> { ["id"] = d.Id.ToString(), ["version"] = d.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        DocumentPath(d) + "/edit",
        $"Remove {d.Symbol}");
}
