using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>The Secretariat's review of a round's comments: each received comment is posted online or declined with a reason its author reads.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Secretariat)]
public sealed class ReviewModel(CommentRoundQueries queries, CommentRounds rounds, BodyQueries bodies) : EditorPage
{
    public CommentRoundView Round { get; private set; } = null!;
    /// <summary>The comment whose form was refused, to show its message next to it.</summary>
    public int? Refusing { get; private set; }

    /// <summary>Which round form was refused ("extend", "withdraw"), to show its message there.</summary>
    public string? RoundForm { get; private set; }
    public DateOnly? TypedDate { get; private set; }
    public TimeOnly? TypedTime { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int round, bool withdraw, string? reason, CancellationToken ct)
    {
        if (await ShowAsync(slug, round, ct) is { } refusal) return refusal;
        if (withdraw && Round.IsOpen)
            Confirm = new ConfirmRemoval($"Withdraw comment round {Round.Number} on {Round.CompilationSymbol}?",
                "Once withdrawn, the round takes no more comments, from anyone; the comments already received stay as they are and may still be reviewed. A withdrawal cannot be undone.",
                "Withdraw", new Dictionary<string, string>
                {
                    ["version"] = Round.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["reason"] = reason?.Trim() ?? "",
                },
                Request.Path, "Withdraw the round");
        return Page();
    }

    public Task<IActionResult> OnPostExtendAsync(string slug, int round, int version, DateOnly? deadlineDate, TimeOnly? deadlineTime, CancellationToken ct)
    {
        (TypedDate, TypedTime) = (deadlineDate, deadlineTime);
        return Change(slug, round, "extend", () => rounds.ExtendAsync(slug, round, version, deadlineDate, deadlineTime, User.ActingName(), ct),
            "The deadline was extended; the round's page shows the new one.", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(string slug, int round, int version, string? reason, CancellationToken ct) =>
        Change(slug, round, "withdraw", () => rounds.WithdrawAsync(slug, round, version, reason, User.ActingName(), ct),
            "The round was withdrawn; it takes no more comments.", ct);

    private async Task<IActionResult> Change(string slug, int round, string form, Func<Task<Plenary.Application.Editing.EditResult>> edit, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, round, ct) is { } refusal) return refusal;
        return await ApplyAsync(edit, done, () => Redirect($"/bodies/{slug}/comment-rounds/{round}/review"), async () =>
        {
            await ShowAsync(slug, round, ct);
            RoundForm = form;
            return Page();
        }, r => Error = r.Error);
    }

    public Task<IActionResult> OnPostPostAsync(string slug, int round, int number, int version, CancellationToken ct) =>
        Decide(slug, round, number, () => rounds.PostAsync(slug, round, number, version, User.ActingName(), ct), $"Comment {number} was posted online.", ct);

    public Task<IActionResult> OnPostDeclineAsync(string slug, int round, int number, int version, string? reason, CancellationToken ct) =>
        Decide(slug, round, number, () => rounds.DeclineAsync(slug, round, number, version, reason, User.ActingName(), ct),
            $"Comment {number} was declined; its author sees the reason.", ct);

    private async Task<IActionResult> Decide(string slug, int round, int number, Func<Task<Plenary.Application.Editing.EditResult>> edit, string done, CancellationToken ct)
    {
        if (await ShowAsync(slug, round, ct) is { } refusal) return refusal;
        return await ApplyAsync(edit, done, () => Redirect($"/bodies/{slug}/comment-rounds/{round}/review"), async () =>
        {
            await ShowAsync(slug, round, ct);
            Refusing = number;
            return Page();
        });
    }

    private async Task<IActionResult?> ShowAsync(string slug, int round, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        if (!User.CanEditRecord(body.BodyId)) return Forbid();
        if (await queries.GetAsync(slug, round, new CommentsShown(All: true), ct) is not { } view) return NotFound();
        Round = view;
        return null;
    }
}
