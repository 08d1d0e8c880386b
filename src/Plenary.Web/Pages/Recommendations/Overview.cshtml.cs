using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Recommendations;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>A body's conclusions and recommendations, workplan by workplan: the lists of its convenings, and what follows at the stocktaking convening.</summary>
[AllowAnonymous]
public sealed class OverviewModel(RecommendationOverview overview, Plenary.Application.Bodies.BodyQueries bodies) : PageModel
{
    public RecommendationOverviewView View { get; private set; } = null!;
    public bool IsRapporteur { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await overview.GetAsync(slug, ct) is not { } view) return NotFound();
        View = view;
        IsRapporteur = User.Identity?.IsAuthenticated == true && await bodies.GetAsync(slug, ct) is { } body && User.MayActAsRapporteur(body.BodyId);
        return Page();
    }
}
