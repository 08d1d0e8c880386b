using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>
/// The Secretariat edits a convening's venue, dates and format; its kind and name (ordinal, designation, what it
/// continues, where its sittings are numbered from, whether its summary is the Chair's); and who opened, presided
/// over and closed it. Post/Redirect/Get; stale edits are refused.
/// </summary>
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

    [BindProperty] public ConveningKind Kind { get; set; }
    [BindProperty] public int? Ordinal { get; set; }
    [BindProperty] public string? Designation { get; set; }
    [BindProperty] public int? Continues { get; set; }
    [BindProperty] public int? FirstPlenaryMeetingNumber { get; set; }
    [BindProperty] public bool SummaryByChair { get; set; }

    [BindProperty] public int? OpenedBy { get; set; }
    [BindProperty] public string? OpenedByOther { get; set; }
    [BindProperty] public int? PresidedBy { get; set; }
    [BindProperty] public int? OnBehalfOf { get; set; }
    [BindProperty] public int? ClosedBy { get; set; }

    /// <summary>The page's details, for the forms: the body's other convenings, the officers in office.</summary>
    public MeetingDetails Details => Meeting;
    public IReadOnlyList<Plenary.Application.Bodies.MeetingSummary> Others { get; private set; } = [];
    public bool AcrossSessions { get; private set; }

    /// <summary>The confirmation step before the convening is marked as cancelled (there is no way back from it).</summary>
    public Plenary.Web.Pages.Shared.ConfirmRemoval? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, string? confirm, CancellationToken ct)
    {
        var shown = await LoadAsync(slug, number, fill: true, ct);
        if (confirm == "cancel" && shown is PageResult)
            Confirm = new Plenary.Web.Pages.Shared.ConfirmRemoval($"Mark the {MeetingName.ToLowerInvariant()} as cancelled?",
                "A cancelled convening cannot be planned or held again, and documents no longer narrate it as held. The audit trail keeps the change.",
                "Status", new Dictionary<string, string> { ["Version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Status"] = "Cancelled" },
                $"/bodies/{slug}/meetings/{number}/edit#status", "Mark as cancelled");
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.UpdateDetailsAsync(slug, number, version, Venue, StartDate!.Value, EndDate!.Value, Format, ct),
            "The venue, dates and format were saved.", () => RedirectToPage(new { slug, number }), () => LoadAsync(slug, number, fill: false, ct), checkForm: true);
    }

    public async Task<IActionResult> OnPostConveningAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        ModelState.Clear();
        return await ApplyAsync(() => edit.DesignateAsync(slug, number, version, Kind, Ordinal, Designation, Continues, FirstPlenaryMeetingNumber ?? 1, SummaryByChair, ct),
            "The kind and name were saved.", () => RedirectToPage(new { slug, number }), () => LoadAsync(slug, number, fill: false, ct, keep: "convening"));
    }

    public async Task<IActionResult> OnPostStatusAsync(string slug, int number, int version, MeetingStatus status, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        ModelState.Clear();
        return await ApplyAsync(() => edit.SetStatusAsync(slug, number, version, status, User.StepActor().Name, ct: ct),
            $"The convening is now {MeetingText.Status(status).ToLowerInvariant()}.", () => RedirectToPage(new { slug, number }), () => LoadAsync(slug, number, fill: true, ct), r => Error = r.Error);
    }

    public async Task<IActionResult> OnPostPresidingAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        ModelState.Clear();
        return await ApplyAsync(() => edit.RecordPresidingAsync(slug, number, version, new PresidingInput(OpenedBy, OpenedByOther, PresidedBy, OnBehalfOf, ClosedBy), ct),
            "Who opened, presided over and closed it was saved.", () => RedirectToPage(new { slug, number }), () => LoadAsync(slug, number, fill: false, ct, keep: "presiding"));
    }

    /// <param name="keep">The form that was sent and refused: its values stay as typed, the other forms show the record.</param>
    private async Task<IActionResult> LoadAsync(string slug, int number, bool fill, CancellationToken ct, string keep = "details")
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        var m = Meeting.Meeting;
        if (fill || keep != "details")
            (Venue, StartDate, EndDate, Format) = (m.Venue, m.StartDate, m.EndDate, m.Format);
        if (fill || keep != "convening")
            (Kind, Ordinal, Designation, Continues, FirstPlenaryMeetingNumber, SummaryByChair) = (m.Kind, m.Ordinal, m.Designation, m.Continues, m.FirstPlenaryMeetingNumber, m.SummaryByChair);
        if (fill || keep != "presiding")
            (OpenedBy, OpenedByOther, PresidedBy, OnBehalfOf, ClosedBy) = (Meeting.Presiding.OpenedBy, Meeting.Presiding.OpenedByOther, Meeting.Presiding.PresidedBy, Meeting.Presiding.OnBehalfOf, Meeting.Presiding.ClosedBy);
        Others = EditedBody.Meetings.Where(o => o.Number != number).ToList();
        AcrossSessions = EditedBody.Conventions.SittingNumbering == Plenary.Domain.Bodies.SittingNumbering.AcrossSessions;
        return Page();
    }
}
