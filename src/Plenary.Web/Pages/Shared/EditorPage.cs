using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Editing;

namespace Plenary.Web.Pages.Shared;

/// <summary>
/// What every page that writes to the record shares: the message after an edit, the error shown above
/// the forms, and <see cref="ApplyAsync"/>, the one Post/Redirect/Get step that turns an edit's
/// <see cref="EditResult"/> into a response. The editor bases (bodies, meetings, documents) and the
/// delegation page derive from it.
/// </summary>
public abstract class EditorPage : PageModel
{
    /// <summary>A message about no field in particular (a stale edit, say), shown above the forms.</summary>
    public string? Error { get; protected set; }

    /// <summary>What the last edit did, shown once after the redirect.</summary>
    [TempData] public string? Message { get; set; }

    /// <summary>The refused edit while the page is shown again (null otherwise).</summary>
    protected EditResult? Refused { get; private set; }

    /// <summary>
    /// Post/Redirect/Get for one edit: with <paramref name="checkForm"/>, a form that does not bind is
    /// refused first (400, nothing written); then the edit runs. Done: the <paramref name="done"/>
    /// message and the <paramref name="redirect"/>. Not found: 404. Refused: 409 when it met another
    /// edit (stale or clashed), 400 for a broken rule, the message shown by <paramref name="showRefusal"/>
    /// (by default next to its field, else above the forms), and the page again through <paramref name="show"/>.
    /// </summary>
    protected async Task<IActionResult> ApplyAsync(Func<Task<EditResult>> edit, string done, Func<IActionResult> redirect, Func<Task<IActionResult>> show,
        Action<EditResult>? showRefusal = null, bool checkForm = false)
    {
        if (checkForm && !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await show();
        }
        var result = await edit();
        if (result.NotFound) return NotFound();
        if (result.Succeeded)
        {
            Message = done;
            return redirect();
        }
        Refused = result;
        Response.StatusCode = result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        (showRefusal ?? ShowRefusal)(result);
        return await show();
    }

    /// <summary>A refusal next to its form field when it names one (the form's validation message), above the forms otherwise.</summary>
    protected void ShowRefusal(EditResult result)
    {
        if (result.Field is { } field) ModelState.AddModelError(field, result.Error!);
        else Error = result.Error;
    }
}
