using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Bodies;

/// <summary>
/// The Secretariat edits a body's names, secretariat, symbol series and membership (not its slug), and how its
/// documents are written: what it convenes, how it numbers sittings, what it calls participants, its report title,
/// its "no documentation" notes and the symbol patterns of the documents Plenary issues, and the plenary meetings
/// with interpretation its conference services allow per convening. Post/Redirect/Get; stale edits are refused.
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
    /// <summary>The plenary meetings with interpretation the body's resources allow per convening; empty: none recorded.</summary>
    [BindProperty] public int? PlenaryMeetingsWithInterpretation { get; set; }

    /// <summary>The field as shown: what was typed when it was refused, else the number.</summary>
    public string? PlenaryMeetingsWithInterpretationText =>
        ModelState.TryGetValue(nameof(PlenaryMeetingsWithInterpretation), out var entry) && entry.Errors.Count > 0 ? entry.AttemptedValue
            : PlenaryMeetingsWithInterpretation?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await ShowAsync(slug, fill: true, ct);

    public async Task<IActionResult> OnPostAsync(string slug, int version, CancellationToken ct)
    {
        // A value that is no whole number ("six", "6.5") is refused before any edit; the domain decides the range.
        if (ModelState.TryGetValue(nameof(PlenaryMeetingsWithInterpretation), out var entry) && entry.Errors.Count > 0)
            return await RefuseAsync(slug, Form, nameof(PlenaryMeetingsWithInterpretation),
                $"Give the plenary meetings with interpretation per {Convenings.Noun(Convenes)} as a whole number, such as 6, or leave the field empty.",
                () => ShowAsync(slug, fill: false, ct), ct);
        return await ApplyAsync(slug, Form, () => edit.UpdateDetailsAsync(slug, version, FullName ?? "", ShortName ?? "", Secretariat, SymbolSeries, Membership,
                new BodyConventions(Convenes, SittingNumbering, Participants, ReportTitle, NoDocumentationNote,
                    new SymbolPatterns(AgendaSymbolPattern, ReportSymbolPattern, ListOfParticipantsSymbolPattern, ConferenceRoomPaperSymbolPattern, LimitedSymbolPattern)),
                new ConferenceServicesInput(PlenaryMeetingsWithInterpretation), ct),
            "The body was saved.", () => ShowAsync(slug, fill: false, ct), ct);
    }

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
            PlenaryMeetingsWithInterpretation = Body.ConferenceServices.PlenaryMeetingsWithInterpretation;
        }
        return Page();
    }
}
