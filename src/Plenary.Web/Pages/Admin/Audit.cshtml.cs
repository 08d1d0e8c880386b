using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class AuditModel(AuditQueries audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public new string? User { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<ChangeDescription> Rows { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await audit.DescribeAsync(await audit.ListAsync(new AuditFilter(User, Entity, From, To), ct: ct), ct);
        EntityTypes = await audit.EntityTypesAsync(ct);
    }
}
