using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Bodies;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class BodyModel(BodyQueries queries, AuditQueries audit) : PageModel
{
    public BodyDetails Details { get; private set; } = null!;

    /// <summary>Whether the reader may edit this body's record (the UI shows the edit links only then).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The History panel: changes to the body and what it holds, for the secretariat's eyes (null for others).</summary>
    public IReadOnlyList<ChangeDescription>? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, ct) is not { } details) return NotFound();
        Details = details;
        CanEdit = User.Identity?.IsAuthenticated == true && User.CanEditRecord(details.BodyId);
        if (CanEdit) Changes = await audit.DescribeAsync(await audit.ForBodyAsync(details.BodyId, ct), ct);
        return Page();
    }
}
