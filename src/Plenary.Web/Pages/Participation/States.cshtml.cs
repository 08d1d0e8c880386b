using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Domain.Participation;

namespace Plenary.Web.Pages.Participation;

/// <summary>The register of States, public and read-only: searchable by name or code, narrowed to a regional group, observer States apart.</summary>
[AllowAnonymous]
public sealed class StatesModel : PageModel
{
    public string? Query { get; private set; }
    public RegionalGroup? Group { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<State> MemberStates { get; private set; } = [];
    public IReadOnlyList<State> ObserverStates { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || Group is not null;

    public IActionResult OnGet(string? q, string? group)
    {
        Query = q?.Trim();
        if (!string.IsNullOrWhiteSpace(group))
        {
            if (RegionalGroups.TryParse(group, out var g)) Group = g;
            else
            {
                Error = $"'{group}' is not a regional group; all States are shown.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        var found = StateRegister.Search(Query, Group);
        MemberStates = found.Where(s => !s.IsObserver).ToList();
        ObserverStates = found.Where(s => s.IsObserver).ToList();
        return Page();
    }
}
