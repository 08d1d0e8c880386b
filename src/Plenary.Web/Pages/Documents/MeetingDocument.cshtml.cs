using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Domain;

namespace Plenary.Web.Pages.Documents;

/// <summary>A meeting's document as generated from the record now, with its downloads and the facts it lacks.</summary>
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

    public async Task<IActionResult> OnGetAsync(string slug, int number, string kind, CancellationToken ct)
    {
        if (!OfficialDocuments.TryParseKind(kind, out var documentKind)) return NotFound();
        var body = await bodies.GetAsync(slug, ct);
        if (body is null) return NotFound();
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
        KindName = documentKind == OfficialDocumentKind.Agenda ? "Annotated provisional agenda" : "Report on the meeting";
        BodyName = body.Body.ShortName;
        MeetingName = BodyQueries.MeetingName(number);
        Fragment = HtmlRenderer.RenderFragment(Generated.Document, topHeadingLevel: 2);
        return Page();
    }
}
