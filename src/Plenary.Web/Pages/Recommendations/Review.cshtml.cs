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

    public async Task<IActionResult> OnGetAsync(string slug, int round, CancellationToken ct) => await ShowAsync(slug, round, ct) ?? Page();

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
