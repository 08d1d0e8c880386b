using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;
using Plenary.Domain.Editorial;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>
/// A convening's document as generated from the record now, with its downloads and the facts it lacks; the
/// Secretariat issues it here with its date of issue (the same step as plenary render), Post/Redirect/Get.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class MeetingDocumentModel(OfficialDocuments documents, BodyQueries bodies) : PageModel
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
    /// <summary>Issue a revision (/Rev.N) rather than a new version under the same symbol.</summary>
    [BindProperty] public bool Revision { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, string kind, CancellationToken ct)
    {
        if (await LoadAsync(slug, number, kind, ct) is { } refusal) return refusal;
        DateOfIssue = Generated.DefaultDateOfIssue;
        return Page();
    }

    /// <summary>Issues the document with the date chosen: registered under its symbol, or its next version; a past convening's needs a date.</summary>
    public async Task<IActionResult> OnPostIssueAsync(string slug, int number, string kind, CancellationToken ct)
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
        try
        {
            var issued = await documents.IssueAsync(slug, number, Enum.Parse<OfficialDocumentKind>(kind, ignoreCase: true), new IssueRequest(Revision, DateOfIssue), ct);
            Message = OfficialDocuments.IssueSentence(issued!, Revision);
            return RedirectToPage(new { slug, number, kind });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(DateOfIssue), e.Message);
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
        return null;
    }
}
