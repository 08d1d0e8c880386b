using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>The Secretariat edits a meeting's venue, dates and format. Post/Redirect/Get; stale edits are refused.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditMeetingModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit) : MeetingEditorPage(meetings, bodies)
{

    [BindProperty, Required(ErrorMessage = "Give the venue, such as Vienna.")]
    public string Venue { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Give the first day of the meeting.")]
    public DateOnly? StartDate { get; set; }

    [BindProperty, Required(ErrorMessage = "Give the last day of the meeting.")]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    public MeetingFormat Format { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct) => await LoadAsync(slug, number, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.UpdateDetailsAsync(slug, number, version, Venue, StartDate!.Value, EndDate!.Value, Format, ct),
            "The meeting was saved.", () => RedirectToPage(new { slug, number }), () => LoadAsync(slug, number, fill: false, ct), checkForm: true);
    }

    private async Task<IActionResult> LoadAsync(string slug, int number, bool fill, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        if (fill)
            (Venue, StartDate, EndDate, Format) = (Meeting.Meeting.Venue, Meeting.Meeting.StartDate, Meeting.Meeting.EndDate, Meeting.Meeting.Format);
        return Page();
    }
}
