using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Recommendations;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// The live view of the consolidation for the room and online participants: every consolidated text with its current wording and
/// state, the ones under negotiation first, kept up to date through Server-Sent Events (ConsolidationLive).
/// </summary>
[AllowAnonymous]
public sealed class ConsolidationLiveModel(ConsolidationQueries queries) : PageModel
{
    public ConsolidationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, number, ct) is not { IsStocktaking: true } view) return NotFound();
        View = view;
        return Page();
    }
}
