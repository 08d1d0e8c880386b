using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

using Plenary.Web.Pages.Meetings;

namespace Plenary.Web.Pages.Participation;

/// <summary>The Secretariat's view of every delegation registered for a meeting, and where to register one on a participant's behalf.</summary>
/// <remarks>It names persons: no cache keeps it (Cache-Control: no-store).</remarks>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Authorize(Policy = Policies.Secretariat)]
public sealed class DelegationsModel(MeetingQueries meetings, BodyQueries bodies, Delegations delegations, Organizations organizations) : MeetingEditorPage(meetings, bodies)
{
    public IReadOnlyList<DelegationView> Registered { get; private set; } = [];
    /// <summary>The register of organizations, for the organization picker.</summary>
    public IReadOnlyList<OrganizationView> Register { get; private set; } = [];
    /// <summary>Which of the two forms was refused ("states" or "organizations"), and what was typed in it.</summary>
    public string? FailedKind { get; private set; }
    public string? Typed { get; private set; }
    /// <summary>The meeting's plenary meetings, each with its attendance list.</summary>
    public IReadOnlyList<PlenaryMeetingView> Plenaries => Meeting.PlenaryMeetings;

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        Registered = await delegations.ListAsync(slug, number, ct) ?? [];
        Register = await organizations.ListAsync(ct: ct);
        return Page();
    }

    /// <summary>Opens the page of a delegation the Secretariat registers for a participant (a GET form: it writes nothing).</summary>
    public async Task<IActionResult> OnGetOpenAsync(string slug, int number, string? kind, string? participant, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        kind ??= "states";
        string? message = null;
        if (kind == "states")
        {
            // A State is picked from the register by name or code, and opened by its code.
            try { participant = StateRegister.Require(participant, "delegation.participant").Code; }
            catch (Plenary.Domain.DomainException e) { message = e.Message; }
        }
        else if (kind == "organizations")
        {
            // An organization is picked from the register too, and opened by its name there.
            try { participant = (await organizations.RequireAsync(participant, "delegation.participant", "The organization", ct)).Name; }
            catch (Plenary.Domain.DomainException e) { message = e.Message; }
        }
        if (message is null)
        {
            if (ParticipantKey.TryParse(kind, participant, out var key, out var error))
                return Redirect($"/bodies/{slug}/meetings/{number}/delegations/{key.Path}");
            message = error.Error;
        }
        (Error, FailedKind, Typed) = (message, kind, participant);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Registered = await delegations.ListAsync(slug, number, ct) ?? [];
        Register = await organizations.ListAsync(ct: ct);
        return Page();
    }
}
