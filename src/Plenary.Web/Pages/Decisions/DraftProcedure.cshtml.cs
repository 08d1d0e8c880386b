using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Decisions;
using Plenary.Application.Editing;
using Plenary.Application.Data;
using Microsoft.EntityFrameworkCore;
using Plenary.Domain.Decisions;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Decisions;

/// <summary>
/// The Secretariat (or an officer) drafts a proposal, or, with ?revises=N after silence was broken on
/// procedure N, a revised proposal linked to it. The deadline is proposed from the body's rules (the
/// least notice after now, at the body's usual time and zone). Circulating is a step of its own.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DraftProcedureModel(BodyQueries bodies, SilenceProcedures procedures, PlenaryDbContext db, TimeProvider clock) : ProposalPage(bodies)
{
    public int? Revises { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? revises, int? meeting, ProcedureSubject? subject, CancellationToken ct)
    {
        if (await LoadAsync(slug, revises, ct) is { } refusal) return refusal;
        var settings = await procedures.SettingsAsync((await db.Bodies.AsNoTracking().SingleAsync(b => b.Slug == slug, ct)), ct);
        var earliest = TimeZoneInfo.ConvertTime(clock.GetUtcNow() + settings.MinimumNotice, TimeZones.Require(settings.DefaultTimeZone, "x")).DateTime;
        var day = DateOnly.FromDateTime(earliest);
        if (TimeOnly.FromDateTime(earliest) > settings.DefaultTime) day = day.AddDays(1);
        (DeadlineDate, DeadlineTime, DeadlineTimeZone) = (day, settings.DefaultTime, settings.DefaultTimeZone);
        if (revises is { } first && await db.SilenceProcedures.AsNoTracking().SingleOrDefaultAsync(p => p.BodyId == BodyId && p.Number == first, ct) is { } original)
        {
            (Subject, MeetingNumber, Title, DecisionText, Circle, ProposedStart, ProposedEnd, ProposedFormat, FormatArrangements, AttachedDocument) =
                (original.Subject, original.MeetingNumber, original.Title, original.DecisionText, original.Circle, original.ProposedStart, original.ProposedEnd, original.ProposedFormat, original.FormatArrangements, original.AttachedDocument);
        }
        else
        {
            (MeetingNumber, Subject) = (meeting, subject ?? ProcedureSubject.ConveningDates);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int? revises, CancellationToken ct)
    {
        if (await LoadAsync(slug, revises, ct) is { } refusal) return refusal;
        if (Posted() is not { } proposal)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        int? number = null;
        return await ApplyAsync(async () =>
            {
                var (result, made) = revises is { } first
                    ? await procedures.DraftRevisionAsync(slug, first, proposal, User.StepActor(), ct)
                    : await procedures.DraftAsync(slug, proposal, User.StepActor(), ct);
                number = made;
                return result;
            },
            "The proposal was drafted. Check it, then circulate it.", () => Redirect($"/bodies/{slug}/silence-procedures/{number}"), async () => await LoadAsync(slug, revises, ct) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(string slug, int? revises, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayDraft) return Forbid();
        Revises = revises;
        Meetings = (await Bodies.GetAsync(slug, ct))!.Meetings;
        MinimumNoticeHours = (await procedures.SettingsAsync(await db.Bodies.AsNoTracking().SingleAsync(b => b.Slug == slug, ct), ct)).MinimumNoticeHours;
        return null;
    }
}
