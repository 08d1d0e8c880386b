using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>The Secretariat renames or recategorises an organization; the audit trail keeps the values before and after.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditOrganizationModel(Organizations organizations) : OrganizationForm
{
    public OrganizationView Organization { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await organizations.GetAsync(id, ct) is not { } organization) return NotFound();
        Organization = organization;
        (Name, Abbreviation, Category) = (organization.Name, organization.Abbreviation, organization.Category);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken ct)
    {
        var result = await organizations.EditAsync(id, version, Input(), ct);
        if (result.NotFound) return NotFound();
        if (result.Succeeded)
        {
            Message = "The entry was saved.";
            return Redirect($"/organizations/{id}");
        }
        Organization = (await organizations.GetAsync(id, ct))!;
        // A stale page shows the current entry; a refused one keeps what was typed.
        if (result.IsStale) (Name, Abbreviation, Category) = (Organization.Name, Organization.Abbreviation, Organization.Category);
        return Refused(result);
    }
}
