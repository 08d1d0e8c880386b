using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Participation;

namespace Plenary.Web.Pages.Participation;

/// <summary>
/// The room display of a meeting's list of speakers, for every viewer (in the room, on the screens, online): the item under
/// consideration, who has the floor with the speaking-time clock, and who speaks next. It follows the list live through
/// Server-Sent Events (wwwroot/js/speakers.js, ADR 0019); without JavaScript it reloads itself every few seconds.
/// </summary>
[AllowAnonymous]
public sealed class LiveModel(ListOfSpeakers speakers, TimeProvider clock) : PageModel
{
    public SpeakersView List { get; private set; } = null!;
    public DateTimeOffset Now => clock.GetUtcNow();
    public string Base => $"/bodies/{List.BodySlug}/meetings/{List.MeetingNumber}";

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await speakers.GetAsync(slug, number, ct) is not { } list) return NotFound();
        List = list;
        return Page();
    }
}
