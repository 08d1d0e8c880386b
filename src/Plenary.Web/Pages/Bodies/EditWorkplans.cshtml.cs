using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>A workplan as the form sends it.</summary>
public sealed class WorkplanForm
{
    public string? Title { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? Symbol { get; set; }
    public int? AdoptedAtMeeting { get; set; }
    public bool PreliminaryConclusions { get; set; }

    public static WorkplanForm From(WorkplanView w) => new()
    {
        Title = w.Title, StartYear = w.StartYear, EndYear = w.EndYear, Symbol = w.Symbol, AdoptedAtMeeting = w.AdoptedAtMeeting, PreliminaryConclusions = w.PreliminaryConclusions,
    };
}

/// <summary>A planned meeting as the form sends it: topics one a line.</summary>
public sealed class PlannedMeetingForm
{
    public int? Year { get; set; }
    public int? MeetingNumber { get; set; }
    public string? Topics { get; set; }
    public bool IsStocktaking { get; set; }
    public string? Note { get; set; }

    public PlannedMeetingInput ToInput(int year) =>
        new(year, MeetingNumber, (Topics ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), IsStocktaking, Note);

    public static PlannedMeetingForm From(PlannedMeetingView p) => new()
    {
        Year = p.Year, MeetingNumber = p.MeetingNumber, Topics = string.Join("\n", p.Topics), IsStocktaking = p.Stocktaking, Note = p.Note,
    };
}

/// <summary>The Secretariat adds, edits and removes a body's workplans and the meetings they plan. Post/Redirect/Get; removal is confirmed first.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditWorkplansModel(BodyQueries bodies, EditBody edit) : BodyEditorPage(bodies)
{
    /// <summary>What the body convenes, in the page's own words: "meeting" or "session".</summary>
    public string Noun => Body?.Body.Noun ?? "meeting";

    public const string NewForm = "new";

    public WorkplanForm? SentWorkplan { get; private set; }
    public PlannedMeetingForm? SentMeeting { get; private set; }

    public static string FormOf(Guid workplan) => $"w{workplan:N}";
    public static string FormOf(Guid workplan, int position) => $"w{workplan:N}-{position}";
    public static string NewMeetingForm(Guid workplan) => $"w{workplan:N}-new";

    public WorkplanForm ValuesFor(string form, WorkplanView? current) =>
        FailedForm == form && SentWorkplan is not null ? SentWorkplan : current is null ? new WorkplanForm() : WorkplanForm.From(current);

    public PlannedMeetingForm ValuesFor(string form, PlannedMeetingView? current) =>
        FailedForm == form && SentMeeting is not null ? SentMeeting : current is null ? new PlannedMeetingForm() : PlannedMeetingForm.From(current);

    public async Task<IActionResult> OnGetAsync(string slug, Guid? remove, int? meeting, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        if (remove is not { } id || Body.Workplans.FirstOrDefault(w => w.Id == id) is not { } workplan) return Page();
        var version = Version.ToString(CultureInfo.InvariantCulture);
        if (meeting is { } position && workplan.PlannedMeetings.FirstOrDefault(p => p.Position == position) is { } planned)
            Confirm = new ConfirmRemoval(
                $"Remove planned {Noun} {position} ({planned.Year}{(planned.MeetingNumber is { } n ? ", " + BodyQueries.PlannedName(Body.Conventions.Convenes, n).ToLowerInvariant() : "")}) from the {workplan.Title}?",
                $"It leaves the workplan, and the planned {Noun}s after it move up one place. The audit trail keeps what it said.",
                "RemovePlannedMeeting",
                new Dictionary<string, string> { ["Version"] = version, ["Workplan"] = id.ToString(), ["Position"] = position.ToString(CultureInfo.InvariantCulture) },
                $"/bodies/{slug}/workplans#{FormOf(id, position)}", $"Remove the planned {Noun}");
        else if (meeting is null)
            Confirm = new ConfirmRemoval(
                $"Remove the {workplan.Title} ({workplan.StartYear}–{workplan.EndYear})?",
                workplan.PlannedMeetings.Count switch
                {
                    0 => "It leaves the body's record. The audit trail keeps what it said.",
                    1 => $"It leaves the body's record with the one {Noun} it plans. The audit trail keeps what they said.",
                    var c => $"It leaves the body's record with the {c} {Noun}s it plans. The audit trail keeps what they said.",
                },
                "RemoveWorkplan",
                new Dictionary<string, string> { ["Version"] = version, ["Workplan"] = id.ToString() },
                $"/bodies/{slug}/workplans#{FormOf(id)}", "Remove the workplan");
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string slug, int version, WorkplanForm form, CancellationToken ct)
    {
        SentWorkplan = form;
        if (Missing(form) is { } missing) return await RefuseAsync(slug, NewForm, missing.Name, missing.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, NewForm, () => edit.AddWorkplanAsync(slug, version, Input(form), ct), "The workplan was added.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostEditAsync(string slug, int version, Guid workplan, WorkplanForm form, CancellationToken ct)
    {
        SentWorkplan = form;
        if (Missing(form) is { } missing) return await RefuseAsync(slug, FormOf(workplan), missing.Name, missing.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, FormOf(workplan), () => edit.EditWorkplanAsync(slug, version, workplan, Input(form), ct), "The workplan was saved.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostRemoveWorkplanAsync(string slug, int version, Guid workplan, CancellationToken ct) =>
        await ApplyAsync(slug, FormOf(workplan), () => edit.RemoveWorkplanAsync(slug, version, workplan, ct), "The workplan was removed.", () => Shown(slug, ct), ct, formHasFields: false);

    public async Task<IActionResult> OnPostAddMeetingAsync(string slug, int version, Guid workplan, PlannedMeetingForm form, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        SentMeeting = form;
        if (Missing(form) is { } missing) return await RefuseAsync(slug, NewMeetingForm(workplan), missing.Name, missing.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, NewMeetingForm(workplan), () => edit.AddPlannedMeetingAsync(slug, version, workplan, form.ToInput(form.Year!.Value), ct),
            $"The {Noun} was added to the workplan.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostEditMeetingAsync(string slug, int version, Guid workplan, int position, PlannedMeetingForm form, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        SentMeeting = form;
        if (Missing(form) is { } missing) return await RefuseAsync(slug, FormOf(workplan, position), missing.Name, missing.Message, () => Shown(slug, ct), ct);
        return await ApplyAsync(slug, FormOf(workplan, position), () => edit.EditPlannedMeetingAsync(slug, version, workplan, position, form.ToInput(form.Year!.Value), ct),
            $"Planned {Noun} {position} was saved.", () => Shown(slug, ct), ct);
    }

    public async Task<IActionResult> OnPostRemovePlannedMeetingAsync(string slug, int version, Guid workplan, int position, CancellationToken ct) =>
        await LoadBodyAsync(slug, ct) ?? await ApplyAsync(slug, FormOf(workplan, position), () => edit.RemovePlannedMeetingAsync(slug, version, workplan, position, ct),
            $"Planned {Noun} {position} was removed.", () => Shown(slug, ct), ct, formHasFields: false);

    private static WorkplanInput Input(WorkplanForm f) => new(f.Title ?? "", f.StartYear!.Value, f.EndYear!.Value, f.Symbol, f.AdoptedAtMeeting, f.PreliminaryConclusions);

    /// <summary>A year left out or a number that is none: refused before any edit.</summary>
    private (string Name, string Message)? Missing(WorkplanForm f) =>
        Unreadable("StartYear") || f.StartYear is null ? ("StartYear", "Give the workplan's first year, such as 2018.")
        : Unreadable("EndYear") || f.EndYear is null ? ("EndYear", "Give the workplan's last year, such as 2021 (the first year again for a workplan of one year).")
        : Unreadable("AdoptedAtMeeting") ? ("AdoptedAtMeeting", $"Give the number of the {Noun} that adopted the workplan, such as 4, or leave it empty.")
        : null;

    private (string Name, string Message)? Missing(PlannedMeetingForm f) =>
        Unreadable("IsStocktaking") ? ("IsStocktaking", ModelState["IsStocktaking"]!.Errors[0].ErrorMessage)
        : Unreadable("Year") || f.Year is null ? ("Year", $"Give the year of the planned {Noun}, such as 2019.")
        : Unreadable("MeetingNumber") ? ("MeetingNumber", $"Give the {Noun}'s number, such as 5, or leave it empty.")
        : null;

    private bool Unreadable(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    private async Task<IActionResult> Shown(string slug, CancellationToken ct) => await LoadBodyAsync(slug, ct) ?? Page();
}

/// <summary>The form of one planned meeting (_PlannedMeetingForm.cshtml): to add one (no position) or to edit one.</summary>
public sealed record PlannedMeetingFields(string Form, string Handler, Guid Workplan, int? Position, PlannedMeetingForm Values, int Version, string? FailedField, string? Error, string Button, string Noun = "meeting")
{
    public string? ErrorFor(string field) => FailedField == field ? Error : null;
}
