using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>
/// The Chair's screen: take up an item at a plenary meeting, give the floor ("Next speaker", focused on every load, so the
/// Chair runs the list with the Enter key alone), mark statements made, stop and start the clock, change the order, strike a
/// request off, enter a speaker, set the speaking time. For an officer of the body and the Secretariat.
/// </summary>
[Authorize(Policy = Policies.Chair)]
public sealed class ChairModel(ListOfSpeakers speakers, BodyQueries bodies, Organizations organizations, TimeProvider clock)
    : SpeakersPage(speakers, bodies, organizations, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, int number, Guid? withdraw, CancellationToken ct)
    {
        if (await ChairAsync(slug, number, ct) is { } refusal) return refusal;
        ConfirmWithdrawal(withdraw, "Withdraw");
        return Page();
    }

    public Task<IActionResult> OnPostNextAsync(string slug, int number, int version, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.NextAsync(slug, number, version, ct), "The floor was given to the next speaker.", ct);

    public Task<IActionResult> OnPostFloorAsync(string slug, int number, int version, Guid speaker, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.GiveFloorAsync(slug, number, version, speaker, ct), "The floor was given.", ct);

    public Task<IActionResult> OnPostFinishAsync(string slug, int number, int version, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.FinishAsync(slug, number, version, ct), "The statement is marked made.", ct);

    public Task<IActionResult> OnPostClockAsync(string slug, int number, int version, bool running, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.RunClockAsync(slug, number, version, running, ct), running ? "The clock runs again." : "The clock is stopped.", ct);

    public Task<IActionResult> OnPostMoveAsync(string slug, int number, int version, Guid speaker, int to, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.MoveAsync(slug, number, version, speaker, to, ct), $"The speaker is now number {to} on the list.", ct);

    public Task<IActionResult> OnPostTakeUpAsync(string slug, int number, int version, int plenaryMeeting, string? item, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.TakeUpAsync(slug, number, version, plenaryMeeting, item, ct), $"Item {item} is under consideration.", ct);

    public Task<IActionResult> OnPostTimeLimitAsync(string slug, int number, int version, int? minutes, int? seconds, CancellationToken ct) =>
        ActAsync(slug, number, () => Speakers.LimitSpeakingTimeAsync(slug, number, version, (minutes ?? 0) * 60 + (seconds ?? 0), ct), "The speaking time is set.", ct);

    public async Task<IActionResult> OnPostRequestAsync(string slug, int number, int version, string? form, string? participant, string? item, string? onBehalfOf,
        bool rightOfReply, CancellationToken ct)
    {
        if (await ChairAsync(slug, number, ct) is { } refusal) return refusal;
        return await RequestAsync(slug, number, version, form ?? "states", participant, item, onBehalfOf, rightOfReply, Back, () => ShowAsync(slug, number, ct), ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string slug, int number, int version, Guid speaker, CancellationToken ct)
    {
        if (await ChairAsync(slug, number, ct) is { } refusal) return refusal;
        return await WithdrawAsync(slug, number, version, speaker, Back, () => ShowAsync(slug, number, ct), ct);
    }

    // No fragment: a URL that targets an element turns autofocus off, and the Chair's "Next speaker" must have the focus on every load.
    private IActionResult Back() => Redirect(Base + "/speakers/chair");

    private async Task<IActionResult> ActAsync(string slug, int number, Func<Task<EditResult>> act, string done, CancellationToken ct)
    {
        if (await ChairAsync(slug, number, ct) is { } refusal) return refusal;
        return await ApplyAsync(act, done, Back, () => ShowAsync(slug, number, ct), r => Error = r.Error);
    }

    private async Task<IActionResult> ShowAsync(string slug, int number, CancellationToken ct)
    {
        await LoadAsync(slug, number, ct);
        return Page();
    }

    /// <summary>Loads the list for someone who may chair the body's meetings; otherwise 404 or 403.</summary>
    private async Task<IActionResult?> ChairAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, ct) is { } refusal) return refusal;
        return MayChair ? null : Forbid();
    }
}
