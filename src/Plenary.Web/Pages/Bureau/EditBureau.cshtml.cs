using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Bureau;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

using Plenary.Web.Pages.Meetings;

namespace Plenary.Web.Pages.Bureau;

/// <summary>The Secretariat assigns people to the Bureau's posts at a meeting and removes them. Post/Redirect/Get; removal is confirmed first.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditBureauModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit) : MeetingEditorPage(meetings, bodies)
{
    public IReadOnlyList<BureauPostView> Posts { get; private set; } = [];
    public ConfirmRemoval? Confirm { get; private set; }

    [BindProperty] public BureauOffice Office { get; set; } = BureauOffice.ViceChair;

    [BindProperty, Required(ErrorMessage = "Give the officer's name as it is printed, such as Ms. Jane Doe.")]
    public string? Person { get; set; }

    [BindProperty, Required(ErrorMessage = "Give the State the officer comes from.")]
    public string? State { get; set; }

    [BindProperty] public string? RegionalGroup { get; set; }
    [BindProperty] public bool OpenedMeeting { get; set; }
    [BindProperty] public bool PresidedOnBehalfOfChair { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, int? remove, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (remove is { } r && Posts.FirstOrDefault(p => p.Position == r) is { } post)
            Confirm = ConfirmFor(post);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.AddBureauPostAsync(slug, number, version, Office, Person!, State!, RegionalGroup, OpenedMeeting, PresidedOnBehalfOfChair, ct),
            $"{Person?.Trim()} was assigned to the Bureau.", () => RedirectToPage(new { slug, number }), () => Shown(slug, number, ct), checkForm: true);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int number, int version, int position, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.RemoveBureauPostAsync(slug, number, version, position, ct),
            "The post was removed from the Bureau.", () => RedirectToPage(new { slug, number }), () => Shown(slug, number, ct), r => Error = r.Error);
    }

    private async Task<IActionResult> Shown(string slug, int number, CancellationToken ct) => await ShowAsync(slug, number, ct) ?? Page();

    private async Task<IActionResult?> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        Posts = Meeting.Bureau;
        return null;
    }

    private ConfirmRemoval ConfirmFor(BureauPostView post)
    {
        var roles = new[] { post.OpenedMeeting ? "that they opened the meeting" : null, post.PresidedOnBehalfOfChair ? "that they presided on behalf of the Chair" : null }
            .OfType<string>().ToList();
        return new ConfirmRemoval(
            $"Remove {post.Person} ({post.State}), {post.Office}, from the Bureau at this meeting?",
            $"The post leaves the Bureau of this meeting{(roles.Count == 0 ? "" : " together with the record " + Plenary.Domain.Editorial.Lists.Join(roles))}; "
                + "the officers listed after it move up, and documents generated from now on no longer name them. The audit trail keeps what was removed.",
            "Remove",
            new Dictionary<string, string> { ["Version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Position"] = post.Position.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/bodies/{Slug}/meetings/{Number}/bureau",
            $"Remove {post.Person}");
    }
}
