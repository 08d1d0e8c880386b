using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>The register of organizations, public: searchable by name or abbreviation, narrowed to a category, grouped by category.</summary>
[AllowAnonymous]
public sealed class OrganizationsModel(Organizations organizations) : PageModel
{
    public string? Query { get; private set; }
    public ParticipantCategory? Category { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<OrganizationView> Found { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || Category is not null;
    public bool MayKeep => User.MayKeepTheRegister();
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? q, string? category, CancellationToken ct)
    {
        Query = q?.Trim();
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (ParticipantCategories.TryParseOrganizationCategory(category, out var c)) Category = c;
            else
            {
                Error = $"'{category}' is not a category of organization; all organizations are shown.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        Found = await organizations.ListAsync(Query, Category, ct);
        return Page();
    }
}
