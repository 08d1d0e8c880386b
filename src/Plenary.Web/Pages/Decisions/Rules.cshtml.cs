using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Bodies;
using Plenary.Application.Data;
using Plenary.Application.Decisions;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Decisions;

/// <summary>The Secretariat sets the body's rules for silence procedures: the least notice, and the usual time and time zone of a deadline.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class RulesModel(BodyQueries bodies, SilenceProcedures procedures, PlenaryDbContext db) : SilencePage(bodies)
{
    [BindProperty] public int MinimumNoticeHours { get; set; }
    [BindProperty] public string? DefaultTimeZone { get; set; }
    [BindProperty] public TimeOnly DefaultTime { get; set; }
    public int Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(string slug, int version, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayEdit) return Forbid();
        return await ApplyAsync(() => procedures.ChangeSettingsAsync(slug, version, MinimumNoticeHours, DefaultTimeZone, DefaultTime, ct),
            "The rules were saved.", () => RedirectToPage(new { slug }), () => LoadAsync(slug, fill: false, ct), checkForm: true);
    }

    private async Task<IActionResult> LoadAsync(string slug, bool fill, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayEdit) return Forbid();
        var stored = await db.SilenceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.BodyId == BodyId, ct);
        var settings = stored ?? Plenary.Domain.Decisions.SilenceSettings.Default(BodyId);
        Version = stored?.Version ?? 0;
        if (fill) (MinimumNoticeHours, DefaultTimeZone, DefaultTime) = (settings.MinimumNoticeHours, settings.DefaultTimeZone, settings.DefaultTime);
        return Page();
    }
}
