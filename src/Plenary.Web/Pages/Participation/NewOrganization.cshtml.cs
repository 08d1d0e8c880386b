using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>The Secretariat adds an organization to the register. Post/Redirect/Get to its page.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class NewOrganizationModel(Organizations organizations) : OrganizationForm
{
    [TempData] public string? Message { get; set; }

    public void OnGet(string? name) => Name = name;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, id) = await organizations.AddAsync(Input(), ct);
        if (!result.Succeeded) return Refused(result);
        Message = $"{Name?.Trim()} was added to the register.";
        return Redirect($"/organizations/{id}");
    }
}
