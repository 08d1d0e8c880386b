using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bodies;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>
/// The Secretariat edits a body's names, secretariat, symbol series and membership (not its slug), and how its
/// documents are written: what it convenes, how it numbers sittings, what it calls participants, its report title,
/// its "no documentation" notes and the symbol patterns of the documents Plenary issues. Post/Redirect/Get; stale edits are refused.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class EditBodyModel(BodyQueries bodies, EditBody edit) : BodyEditorPage(bodies)
{
    public const string Form = "details";

    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? Secretariat { get; set; }
    [BindProperty] public string? SymbolSeries { get; set; }
    [BindProperty] public Membership Membership { get; set; }
    [BindProperty] public Convenes Convenes { get; set; }
    [BindProperty] public SittingNumbering SittingNumbering { get; set; }
    [BindProperty] public ParticipantTerm Participants { get; set; }
    [BindProperty] public string? ReportTitle { get; set; }
    [BindProperty] public bool NoDocumentationNote { get; set; }
    [BindProperty] public string? AgendaSymbolPattern { get; set; }
    [BindProperty] public string? ReportSymbolPattern { get; set; }
    [BindProperty] public string? ListOfParticipantsSymbolPattern { get; set; }
    [BindProperty] public string? ConferenceRoomPaperSymbolPattern { get; set; }
    [BindProperty] public string? LimitedSymbolPattern { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await ShowAsync(slug, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(string slug, int version, CancellationToken ct) =>
        await ApplyAsync(slug, Form, () => edit.UpdateDetailsAsync(slug, version, FullName ?? "", ShortName ?? "", Secretariat, SymbolSeries, Membership,
                new BodyConventions(Convenes, SittingNumbering, Participants, ReportTitle, NoDocumentationNote,
                    new SymbolPatterns(AgendaSymbolPattern, ReportSymbolPattern, ListOfParticipantsSymbolPattern, ConferenceRoomPaperSymbolPattern, LimitedSymbolPattern)), ct),
            "The body was saved.", () => ShowAsync(slug, fill: false, ct), ct);

    private async Task<IActionResult> ShowAsync(string slug, bool fill, CancellationToken ct)
    {
        if (await LoadBodyAsync(slug, ct) is { } refusal) return refusal;
        // A stale page shows the current record; a refused one keeps what was typed.
        if (fill || Error is not null)
        {
            (FullName, ShortName, Secretariat, SymbolSeries, Membership) = (Body.Body.FullName, Body.Body.ShortName, Body.Body.Secretariat, Body.Body.SymbolSeries, Body.Membership);
            var c = Body.Conventions;
            (Convenes, SittingNumbering, Participants, ReportTitle, NoDocumentationNote) = (c.Convenes, c.SittingNumbering, c.Participants, c.ReportTitle, c.NoDocumentationNote);
            (AgendaSymbolPattern, ReportSymbolPattern, ListOfParticipantsSymbolPattern, ConferenceRoomPaperSymbolPattern, LimitedSymbolPattern) =
                (c.AgendaSymbolPattern, c.ReportSymbolPattern, c.ListOfParticipantsSymbolPattern, c.ConferenceRoomPaperSymbolPattern, c.LimitedSymbolPattern);
        }
        return Page();
    }
}
