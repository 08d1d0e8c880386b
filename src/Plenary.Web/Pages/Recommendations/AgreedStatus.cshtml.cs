using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Recommendations;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>The public page of the agreed texts as the Secretariat published them during the stocktaking convening, latest snapshot first.</summary>
[AllowAnonymous]
public sealed class AgreedStatusModel(ConsolidationQueries queries) : PageModel
{
    public ConsolidationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, number, ct) is not { IsStocktaking: true } view) return NotFound();
        View = view;
        return Page();
    }
}
