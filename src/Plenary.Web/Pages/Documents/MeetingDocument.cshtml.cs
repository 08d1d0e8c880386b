using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;
using Plenary.Domain.Documents;
using Plenary.Domain.Editorial;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>
/// A convening's document as generated from the record now, with its downloads and the facts it lacks; the
/// Secretariat issues it here with its date of issue (the same step as plenary render), Post/Redirect/Get.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class MeetingDocumentModel(OfficialDocuments documents, BodyQueries bodies, DocumentQueries register) : PageModel
{
    public GeneratedDocument Generated { get; private set; } = null!;
    public string Fragment { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int Number { get; private set; }
    public string Kind { get; private set; } = "";
    public string KindName { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public string MeetingName { get; private set; } = "";
    /// <summary>Whether the reader may issue the document (the body's Secretariat).</summary>
    public bool CanIssue { get; private set; }

    /// <summary>The date of issue the form offers: chosen, else the default (see OfficialDocuments.DefaultDateOfIssue).</summary>
    [BindProperty] public DateOnly? DateOfIssue { get; set; }
    /// <summary>Issue a revision (/Rev.N) rather than a new version under the same symbol (kept for forms that post it).</summary>
    [BindProperty] public bool Revision { get; set; }
    /// <summary>How to issue: under its own symbol, as a revision (/Rev.N) or as a corrigendum (/Corr.N).</summary>
    [BindProperty] public IssueAs? As { get; set; }
    /// <summary>The symbol of a first issue: proposed from the body's pattern, editable until the document is in the register.</summary>
    [BindProperty] public string? Symbol { get; set; }
    /// <summary>What the issue will do, shown for confirmation (issuing cannot be undone); null when not confirming.</summary>
    public IssuePlan? Plan { get; private set; }
    /// <summary>The document's revisions and corrigenda and every issue of each.</summary>
    public DocumentFamilyView? Family { get; private set; }
    /// <summary>Whether the symbol may still be chosen: nothing of the document is in the register yet.</summary>
    public bool SymbolOpen => Generated.Register.Count == 0;
    public IssueAs Chosen => As ?? (Revision ? IssueAs.Revision : IssueAs.Issue);
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, string kind, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, kind, ct) is { } refusal) return refusal;
        DateOfIssue = Generated.DefaultDateOfIssue;
        Symbol = Generated.Symbol;
        return Page();
    }

    /// <summary>
    /// Issues the document with the date, symbol and way chosen. Two posts: the first shows what will be issued
    /// (symbol, date, revision or corrigendum of what) and asks to confirm, since issuing cannot be undone; the
    /// second (confirmed) issues it. A revision or corrigendum of unchanged content says so and issues nothing.
    /// </summary>
    public async Task<IActionResult> OnPostIssueAsync(string slug, int number, string kind, bool confirmed, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, kind, ct) is { } refusal) return refusal;
        if (!CanIssue) return Forbid();
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(DateOfIssue), "Give the date of issue as a date, such as 2022-06-29.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var documentKind = Enum.Parse<OfficialDocumentKind>(kind, ignoreCase: true);
        var request = new IssueRequest(Chosen, DateOfIssue, SymbolOpen ? Symbol : null);
        try
        {
            if (!confirmed)
            {
                Plan = await documents.PlanAsync(slug, number, documentKind, request, ct);
                if (Plan!.Outcome == Plenary.Domain.Documents.IssueOutcome.Unchanged && Chosen != IssueAs.Issue)
                {
                    Message = Plan.Sentence;
                    return RedirectToPage(new { slug, number, kind });
                }
                return Page();
            }
            var issued = await documents.IssueAsync(slug, number, documentKind, request, ct);
            Message = OfficialDocuments.IssueSentence(issued!, Chosen);
            return RedirectToPage(new { slug, number, kind });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Code is "document.symbol" or "symbol.invalid" or "document.symbol_series" or "document.symbol_taken" ? nameof(Symbol)
                : e.Code == "document.issue_as" ? nameof(As) : nameof(DateOfIssue), e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string slug, int number, string kind, CancellationToken ct)
    {
        if (!OfficialDocuments.TryParseKind(kind, out var documentKind)) return NotFound();
        var body = await bodies.GetAsync(slug, ct);
        if (body is null || body.Meetings.FirstOrDefault(m => m.Number == number) is not { } meeting) return NotFound();
        try
        {
            if (await documents.PreviewAsync(slug, number, documentKind, ct) is not { } generated) return NotFound();
            Generated = generated;
        }
        catch (DomainException e)
        {
            return Content($"This document cannot be generated from the record yet: {e.Message}", "text/plain");
        }
        (Slug, Number, Kind) = (slug, number, documentKind.ToString().ToLowerInvariant());
        KindName = documentKind switch
        {
            OfficialDocumentKind.Agenda => "Annotated provisional agenda",
            OfficialDocumentKind.Report => "Report",
            OfficialDocumentKind.Compilation => "Compilation of preliminary conclusions and recommendations",
            OfficialDocumentKind.Participants => "Provisional list of participants",
            OfficialDocumentKind.Adopted => "Adopted conclusions and recommendations",
        };
        BodyName = body.Body.ShortName;
        MeetingName = meeting.Name;
        CanIssue = User.Identity?.IsAuthenticated == true && User.CanEditRecord(body.BodyId);
        Fragment = HtmlRenderer.RenderFragment(Generated.Document, topHeadingLevel: 2);
        if (Generated.Register.Count > 0) Family = await register.FamilyAsync(slug, Generated.Register[0].Symbol, ct);
        return null;
    }
}
