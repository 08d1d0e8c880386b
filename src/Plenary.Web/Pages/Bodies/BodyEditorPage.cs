using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Editing;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>
/// What every page that edits a body's own record (details, mandates, workplans) shares: finding the
/// body, the editor's scope, the version to edit from, and where a refused edit's message goes
/// (next to the field of the form that was sent, or above the forms when it concerns no field).
/// </summary>
public abstract class BodyEditorPage(BodyQueries bodies) : EditorPage
{
    public string Slug { get; private set; } = "";
    public int Version { get; private set; }
    public string BodyName { get; private set; } = "";
    public BodyDetails Body { get; private set; } = null!;

    /// <summary>Which form on the page was sent and refused ("new", "m2" ...); it shows the values sent and is kept open.</summary>
    public string? FailedForm { get; protected set; }
    public string? FailedField { get; protected set; }
    public string? FieldError { get; protected set; }
    /// <summary>The confirmation step of a removal, when the page was opened with ?remove=.</summary>
    public ConfirmRemoval? Confirm { get; protected set; }

    /// <summary>The message for a field of one form, when that form was the one refused.</summary>
    public string? ErrorFor(string form, string field) => FailedForm == form && FailedField == field ? FieldError : null;

    /// <summary>Loads the body for an editor of its record; the result to return instead when that fails (404, 403).</summary>
    protected async Task<IActionResult?> LoadBodyAsync(string slug, CancellationToken ct)
    {
        var (body, refusal) = await this.EditableBodyAsync(bodies, slug, ct);
        if (refusal is not null) return refusal;
        (Slug, Version, BodyName, Body) = (slug, body!.Version, body!.Body.ShortName, body);
        return null;
    }

    /// <summary>Refuses a form before any edit (a number that is not one, a required value left out): 400, nothing written.</summary>
    protected async Task<IActionResult> RefuseAsync(string slug, string form, string field, string message, Func<Task<IActionResult>> show, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        (FailedForm, FailedField, FieldError) = (form, field, message);
        return await show();
    }

    /// <summary>
    /// Post/Redirect/Get for one edit (see <see cref="EditorPage.ApplyAsync"/>) after the scope check;
    /// a refused edit's message goes next to the field of the form that was sent, or above the forms
    /// when it concerns no field, when the form has none (move, remove) or when the page was stale.
    /// </summary>
    protected async Task<IActionResult> ApplyAsync(string slug, string form, Func<Task<EditResult>> apply, string done, Func<Task<IActionResult>> show, CancellationToken ct, bool formHasFields = true)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        return await ApplyAsync(apply, done, () => RedirectToPage(new { slug }), show, result =>
        {
            if (result.IsStale)
            {
                Error = result.Error;
                return;
            }
            FailedForm = form;
            if (formHasFields && result.Field is { } field) (FailedField, FieldError) = (field, result.Error);
            else Error = result.Error;
        });
    }
}
