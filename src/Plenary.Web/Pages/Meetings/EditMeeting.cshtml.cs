using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Globalization;
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

    // The decision behind new dates or a new format: recorded as the lifecycle's "dates approved" or "format changed".
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public DecisionMeans? Authority { get; set; }
    [BindProperty] public string? DecidedBy { get; set; }
    [BindProperty] public int? PlenaryMeeting { get; set; }
    [BindProperty] public SittingsOnMove Sittings { get; set; }
    [BindProperty] public string? Arrangements { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

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

    /// <summary>
    /// Saves the venue; new dates or a new format are recorded as lifecycle steps on the decision given with them
    /// (the same steps as the lifecycle page), and new dates are confirmed first, saying what happens to the sittings.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        if (ModelState.IsValid && !Confirmed && await LoadMeetingAsync(slug, number, ct) is null
            && (StartDate != Meeting.Meeting.StartDate || EndDate != Meeting.Meeting.EndDate) && EndDate >= StartDate)
        {
            var shown = await LoadAsync(slug, number, fill: false, ct);
            if (shown is not PageResult) return shown;
            var fields = new Dictionary<string, string>
            {
                ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Confirmed"] = "true", ["Venue"] = Venue, ["Format"] = Format.ToString(),
                ["StartDate"] = StartDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["EndDate"] = EndDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Sittings"] = Sittings.ToString(),
            };
            void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) fields[name] = value; }
            Add("Date", Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("Authority", Authority?.ToString());
            Add("DecidedBy", DecidedBy);
            Add("PlenaryMeeting", PlenaryMeeting?.ToString(CultureInfo.InvariantCulture));
            Add("Arrangements", Arrangements);
            Confirm = new($"Approve these dates for the {MeetingName.ToLowerInvariant()}?",
                $"The dates approved, {Plenary.Domain.Editorial.Dates.RangeInText(StartDate.Value, EndDate.Value)}, are recorded in its history. "
                + (await edit.WhatMovingDoesAsync(slug, number, StartDate, EndDate, Sittings, ct) ?? ""),
                "", fields, $"/bodies/{slug}/meetings/{number}/edit", "Record the new dates");
            return shown;
        }
        return await ApplyAsync(() => edit.UpdateDetailsAsync(slug, number, version, Venue, StartDate!.Value, EndDate!.Value, Format,
                new ChangeDecision(Date, Authority, DecidedBy, PlenaryMeeting, Sittings, Arrangements), User.StepActor().Name, ct),
            "The venue, dates and format were saved; new dates or a new format are recorded in the history.", () => RedirectToPage(new { slug, number }),
            () => LoadAsync(slug, number, fill: false, ct), r =>
            {
                var field = r.Field == "Details" ? "Arrangements" : r.Field;
                if (field is "Venue" or "StartDate" or "EndDate" or "Format" or "Date" or "Authority" or "DecidedBy" or "PlenaryMeeting" or "Sittings" or "Arrangements")
                    ModelState.AddModelError(field, r.Error!);
                else Error = r.Error;
            }, checkForm: true);
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
