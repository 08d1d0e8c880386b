using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>The Secretariat registers a document in its body's register. Post/Redirect/Get to the document's page.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class RegisterDocumentModel(BodyQueries bodies, MeetingQueries meetings, DocumentQueries documents, EditDocuments edit)
    : DocumentEditorPage(bodies, meetings, documents)
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] int? meeting, CancellationToken ct)
    {
        if (await MayEditAsync(slug, null, ct) is { } refusal) return refusal;
        MeetingNumber = meeting;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await MayEditAsync(slug, null, ct) is { } refusal) return refusal;
        return await ApplyAsync(async () => (await edit.RegisterAsync(slug, Input(), ct)).Result,
            "The document was registered. Upload its files per language below.",
            () => Redirect($"/bodies/{slug}/documents/{DocumentQueries.SlugOf(Plenary.Domain.Documents.DocumentSymbol.Create(Symbol).Value)}"),
            () => Task.FromResult<IActionResult>(Page()), checkForm: true);
    }
}
