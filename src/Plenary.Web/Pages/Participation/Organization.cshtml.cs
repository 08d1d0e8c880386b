using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>One organization of the register, public; the Secretariat also sees its History of changes and a link to edit it.</summary>
[AllowAnonymous]
public sealed class OrganizationModel(Organizations organizations, AuditQueries audit) : PageModel
{
    public OrganizationView Organization { get; private set; } = null!;
    public IReadOnlyList<ChangeDescription>? Changes { get; private set; }
    public bool MayKeep => User.MayKeepTheRegister();
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await organizations.GetAsync(id, ct) is not { } organization) return NotFound();
        Organization = organization;
        if (MayKeep) Changes = await audit.DescribeAsync(await organizations.ChangesAsync(id, ct), ct);
        return Page();
    }
}
