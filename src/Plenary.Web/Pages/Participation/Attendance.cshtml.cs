using Numbers = Plenary.Domain.Editorial.Numbers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Application.Participation;
using Plenary.Web.Pages.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>One row of the attendance form as posted: who, the version shown, whether it was ticked before and now.</summary>
public sealed class AttendanceTick
{
    public string? Kind { get; set; }
    public string? Participant { get; set; }
    public int Version { get; set; }
    public bool Was { get; set; }
    public bool Present { get; set; }
}

/// <summary>
/// The Secretariat's fast attendance list of a plenary meeting: type to find a delegation, tick who is present. Without
/// JavaScript the ticks of the rows shown are saved together; with it (wwwroot/js/attendance.js) the list narrows as one
/// types and each tick is saved at once. Ticking a State or organization that has not registered opens its delegation.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class AttendanceModel(MeetingQueries meetings, BodyQueries bodies, AttendanceQueries attendance, Delegations delegations) : MeetingEditorPage(meetings, bodies)
{
    public int Plenary { get; private set; }
    public string PlenaryName { get; private set; } = "";
    public string? Query { get; private set; }
    public AttendanceView List { get; private set; } = new(0, []);

    public async Task<IActionResult> OnGetAsync(string slug, int number, int plenary, string? q, CancellationToken ct) =>
        await ShowAsync(slug, number, plenary, q, ct);

    /// <summary>Saves the ticks of the rows shown that changed; each row is its delegation's own edit.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string slug, int number, int plenary, string? q, List<AttendanceTick>? rows, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        var (present, away, failed) = (0, 0, new List<string>());
        foreach (var row in (rows ?? []).Where(r => r.Present != r.Was))
        {
            if (!ParticipantKey.TryParse(row.Kind, row.Participant, out var key, out _)) continue;
            var result = await delegations.SetAttendanceAsync(slug, number, key, row.Version, plenary, row.Present, bySecretariat: true, ct);
            if (result.Succeeded) _ = row.Present ? present++ : away++;
            else failed.Add($"{key.DisplayName}: {result.Error}");
        }
        if (failed.Count > 0)
        {
            Error = string.Join(" ", failed);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowAsync(slug, number, plenary, q, ct);
        }
        Message = present + away == 0 ? "Nothing changed." : $"Saved: {Numbers.Count(present, "delegation")} checked in, {Numbers.Count(away, "check-in")} taken back.";
        return Redirect($"/bodies/{slug}/meetings/{number}/plenary-meetings/{plenary}/attendance{(string.IsNullOrWhiteSpace(q) ? "" : "?q=" + Uri.EscapeDataString(q))}");
    }

    /// <summary>One tick, as the page's script sends it: JSON with the delegation's new version, or a problem.</summary>
    public async Task<IActionResult> OnPostTickAsync(string slug, int number, int plenary, AttendanceTick row, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        if (!ParticipantKey.TryParse(row.Kind, row.Participant, out var key, out var error))
            return new ObjectResult(new { detail = error.Error }) { StatusCode = StatusCodes.Status400BadRequest };
        var result = await delegations.SetAttendanceAsync(slug, number, key, row.Version, plenary, row.Present, bySecretariat: true, ct);
        if (result.NotFound) return NotFound();
        if (!result.Succeeded)
            return new ObjectResult(new { detail = result.Error }) { StatusCode = result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest };
        return new JsonResult(new { version = result.Version, present = row.Present, message = $"{key.DisplayName}: {(row.Present ? "present" : "check-in taken back")}." });
    }

    private async Task<IActionResult> ShowAsync(string slug, int number, int plenary, string? q, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        if (await attendance.ListAsync(slug, number, plenary, q, ct) is not { } list) return NotFound();
        (Plenary, Query, List) = (plenary, q, list);
        PlenaryName = Meeting.PlenaryMeetings.First(p => p.Number == plenary).Name;
        return Page();
    }
}
