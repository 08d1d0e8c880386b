using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>The Secretariat edits a meeting's venue, dates and format. Post/Redirect/Get; stale edits are refused.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditMeetingModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit) : MeetingEditorPage(meetings, bodies)
{
    public string? Error { get; private set; }
    [TempData] public string? Message { get; set; }

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
        Plenary.Application.Editing.EditResult? result = null;
        if (ModelState.IsValid)
        {
            result = await edit.UpdateDetailsAsync(slug, number, version, Venue, StartDate!.Value, EndDate!.Value, Format, ct);
            if (result.NotFound) return NotFound();
            if (result.Succeeded)
            {
                Message = "The meeting was saved.";
                return RedirectToPage(new { slug, number });
            }
            if (result.Field is { } field) ModelState.AddModelError(field, result.Error!);
            else Error = result.Error;
        }
        Response.StatusCode = result?.IsStale == true ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await LoadAsync(slug, number, fill: false, ct);
    }

    private async Task<IActionResult> LoadAsync(string slug, int number, bool fill, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        if (fill)
            (Venue, StartDate, EndDate, Format) = (Meeting.Meeting.Venue, Meeting.Meeting.StartDate, Meeting.Meeting.EndDate, Meeting.Meeting.Format);
        return Page();
    }
}
