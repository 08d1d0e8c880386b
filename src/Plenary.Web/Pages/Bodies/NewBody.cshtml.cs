using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bodies;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>
/// The Administrator creates a body: its slug (in every link), names, secretariat, symbol series, membership, and
/// what it convenes and calls its participants (the rest of its conventions are set on the body's editor). Post/Redirect/Get.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NewBodyModel(EditBody edit) : EditorPage
{
    public const string Form = "new";

    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? Secretariat { get; set; }
    [BindProperty] public string? SymbolSeries { get; set; }
    [BindProperty] public Membership Membership { get; set; }
    [BindProperty] public Convenes Convenes { get; set; }
    [BindProperty] public ParticipantTerm Participants { get; set; } = ParticipantTerm.Representatives;

    public string? ErrorFor(string field) => ViewData.ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var slug = Slug?.Trim() ?? "";
        return await ApplyAsync(async () => (await edit.CreateAsync(slug, FullName ?? "", ShortName ?? "", Secretariat, SymbolSeries, Membership,
                new BodyConventions(Convenes, SittingNumbering.WithinConvening, Participants, NoDocumentationNote: Convenes == Convenes.Meetings), ct)).Result,
            "The body was created. Set how its documents are written, record its officers and schedule its first convening.",
            () => Redirect($"/bodies/{slug}/edit"), () => Task.FromResult<IActionResult>(Page()), checkForm: true);
    }
}
