using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Application.Participation;
using Plenary.Web.Pages.Meetings;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>
/// The Secretariat's record of the statements made at a meeting: the list of speakers records each when the Chair marks it
/// made; here the Secretariat records one after the sitting (from the recording, say) and removes one recorded by mistake.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class StatementsEditorModel(MeetingQueries meetings, BodyQueries bodies, Statements statements, Organizations organizations) : MeetingEditorPage(meetings, bodies)
{
    public IReadOnlyList<StatementView> All { get; private set; } = [];
    public IReadOnlyList<OrganizationView> Register { get; private set; } = [];
    public IReadOnlyList<PlenaryMeetingView> Plenaries => Meeting.PlenaryMeetings;
    public IReadOnlyList<AgendaItemView> Items => Meeting.Agenda.Items;
    public ConfirmRemoval? Confirm { get; private set; }
    /// <summary>Which form was refused ("states" or "organizations").</summary>
    public string? FailedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, Guid? remove, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        if (remove is { } id && All.FirstOrDefault(s => s.Id == id) is { } statement)
            Confirm = new ConfirmRemoval($"Remove the statement of {statement.Label} on item {statement.Item} at the {Plenary.Domain.Editorial.Numbers.OrdinalInFigures(statement.PlenaryMeeting)} plenary meeting?",
                "It leaves the record, with its text if one was uploaded, and the report no longer counts it; the audit trail keeps it.",
                "Remove", new Dictionary<string, string> { ["version"] = statement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["id"] = id.ToString() },
                $"/bodies/{slug}/meetings/{number}/statements", "Remove the statement");
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(string slug, int number, string? form, string? participant, int? plenaryMeeting, string? item,
        string? onBehalfOf, bool rightOfReply, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        FailedForm = form == "organizations" ? "organizations" : "states";
        var who = FailedForm == "organizations" ? ParticipantKey.Organization(participant ?? "") : new ParticipantKey(true, participant ?? "");
        return await ApplyAsync(async () => (await statements.RecordAsync(slug, number, new StatementInput(who, plenaryMeeting, item, onBehalfOf, rightOfReply), ct)).Result,
            "The statement is recorded.", () => RedirectToPage(new { slug, number }), async () => await ShowAsync(slug, number, ct) ?? Page(), r => Error = r.Error);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int number, Guid id, int version, CancellationToken ct)
    {
        if (await ShowAsync(slug, number, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => statements.RemoveAsync(slug, number, id, version, ct), "The statement was removed.",
            () => RedirectToPage(new { slug, number }), async () => await ShowAsync(slug, number, ct) ?? Page(), r => Error = r.Error);
    }

    private async Task<IActionResult?> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        All = await statements.ListAsync(slug, number, ct) ?? [];
        Register = await organizations.ListAsync(ct: ct);
        return null;
    }
}
