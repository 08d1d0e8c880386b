using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Meetings;

namespace Plenary.Web.Pages.Bodies;

public sealed class MeetingModel(MeetingQueries queries) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, number, ct) is not { } details) return NotFound();
        Details = details;
        return Page();
    }
}
