using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Application.Participation;
using Plenary.Web.Security;

using Plenary.Web.Pages.Meetings;

namespace Plenary.Web.Pages.Participation;

/// <summary>The Secretariat's view of every delegation registered for a meeting, and where to register one on a participant's behalf.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class DelegationsModel(MeetingQueries meetings, BodyQueries bodies, Delegations delegations) : MeetingEditorPage(meetings, bodies)
{
    public IReadOnlyList<DelegationView> Registered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        Registered = await delegations.ListAsync(slug, number, ct) ?? [];
        return Page();
    }

    /// <summary>Opens the page of a delegation the Secretariat registers for a participant (a GET form: it writes nothing).</summary>
    public async Task<IActionResult> OnGetOpenAsync(string slug, int number, string? kind, string? participant, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        if (!ParticipantKey.TryParse(kind ?? "states", participant, out var key, out var error))
        {
            Error = error.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Registered = await delegations.ListAsync(slug, number, ct) ?? [];
            return Page();
        }
        return Redirect($"/bodies/{slug}/meetings/{number}/delegations/{key.Path}");
    }
}
