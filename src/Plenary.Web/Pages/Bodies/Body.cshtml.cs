using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;

namespace Plenary.Web.Pages.Bodies;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class BodyModel(BodyQueries queries) : PageModel
{
    public BodyDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, ct) is not { } details) return NotFound();
        Details = details;
        return Page();
    }
}
