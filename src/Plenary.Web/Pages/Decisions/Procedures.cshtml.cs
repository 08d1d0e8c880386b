using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Decisions;
using Plenary.Domain.Decisions;

namespace Plenary.Web.Pages.Decisions;

/// <summary>A body's silence procedures: open, adopted, not adopted, withdrawn (and drafts, for those who draft).</summary>
[AllowAnonymous]
public sealed class ProceduresModel(BodyQueries bodies, SilenceProcedureQueries queries) : SilencePage(bodies)
{
    public IReadOnlyList<ProcedureSummary> Procedures { get; private set; } = [];
    public ProcedureStatus? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? status, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<ProcedureStatus>(status, ignoreCase: true, out var s) || (s == ProcedureStatus.Draft && !MayDraft)) return NotFound();
            Status = s;
        }
        var list = await queries.ListAsync(slug, Status, ct);
        Procedures = list!.Value.Procedures.Where(p => MayDraft || p.Status != ProcedureStatus.Draft).ToList();
        return Page();
    }
}
