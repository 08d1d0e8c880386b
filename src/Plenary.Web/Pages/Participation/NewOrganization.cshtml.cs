using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>The Secretariat (of any body) or the Administrator adds an organization to the register. Post/Redirect/Get to its page.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class NewOrganizationModel(Organizations organizations) : OrganizationForm
{
    public void OnGet(string? name) => Name = name;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid? id = null;
        return await ApplyAsync(async () =>
            {
                var (result, added) = await organizations.AddAsync(Input(), ct);
                id = added;
                return result;
            }, $"{Name?.Trim()} was added to the register.", () => Redirect($"/organizations/{id}"), () => Task.FromResult<IActionResult>(Page()));
    }
}
