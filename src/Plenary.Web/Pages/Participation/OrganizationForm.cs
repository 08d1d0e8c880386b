using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Audit;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>What the add and edit forms share: the fields, and where a refusal's message goes.</summary>
public abstract class OrganizationForm : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Abbreviation { get; set; }
    [BindProperty] public ParticipantCategory? Category { get; set; }
    /// <summary>A message about no field in particular: a stale edit.</summary>
    public string? Error { get; protected set; }

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    protected OrganizationInput Input() => new(Name, Abbreviation, Category);

    /// <summary>The page again with the refusal where it belongs: 400 for a broken rule (next to its field), 409 for a stale page.</summary>
    protected IActionResult Refused(EditResult result)
    {
        Response.StatusCode = result.IsStale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        ModelState.Clear();
        if (!result.IsStale && result.Field is { } field) ModelState.AddModelError(field, result.Error!);
        else Error = result.Error;
        return Page();
    }
}
