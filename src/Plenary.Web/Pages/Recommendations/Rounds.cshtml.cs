using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>A body's comment rounds on compilations (public), and the Secretariat's form to open one with a deadline and an audience.</summary>
[AllowAnonymous]
public sealed class RoundsModel(CommentRoundQueries queries, CommentRounds rounds, BodyQueries bodies) : EditorPage
{
    public BodyDetails Body { get; private set; } = null!;
    public IReadOnlyList<CommentRoundSummary> Rounds { get; private set; } = [];
    public IReadOnlyList<(int Number, string Name)> Stocktaking { get; private set; } = [];
    public bool IsSecretariat { get; private set; }

    [BindProperty] public int? MeetingNumber { get; set; }
    [BindProperty] public DateOnly? DeadlineDate { get; set; }
    [BindProperty] public TimeOnly? DeadlineTime { get; set; }
    [BindProperty] public string? TimeZone { get; set; }
    /// <summary>The audience ticked: all three on a new form; what was ticked when a form is shown again.</summary>
    [BindProperty] public List<string> Audience { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Audience = ["MemberStates", "Observers", "Stakeholders"];
        return await ShowAsync(slug, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string slug, CancellationToken ct)
    {
        if (await ShowAsync(slug, ct) is { } missing) return missing;
        if (!IsSecretariat) return Forbid();
        int? opened = null;
        return await ApplyAsync(async () =>
            {
                if (MeetingNumber is not { } number)
                    return Plenary.Application.Editing.EditResult.Refused("Choose the stocktaking convening whose compilation is commented on.", nameof(MeetingNumber));
                var (result, round) = await rounds.OpenAsync(slug, number, new RoundInput(DeadlineDate, DeadlineTime, TimeZone, Audience), User.ActingName(), ct);
                opened = round;
                return result;
            },
            "The comment round was opened; delegations and organizations of its audience may now comment.",
            () => Redirect($"/bodies/{slug}/comment-rounds/{opened}"), async () => await ShowAsync(slug, ct) ?? Page(), checkForm: true);
    }

    private async Task<IActionResult?> ShowAsync(string slug, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        Body = body;
        Rounds = await queries.ListAsync(slug, ct: ct) ?? [];
        IsSecretariat = User.CanEditRecord(body.BodyId);
        if (IsSecretariat) Stocktaking = await queries.StocktakingAsync(slug, ct);
        return null;
    }
}
