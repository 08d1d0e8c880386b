using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;
using Plenary.Domain.Documents;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>A body's document register (public), filtered by meeting and type.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class DocumentsModel(DocumentQueries documents, BodyQueries bodies, MeetingQueries meetings) : PageModel
{
    public string Slug { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];
    public IReadOnlyList<DocumentView> Documents { get; private set; } = [];
    public int? Meeting { get; private set; }
    public DocumentType? Type { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] string? meeting, [FromQuery] string? type, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        (Slug, BodyName) = (slug, body.Body.ShortName);
        CanEdit = User.Identity?.IsAuthenticated == true && User.CanEditRecord(body.BodyId);
        Meetings = await meetings.ListAsync(slug, ct) ?? [];
        // A filter that cannot be read is ignored, as if it were "Any".
        Meeting = int.TryParse(meeting, out var n) ? n : null;
        Type = Enum.TryParse<DocumentType>(type, ignoreCase: true, out var t) && !int.TryParse(type, out _) ? t : null;
        Documents = await documents.ListAsync(slug, Meeting, Type, ct) ?? [];
        return Page();
    }
}
