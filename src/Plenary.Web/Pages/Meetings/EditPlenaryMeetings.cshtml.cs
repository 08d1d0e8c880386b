using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Domain.Editorial;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>The Secretariat adds, reschedules and removes a meeting's plenary meetings. Post/Redirect/Get; removal is confirmed first.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditPlenaryMeetingsModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit) : MeetingEditorPage(meetings, bodies)
{
    public IReadOnlyList<PlenaryMeetingView> Plenaries { get; private set; } = [];
    /// <summary>The plenary meeting the form edits; null when it adds one.</summary>
    public int? Editing { get; private set; }
    public ConfirmRemoval? Confirm { get; private set; }
    /// <summary>The warning when more plenary meetings are planned than the body's conference services allow with interpretation.</summary>
    public string? ConferenceServicesWarning => Meeting?.ConferenceServicesWarning;

    [BindProperty, Required(ErrorMessage = "Give the day of the plenary meeting.")]
    public DateOnly? Date { get; set; }

    [BindProperty] public TimeOnly? StartsAt { get; set; }
    [BindProperty] public TimeOnly? EndsAt { get; set; }

    /// <summary>The days without plenary meetings (holidays) in the organization of work.</summary>
    public IReadOnlyList<(DateOnly Date, string Day, string Description)> NonWorkingDays =>
        Meeting.OrganizationOfWork.SelectMany(d => d.Slots.SelectMany(s => s.Rows).Where(r => r.NonWorking).Select(r => (d.Date, d.Day, r.Title))).ToList();

    public async Task<IActionResult> OnGetAsync(string slug, int number, int? edit, int? remove, DateOnly? removeHoliday, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (removeHoliday is { } day && NonWorkingDays.FirstOrDefault(h => h.Date == day) is { Description: not null } holiday)
            Confirm = new ConfirmRemoval($"Take {holiday.Day} ({holiday.Description}) out of the organization of work?",
                "The day is then no longer shown as one without plenary meetings; a plenary meeting may be added on it. The audit trail keeps it.",
                "RemoveHoliday", new Dictionary<string, string> { ["Version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Day"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                $"/bodies/{slug}/meetings/{number}/plenary-meetings#holidays-heading", "Take the day out");
        if (edit is { } n && Plenaries.FirstOrDefault(p => p.Number == n) is { } editing)
            (Editing, Date, StartsAt, EndsAt) = (n, editing.Date, Parse(editing.StartsAt), Parse(editing.EndsAt));
        if (remove is { } r && Plenaries.FirstOrDefault(p => p.Number == r) is { } removing)
            Confirm = ConfirmFor(removing);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, int number, int version, CancellationToken ct) =>
        await SaveAsync(slug, number, null, () => edit.AddPlenaryMeetingAsync(slug, number, version, Date!.Value, StartsAt, EndsAt, ct), "The plenary meeting was added.", ct);

    public async Task<IActionResult> OnPostEditAsync(string slug, int number, int version, int plenary, CancellationToken ct) =>
        await SaveAsync(slug, number, plenary, () => edit.EditPlenaryMeetingAsync(slug, number, version, plenary, Date!.Value, StartsAt, EndsAt, ct), "The plenary meeting was saved.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int number, int version, int plenary, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.RemovePlenaryMeetingAsync(slug, number, version, plenary, ct),
            $"The {Numbers.OrdinalInFigures(plenary)} plenary meeting was removed.", () => Here(slug, number), () => Shown(slug, number, ct), r => Error = r.Error);
    }

    public async Task<IActionResult> OnPostHolidayAsync(string slug, int number, int version, DateOnly? day, string? description, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        ModelState.Clear();
        if (day is not { } d)
        {
            ModelState.AddModelError("Day", "Give the day without plenary meetings, such as 2022-09-05.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Shown(slug, number, ct);
        }
        return await ApplyAsync(() => edit.AddNonWorkingDayAsync(slug, number, version, d, description ?? "", ct),
            $"{Dates.Day(d)} is shown as a day without plenary meetings.", () => Here(slug, number), () => Shown(slug, number, ct),
            r => ModelState.AddModelError(r.Field is "Description" ? "Description" : "Day", r.Error!));
    }

    public async Task<IActionResult> OnPostRemoveHolidayAsync(string slug, int number, int version, DateOnly day, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        ModelState.Clear();
        return await ApplyAsync(() => edit.RemoveNonWorkingDayAsync(slug, number, version, day, ct),
            $"{Dates.Day(day)} was taken out of the organization of work.", () => Here(slug, number), () => Shown(slug, number, ct), r => Error = r.Error);
    }

    private async Task<IActionResult> SaveAsync(string slug, int number, int? plenary, Func<Task<EditResult>> apply, string done, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        Editing = plenary;
        return await ApplyAsync(apply, done, () => Here(slug, number), () => Shown(slug, number, ct), checkForm: true);
    }

    private RedirectToPageResult Here(string slug, int number) => RedirectToPage(new { slug, number, edit = (int?)null, remove = (int?)null, removeHoliday = (DateOnly?)null });

    private async Task<IActionResult> Shown(string slug, int number, CancellationToken ct) => await ShowAsync(slug, number, ct) ?? Page();

    private async Task<IActionResult?> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        Plenaries = Meeting.PlenaryMeetings;
        return null;
    }

    /// <summary>The agenda items the organization of work assigns to a plenary meeting.</summary>
    public IReadOnlyList<string> ItemsAt(int plenary) =>
        Meeting.OrganizationOfWork.SelectMany(d => d.Slots).Where(s => s.PlenaryMeeting == plenary)
            .SelectMany(s => s.Rows).Where(r => !r.NonWorking && r.Item is not null).Select(r => r.Item!).Distinct().ToList();

    private ConfirmRemoval ConfirmFor(PlenaryMeetingView p)
    {
        var items = ItemsAt(p.Number);
        var later = Plenaries.Count(x => x.Number > p.Number);
        var consequence = (items.Count == 0
                ? "No agenda item is assigned to it in the organization of work."
                : $"Its assignments in the organization of work go with it: {(items.Count == 1 ? "item" : "items")} {Lists.Join(items)} will no longer be taken up at any plenary meeting unless assigned elsewhere.")
            + (later == 0 ? "" : $" The {Numbers.Count(later, "plenary meeting")} after it {(later == 1 ? "is" : "are")} renumbered, and the organization of work follows them.")
            + " The audit trail keeps what was removed.";
        return new ConfirmRemoval(
            $"Remove the {p.Name} ({p.Day}{(p.Time is null ? "" : ", " + p.Time)})?",
            consequence,
            "Remove",
            new Dictionary<string, string> { ["Version"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Plenary"] = p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/bodies/{Slug}/meetings/{Number}/plenary-meetings",
            $"Remove the {p.Name}");
    }

    private static TimeOnly? Parse(string? hhmm) =>
        hhmm is null ? null : TimeOnly.ParseExact(hhmm, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
