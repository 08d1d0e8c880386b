using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Data;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Decisions;
using Plenary.Domain.Decisions;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Decisions;

/// <summary>Changes a draft before it is circulated (a circulated proposal is never changed).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EditDraftModel(BodyQueries bodies, SilenceProcedures procedures, PlenaryDbContext db) : ProposalPage(bodies)
{
    public int Number { get; private set; }
    public int Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, ct) is { } refusal) return refusal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayDraft) return Forbid();
        if (Posted() is not { } proposal)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReloadAsync(slug, number, ct);
        }
        return await ApplyAsync(() => procedures.EditDraftAsync(slug, number, version, proposal, ct),
            "The draft was saved.", () => Redirect($"/bodies/{slug}/silence-procedures/{number}"), () => ReloadAsync(slug, number, ct));
    }

    private async Task<IActionResult> ReloadAsync(string slug, int number, CancellationToken ct) => await LoadAsync(slug, number, ct, fill: false) ?? Page();

    private async Task<IActionResult?> LoadAsync(string slug, int number, CancellationToken ct, bool fill = true)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayDraft) return Forbid();
        var p = await db.SilenceProcedures.AsNoTracking().SingleOrDefaultAsync(x => x.BodyId == BodyId && x.Number == number, ct);
        if (p is null || p.Status != ProcedureStatus.Draft) return NotFound(); // a circulated proposal is never changed
        (Number, Version) = (number, p.Version);
        Meetings = (await Bodies.GetAsync(slug, ct))!.Meetings;
        if (fill)
            Fill(new SilenceProposal(p.Subject, p.MeetingNumber, p.Title, p.DecisionText, p.Circle, p.DeadlineDate, p.DeadlineTime, p.DeadlineTimeZone,
                p.ProposedStart, p.ProposedEnd, p.ProposedFormat, p.FormatArrangements, p.AttachedDocument));
        return null;
    }
}
