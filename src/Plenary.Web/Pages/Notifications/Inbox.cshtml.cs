using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Decisions;
using Plenary.Application.Notifications;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Notifications;

/// <summary>
/// A person's dashboard: the silence procedures open for them, soonest deadline first, with a countdown;
/// and their inbox of notifications, the unread ones marked, each read when opened or all at once.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class InboxModel(Inbox inbox, SilenceProcedureQueries procedures) : PageModel
{
    public IReadOnlyList<NotificationView> Notifications { get; private set; } = [];
    public IReadOnlyList<(string Slug, string BodyName, ProcedureSummary Procedure, bool Answered)> OpenProcedures { get; private set; } = [];
    public int Unread { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } user) return Challenge();
        OpenProcedures = await procedures.OpenForMemberAsync(user, ct);
        Notifications = await inbox.ListAsync(user, ct: ct);
        Unread = Notifications.Count(n => !n.Read);
        return Page();
    }

    /// <summary>Opens a notification: marks it read and follows its link.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        if (User.UserId() is not { } user) return Challenge();
        var mine = (await inbox.ListAsync(user, ct: ct)).FirstOrDefault(n => n.Id == id);
        if (mine is null) return NotFound();
        await inbox.MarkReadAsync(user, id, ct);
        return LocalRedirect(mine.Link);
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } user) return Challenge();
        var n = await inbox.MarkReadAsync(user, null, ct);
        Message = n == 0 ? "Nothing was unread." : $"{Plenary.Domain.Editorial.Numbers.Count(n, "notification")} marked as read.";
        return RedirectToPage();
    }
}
