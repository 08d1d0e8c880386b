using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Decisions;
using Plenary.Domain.Decisions;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Decisions;

/// <summary>
/// One silence procedure: the proposal, the circle, the deadline (in its zone, in UTC, and in the
/// reader's zone with JavaScript), the timeline, and what the reader may do: a member breaks silence
/// (after a confirmation step) or records no objection; the Secretariat circulates a draft, extends the
/// deadline, withdraws (after a confirmation) or drafts a revised proposal after a break.
/// </summary>
[AllowAnonymous]
public sealed class ProcedureModel(BodyQueries bodies, SilenceProcedureQueries queries, SilenceProcedures procedures) : SilencePage(bodies)
{
    public ProcedureDetails Procedure { get; private set; } = null!;

    /// <summary>The break waiting for the member's confirmation (the confirmation step), when there is one.</summary>
    public ResponseKind? ConfirmingKind { get; private set; }
    public bool ConfirmingWithdrawal { get; private set; }

    [BindProperty] public ResponseKind Kind { get; set; } = ResponseKind.Objection;
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public DateOnly? DeadlineDate { get; set; }
    [BindProperty] public TimeOnly? DeadlineTime { get; set; }
    [BindProperty] public string? DeadlineTimeZone { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, bool withdraw, CancellationToken ct)
    {
        ConfirmingWithdrawal = withdraw;
        return await ShowAsync(slug, number, ct);
    }

    public async Task<IActionResult> OnPostCirculateAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayDraft) return Forbid();
        return await ApplyAsync(() => procedures.CirculateAsync(slug, number, version, User.StepActor(), ct),
            "The proposal was circulated; every member of the circle was notified.", () => RedirectToPage(new { slug, number }), () => ShowAsync(slug, number, ct),
            r => Error = r.Error);
    }

    /// <summary>Breaking silence takes two posts: the first shows what will be sent and asks to confirm; the second (Confirmed) records it.</summary>
    public async Task<IActionResult> OnPostBreakAsync(string slug, int number, bool confirmed, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (User.UserId() is not { } user) return Challenge();
        if (!confirmed)
        {
            if (string.IsNullOrWhiteSpace(Text))
                ModelState.AddModelError(nameof(Text), Kind == ResponseKind.Amendment ? "Give the text of the proposed amendment." : "Give the text of the objection.");
            else ConfirmingKind = Kind;
            var shown = await ShowAsync(slug, number, ct);
            if (!ModelState.IsValid) Response.StatusCode = StatusCodes.Status400BadRequest;
            return shown;
        }
        return await ApplyAsync(() => procedures.BreakSilenceAsync(slug, number, user, Kind, Text, ct),
            "Silence was broken: your " + (Kind == ResponseKind.Amendment ? "proposed amendment" : "objection") + " is recorded and the secretariat was told.",
            () => RedirectToPage(new { slug, number }), () => ShowAsync(slug, number, ct), ShowAnswerRefusal);
    }

    public async Task<IActionResult> OnPostNoObjectionAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (User.UserId() is not { } user) return Challenge();
        return await ApplyAsync(() => procedures.RecordNoObjectionAsync(slug, number, user, ct),
            "Your \"no objection\" is recorded; the procedure goes on until its deadline.", () => RedirectToPage(new { slug, number }), () => ShowAsync(slug, number, ct), ShowAnswerRefusal);
    }

    public async Task<IActionResult> OnPostExtendAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayEdit) return Forbid();
        if (DeadlineDate is null || DeadlineTime is null)
        {
            ModelState.AddModelError(nameof(DeadlineDate), "Give the new deadline's date and time.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(slug, number, ct);
        }
        return await ApplyAsync(() => procedures.ExtendAsync(slug, number, version, DeadlineDate.Value, DeadlineTime.Value, DeadlineTimeZone, Reason, User.StepActor(), ct),
            "The deadline was extended; every member of the circle was notified.", () => RedirectToPage(new { slug, number }), () => ShowAsync(slug, number, ct));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (!MayEdit) return Forbid();
        return await ApplyAsync(() => procedures.WithdrawAsync(slug, number, version, Reason, User.StepActor(), ct),
            "The procedure was withdrawn; every member of the circle was notified.", () => RedirectToPage(new { slug, number }), () => ShowAsync(slug, number, ct));
    }

    /// <summary>An answer refused for being outside the circle is 403: the reader may not answer at all.</summary>
    private void ShowAnswerRefusal(Plenary.Application.Editing.EditResult result)
    {
        if (result.Code == "silence.circle") Response.StatusCode = StatusCodes.Status403Forbidden;
        ShowRefusal(result);
    }

    private async Task<IActionResult> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        var details = await queries.GetAsync(slug, number, User.UserId(), User.SeesSilenceResponses(BodyId), ct);
        if (details is null || (details.IsDraft && !MayDraft)) return NotFound();
        Procedure = details;
        DeadlineTimeZone ??= details.DeadlineTimeZone;
        return Page();
    }
}
