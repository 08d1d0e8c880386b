using Microsoft.AspNetCore.Mvc.ModelBinding;
using Plenary.Application.Participation;

namespace Plenary.Web.Pages.Agenda;

/// <summary>The panel of one agenda item on the agenda editor (_Panel.cshtml), with the refused form's messages when it was this item's.</summary>
public sealed record PanelEditor(string Item, string Key, int Version, IReadOnlyList<PanellistView> Panel, IReadOnlyList<OrganizationView> Register, string Here,
    ModelStateDictionary? Errors);
