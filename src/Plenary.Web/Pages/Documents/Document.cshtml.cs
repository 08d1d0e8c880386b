using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Domain.Editorial;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>A document of the register (public): its metadata and language versions with their files; the History panel for its editors.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class DocumentModel(DocumentQueries documents, BodyQueries bodies, AuditQueries audit) : PageModel
{
    public string Slug { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public string? MeetingName { get; private set; }
    public DocumentView Document { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<ChangeDescription>? Changes { get; private set; }
    /// <summary>The original with its revisions and corrigenda, and every issue of each (null or a single member when the document stands alone).</summary>
    public DocumentFamilyView? Family { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string document, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        if (await documents.GetAsync(slug, document, ct) is not { } found) return NotFound();
        (Slug, BodyName, Document) = (slug, body.Body.ShortName, found);
        if (found.Meeting is { } n) {
            var words = Numbers.OrdinalInWords(n);
            MeetingName = char.ToUpperInvariant(words[0]) + words[1..] + " meeting";
        }
        CanEdit = User.Identity?.IsAuthenticated == true && User.CanEditRecord(body.BodyId);
        Family = await documents.FamilyAsync(slug, found.Symbol, ct);
        if (CanEdit) Changes = await audit.DescribeAsync(await audit.ForDocumentAsync(found.Id, ct), ct);
        return Page();
    }

    /// <summary>"2.4 MB", "830 KB", "120 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
