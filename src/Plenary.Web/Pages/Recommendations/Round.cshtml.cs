using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// A comment round: public, with the posted comments by text and by commenter; a delegate or stakeholder of the audience
/// comments here for their own delegation or organization (the Secretariat on one's behalf) and sees their own comments' review.
/// </summary>
[AllowAnonymous]
public sealed class RoundModel(CommentRoundQueries queries, CommentRounds rounds, BodyQueries bodies) : EditorPage
{
    public CommentRoundView Round { get; private set; } = null!;
    /// <summary>Whether the reader may comment (a delegate or stakeholder of the body, or its Secretariat).</summary>
    public bool MayComment { get; private set; }
    public bool IsSecretariat { get; private set; }
    /// <summary>The delegation or organization the reader comments for, by name; null for the Secretariat and the public.</summary>
    public string? OwnName { get; private set; }

    [BindProperty] public string? Item { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? For { get; set; }
    [BindProperty] public IFormFile? Attachment { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int round, string? item, CancellationToken ct)
    {
        Item = item;
        return await ShowAsync(slug, round, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string slug, int round, CancellationToken ct)
    {
        if (await ShowAsync(slug, round, ct) is { } missing) return missing;
        if (!MayComment) return Forbid();
        var body = (await bodies.GetAsync(slug, ct))!;
        return await ApplyAsync(async () =>
            {
                if (User.Commenter(body.BodyId, For) is not { } who)
                    return EditResult.Refused("Name the State or organization the comment is made for.", nameof(For));
                UploadedFile? file = null;
                if (Attachment is { Length: > 0 } upload)
                {
                    using var buffer = new MemoryStream();
                    await upload.CopyToAsync(buffer, ct);
                    file = new UploadedFile(upload.FileName, buffer.ToArray());
                }
                return (await rounds.CommentAsync(slug, round, who, Item, Text, file, User.ActingName(), ct)).Result;
            },
            "Your comment was received. The Secretariat reviews it before it is posted online.",
            () => Redirect($"/bodies/{slug}/comment-rounds/{round}#own-comments"), async () => await ShowAsync(slug, round, ct) ?? Page());
    }

    private async Task<IActionResult?> ShowAsync(string slug, int round, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        Shown = User.CommentsShown(body.BodyId);
        if (await queries.GetAsync(slug, round, Shown, ct) is not { } view) return NotFound();
        Round = view;
        MayComment = User.Identity?.IsAuthenticated == true && User.MayComment(body.BodyId);
        IsSecretariat = User.CanEditRecord(body.BodyId);
        OwnName = User.OwnDelegation(body.BodyId) is { } own ? (own.IsState ? Plenary.Domain.Participation.StateRegister.NameOf(own.Name) : own.Name) : null;
        return null;
    }

    private CommentsShown Shown { get; set; } = CommentsShown.Public;

    /// <summary>The reader's own comments (a delegate's or stakeholder's), with their review.</summary>
    public IReadOnlyList<CommentView> Own => Shown.OwnKind is { } kind && Shown.OwnKey is { } key
        ? Round.Comments.Where(c => c.CommenterKind == kind && string.Equals(c.CommenterKey, key, StringComparison.OrdinalIgnoreCase)).ToList()
        : [];

    public static string Status(CommentView c) => c.Status switch
    {
        CommentStatus.Posted => "posted online",
        CommentStatus.Declined => $"not posted: {c.DeclineReason}",
        _ => "waiting for the Secretariat's review",
    };

    /// <summary>"12 January 2021".</summary>
    public static string Day(DateTimeOffset at) => Plenary.Domain.Editorial.Dates.Day(DateOnly.FromDateTime(at.UtcDateTime));

    public string AttachmentUrl(CommentView c) => $"/api/v1/bodies/{Round.BodySlug}/comment-rounds/{Round.Number}/comments/{c.Number}/attachment";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
