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
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (result, _) = await edit.RegisterAsync(slug, Input(), ct);
        if (result.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            ShowRefusal(result);
            return Page();
        }
        Message = "The document was registered. Upload its files per language below.";
        return Redirect($"/bodies/{slug}/documents/{DocumentQueries.SlugOf(Plenary.Domain.Documents.DocumentSymbol.Create(Symbol).Value)}");
    }
}
