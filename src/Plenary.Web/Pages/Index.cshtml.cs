using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;

namespace Plenary.Web.Pages;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class IndexModel(BodyQueries queries) : PageModel
{
    public IReadOnlyList<BodySummary> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await queries.ListAsync(ct);
}
