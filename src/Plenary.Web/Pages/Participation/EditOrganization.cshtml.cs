using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>The Secretariat renames or recategorises an organization; the audit trail keeps the values before and after.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditOrganizationModel(Organizations organizations) : OrganizationForm
{
    public OrganizationView Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, int version, CancellationToken ct) =>
        await ApplyAsync(() => organizations.EditAsync(id, version, Input(), ct), "The entry was saved.",
            () => Redirect($"/organizations/{id}"), () => ShowAsync(id, fill: Refused?.IsConflict == true, ct));

    /// <summary>The entry as it stands; a stale page shows it again, a refused one keeps what was typed.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, bool fill, CancellationToken ct)
    {
        if (await organizations.GetAsync(id, ct) is not { } organization) return NotFound();
        Organization = organization;
        if (fill) (Name, Abbreviation, Category) = (organization.Name, organization.Abbreviation, organization.Category);
        return Page();
    }
}
