using Microsoft.AspNetCore.Mvc;
using Plenary.Web.Pages.Shared;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Meetings;

/// <summary>What every page that edits a meeting shares: finding it, checking the editor's scope, the version to edit from (and, from EditorPage, showing an edit's outcome).</summary>
public abstract class MeetingEditorPage(MeetingQueries meetings, BodyQueries bodies) : EditorPage
{
    public string Slug { get; private set; } = "";
    public int Number { get; private set; }
    public int Version { get; private set; }
    public string BodyName { get; private set; } = "";
    public string MeetingName { get; private set; } = "";
    protected MeetingDetails Meeting { get; private set; } = null!;
    /// <summary>What the convening is called on its own ("meeting", "session", "consultation"), for the page's own words.</summary>
    public string Noun => Meeting?.Noun ?? "meeting";
    /// <summary>The body of the convening, as the editor's scope check found it.</summary>
    protected BodyDetails EditedBody { get; private set; } = null!;

    /// <summary>Loads the meeting for an editor of its body; the result to return instead when that fails (404, 403).</summary>
    protected async Task<IActionResult?> LoadMeetingAsync(string slug, int number, CancellationToken ct)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        if (await meetings.GetAsync(slug, number, ct) is not { } meeting) return NotFound();
        (Slug, Number, Version, MeetingName, Meeting) = (slug, number, meeting.Version, meeting.Meeting.Name, meeting);
        return null;
    }

    /// <summary>Null when the reader may edit this body's record; otherwise 404 or 403.</summary>
    protected async Task<IActionResult?> MayEditAsync(string slug, CancellationToken ct)
    {
        var (body, refusal) = await this.EditableBodyAsync(bodies, slug, ct);
        if (refusal is not null) return refusal;
        BodyName = body!.Body.ShortName;
        EditedBody = body;
        return null;
    }
}
