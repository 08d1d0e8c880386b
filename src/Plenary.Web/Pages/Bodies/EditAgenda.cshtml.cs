using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Application.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>The Secretariat edits a meeting's agenda: add, edit, move, assign to a plenary meeting. Post/Redirect/Get.</summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditAgendaModel(MeetingQueries meetings, BodyQueries bodies, EditMeeting edit) : MeetingEditorPage(meetings, bodies)
{
    public IReadOnlyList<AgendaItemView> Items { get; private set; } = [];
    public IReadOnlyList<PlenaryMeetingView> Plenaries { get; private set; } = [];
    public int TopLevelCount => Items.Count(i => !i.IsSubItem);
    public string? Error { get; private set; }
    public string? PreviewItem { get; private set; }
    public string? PreviewText { get; private set; }
    public string PreviewHtml { get; private set; } = "";
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct) => await ShowAsync(slug, number, ct);

    public async Task<IActionResult> OnPostAddAsync(string slug, int number, int version, string? title, string? shortTitle, string? annotation, int? parentItem, CancellationToken ct) =>
        await ApplyAsync(slug, number, ct, () => edit.AddItemAsync(slug, number, version, title ?? "", shortTitle, annotation, parentItem, ct), "The item was added.");

    public async Task<IActionResult> OnPostEditAsync(string slug, int number, int version, string item, string? title, string? shortTitle, string? annotation, CancellationToken ct) =>
        await ApplyAsync(slug, number, ct, () => edit.EditItemAsync(slug, number, version, item, title ?? "", shortTitle, annotation, ct), $"Item {item} was saved.");

    /// <summary>Shows the annotation as it will read, sanitised, without saving anything.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string slug, int number, string item, string? annotation, CancellationToken ct)
    {
        (PreviewItem, PreviewText, PreviewHtml) = (item, annotation, Plenary.Application.Editorial.MarkdownText.ToHtml(annotation));
        return await ShowAsync(slug, number, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(string slug, int number, int version, int item, int to, CancellationToken ct) =>
        await ApplyAsync(slug, number, ct, () => edit.MoveItemAsync(slug, number, version, item, to, ct), $"Item {item} is now item {to}.");

    public async Task<IActionResult> OnPostAssignAsync(string slug, int number, int version, string item, int plenaryMeeting, bool continued, CancellationToken ct) =>
        await ApplyAsync(slug, number, ct, () => edit.AssignItemAsync(slug, number, version, item, plenaryMeeting, continued, ct), $"Item {item} is assigned to plenary meeting {plenaryMeeting}.");

    private async Task<IActionResult> ApplyAsync(string slug, int number, CancellationToken ct, Func<Task<EditResult>> apply, string done)
    {
        if (await MayEditAsync(slug, ct) is { } refusal) return refusal;
        var result = await apply();
        if (result.NotFound) return NotFound();
        if (result.Succeeded)
        {
            Message = done;
            return RedirectToPage(new { slug, number });
        }
        Response.StatusCode = StatusCodes.Status409Conflict;
        Error = result.Error;
        return await ShowAsync(slug, number, ct);
    }

    private async Task<IActionResult> ShowAsync(string slug, int number, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        Items = Meeting.Agenda.Items;
        Plenaries = Meeting.PlenaryMeetings;
        return Page();
    }
}
