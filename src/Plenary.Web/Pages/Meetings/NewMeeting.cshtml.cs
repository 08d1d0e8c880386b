using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>
/// The Secretariat schedules a new convening of the body: its number (the key in its links), its kind, the ordinal
/// or designation in its name, what a resumed or reconvened one continues, its venue, dates and format. Post/Redirect/Get.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class NewMeetingModel(BodyQueries bodies, EditMeeting edit) : EditorPage
{
    public BodyDetails Body { get; private set; } = null!;
    public string Slug { get; private set; } = "";

    [BindProperty, Required(ErrorMessage = "Give the convening's number, its key in the body's record.")]
    public int? Number { get; set; }
    [BindProperty] public ConveningKind Kind { get; set; }
    [BindProperty] public int? Ordinal { get; set; }
    [BindProperty] public string? Designation { get; set; }
    [BindProperty] public int? Continues { get; set; }
    [BindProperty, Required(ErrorMessage = "Give the venue, such as New York.")]
    public string Venue { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "Give the first day.")]
    public DateOnly? StartDate { get; set; }
    [BindProperty, Required(ErrorMessage = "Give the last day.")]
    public DateOnly? EndDate { get; set; }
    [BindProperty] public MeetingFormat Format { get; set; }
    [BindProperty] public int? FirstPlenaryMeetingNumber { get; set; }
    /// <summary>With <see cref="PlannedMeeting"/>: the workplan whose planned convening this one is.</summary>
    [BindProperty] public Guid? Workplan { get; set; }
    [BindProperty] public int? PlannedMeeting { get; set; }

    /// <summary>The planned convening it is created from, as the workplan gives it.</summary>
    public (WorkplanView Workplan, PlannedMeetingView Planned)? FromPlan { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, Guid? workplan, int? planned, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refusal) return refusal;
        Number = Body.Meetings.Count == 0 ? 1 : Body.Meetings.Max(m => m.Number) + 1;
        (Workplan, PlannedMeeting) = (workplan, planned);
        FromPlan = FindPlan();
        if (FromPlan is var (_, p))
        {
            // The workplan's number for it (the eighth meeting) is its number and ordinal, unless that number is taken.
            if (p.MeetingNumber is { } n && Body.Meetings.All(m => m.Number != n)) Number = n;
            Ordinal = p.MeetingNumber;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refusal) return refusal;
        var number = Number ?? 0;
        return await ApplyAsync(async () => (await edit.CreateAsync(slug, new ConveningInput(number, Kind, Ordinal, Designation, Continues, Venue,
                    StartDate!.Value, EndDate!.Value, Format, FirstPlenaryMeetingNumber ?? 1, Workplan, Workplan is null ? null : PlannedMeeting), ct)).Result,
            "The convening was scheduled.", () => Redirect($"/bodies/{slug}/meetings/{number}"), () => Task.FromResult<IActionResult>(Page()), checkForm: true);
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        var (body, refusal) = await this.EditableBodyAsync(bodies, slug, ct);
        if (refusal is not null) return refusal;
        (Body, Slug) = (body!, slug);
        FromPlan = FindPlan();
        return null;
    }

    private (WorkplanView, PlannedMeetingView)? FindPlan() =>
        Body?.Workplans.FirstOrDefault(w => w.Id == Workplan) is { } w && w.PlannedMeetings.FirstOrDefault(p => p.Position == PlannedMeeting) is { } p ? (w, p) : null;
}

/// <summary>The kind and name fields of a convening's forms (_ConveningFields.cshtml).</summary>
public sealed record ConveningFields(string Noun, ConveningKind Kind, int? Ordinal, string? Designation, int? Continues, int FirstPlenaryMeetingNumber,
    bool AcrossSessions, IReadOnlyList<MeetingSummary> Others);
