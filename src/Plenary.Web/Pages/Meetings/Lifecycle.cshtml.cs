using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Domain.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>
/// The Secretariat records a step of a convening's lifecycle (dates approved, agenda approved, convened, agenda
/// adopted at a plenary meeting, closed, report adopted, postponed, cancelled, format changed) with its date and
/// authority. A step that moves the dates or cancels the convening is confirmed first, and the confirmation says
/// what happens to the plenary meetings and the organization of work. Post/Redirect/Get; stale edits are refused.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class LifecycleModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit) : MeetingEditorPage(meetings, bodies)
{
    [BindProperty] public LifecycleStep Step { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public DecisionMeans? Authority { get; set; }
    [BindProperty] public string? DecidedBy { get; set; }
    [BindProperty] public int? PlenaryMeeting { get; set; }
    [BindProperty] public DateOnly? StartDate { get; set; }
    [BindProperty] public DateOnly? EndDate { get; set; }
    [BindProperty] public bool ToBeDetermined { get; set; }
    [BindProperty] public SittingsOnMove Sittings { get; set; }
    [BindProperty] public MeetingFormat? Format { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    /// <summary>The convening as it stands: its history, plenary meetings.</summary>
    public MeetingDetails View => Meeting;
    /// <summary>Where the convening stands, in words ("planned", "in session").</summary>
    public string State { get; private set; } = "";
    /// <summary>The confirmation before a step that moves the dates or cancels the convening.</summary>
    public Plenary.Web.Pages.Shared.ConfirmRemoval? Confirm { get; private set; }

    /// <param name="step">The step the form starts on (the edit page's "Postpone" links here with Postponed).</param>
    public async Task<IActionResult> OnGetAsync(string slug, int number, LifecycleStep? step, CancellationToken ct)
    {
        if (step is { } s && Enum.IsDefined(s)) Step = s;
        return await LoadAsync(slug, number, ct);
    }

    public async Task<IActionResult> OnPostAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(slug, number, ct);
        }
        if (!Confirmed && Step is LifecycleStep.Postponed or LifecycleStep.DatesApproved or LifecycleStep.Cancelled)
        {
            var shown = await LoadAsync(slug, number, ct);
            if (shown is not Microsoft.AspNetCore.Mvc.RazorPages.PageResult) return shown;
            var consequence = Step == LifecycleStep.Cancelled
                ? "A cancelled convening cannot be planned, convened or held again, and documents no longer narrate it as held."
                : await edit.WhatMovingDoesAsync(slug, number, ToBeDetermined ? null : StartDate, ToBeDetermined ? null : EndDate, Sittings, ct) ?? "";
            var fields = new Dictionary<string, string>
            {
                ["Version"] = version.ToString(CultureInfo.InvariantCulture), ["Step"] = Step.ToString(), ["Confirmed"] = "true",
                ["Sittings"] = Sittings.ToString(), ["ToBeDetermined"] = ToBeDetermined ? "true" : "false",
            };
            void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) fields[name] = value; }
            Add("Date", Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("Authority", Authority?.ToString());
            Add("DecidedBy", DecidedBy);
            Add("PlenaryMeeting", PlenaryMeeting?.ToString(CultureInfo.InvariantCulture));
            Add("StartDate", StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("EndDate", EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("Details", Details);
            var question = Step switch
            {
                LifecycleStep.Cancelled => $"Cancel the {MeetingName.ToLowerInvariant()}?",
                LifecycleStep.Postponed => $"Postpone the {MeetingName.ToLowerInvariant()}{(ToBeDetermined ? " to dates to be determined" : "")}?",
                _ => $"Approve these dates for the {MeetingName.ToLowerInvariant()}?",
            };
            Confirm = new(question, consequence, "", fields, $"/bodies/{slug}/meetings/{number}/lifecycle", Step == LifecycleStep.Cancelled ? "Cancel it" : "Record the step");
            return shown;
        }
        var input = new LifecycleInput(Step, Date, Authority, DecidedBy, PlenaryMeeting, ToBeDetermined ? null : StartDate, ToBeDetermined ? null : EndDate,
            ToBeDetermined, Sittings, Format, Details);
        return await ApplyAsync(() => edit.RecordStepAsync(slug, number, version, input, User.StepActor().Name, ct),
            "The step was recorded in the history.", () => Redirect($"/bodies/{slug}/meetings/{number}/lifecycle"), () => LoadAsync(slug, number, ct));
    }

    private async Task<IActionResult> LoadAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        State = Meeting.State;
        return Page();
    }

    public static string StepName(LifecycleStep step) => step switch
    {
        LifecycleStep.DatesApproved => "Dates approved",
        LifecycleStep.AgendaApproved => "Provisional agenda approved",
        LifecycleStep.Convened => "Convened (opened)",
        LifecycleStep.AgendaAdopted => "Agenda adopted at a plenary meeting",
        LifecycleStep.Closed => "Closed",
        LifecycleStep.ReportAdopted => "Report adopted",
        LifecycleStep.Postponed => "Postponed",
        LifecycleStep.Cancelled => "Cancelled",
        LifecycleStep.FormatChanged => "Format changed",
        _ => step.ToString(),
    };
}
