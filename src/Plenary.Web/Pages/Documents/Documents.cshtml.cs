using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;
using Plenary.Domain.Documents;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>A body's document register (public), filtered by meeting and type.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class DocumentsModel(DocumentQueries documents, BodyQueries bodies, MeetingQueries meetings) : PageModel
{
    public string Slug { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    /// <summary>What the body calls a convening ("meeting" or "session"), for the filter and the column.</summary>
    public string Noun { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];
    public IReadOnlyList<DocumentView> Documents { get; private set; } = [];
    public int? Meeting { get; private set; }
    public DocumentType? Type { get; private set; }
    public DocumentPage Paging { get; private set; } = new([], 1, 1, 0, PageSize);

    /// <summary>Documents on one page of the register.</summary>
    public const int PageSize = 100;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] string? meeting, [FromQuery] string? type, [FromQuery] string? page, CancellationToken ct)
    {
        if (await bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        (Slug, BodyName, Noun) = (slug, body.Body.ShortName, body.Body.Noun);
        CanEdit = User.Identity?.IsAuthenticated == true && User.CanEditRecord(body.BodyId);
        Meetings = await meetings.ListAsync(slug, ct) ?? [];
        // A filter that cannot be read is ignored, as if it were "Any".
        Meeting = int.TryParse(meeting, out var n) ? n : null;
        Type = Enum.TryParse<DocumentType>(type, ignoreCase: true, out var t) && !int.TryParse(type, out _) ? t : null;
        // A page that cannot be read is the first; one past the last is the last.
        Paging = await documents.PageAsync(slug, Meeting, Type, int.TryParse(page, out var p) ? p : 1, PageSize, ct) ?? Paging;
        Documents = Paging.Documents;
        return Page();
    }

    /// <summary>A convening's name as the register shows it ("Seventh meeting"), or its number if it is not in the record.</summary>
    public string ConveningName(int number) => Meetings.FirstOrDefault(m => m.Number == number)?.Name ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The register's address for another page, with the same filters.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (Meeting is { } m) query.Add($"meeting={m}");
        if (Type is { } t) query.Add($"type={t}");
        if (page > 1) query.Add($"page={page}");
        return $"/bodies/{Slug}/documents" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
