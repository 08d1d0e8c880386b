using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Participation;
using Plenary.Domain.Participation;
using Plenary.Web.Pages.Shared;

namespace Plenary.Web.Pages.Participation;

/// <summary>What the add and edit forms of the register of organizations share: the fields, and where a refusal's message goes.</summary>
public abstract class OrganizationForm : EditorPage
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Abbreviation { get; set; }
    [BindProperty] public ParticipantCategory? Category { get; set; }

    /// <summary>The message next to a field when the form was refused for it (the rule's, which comes after any binding message).</summary>
    public string? ErrorFor(string field) => ModelState[field]?.Errors.LastOrDefault()?.ErrorMessage;

    protected OrganizationInput Input() => new(Name, Abbreviation, Category);
}
