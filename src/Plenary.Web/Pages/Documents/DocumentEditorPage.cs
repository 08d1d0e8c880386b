using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Plenary.Web.Pages.Shared;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;
using Plenary.Domain.Documents;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>What the register's editor pages share: the body and the editor's scope, the form's fields, showing an edit's outcome.</summary>
public abstract partial class DocumentEditorPage(BodyQueries bodies, MeetingQueries meetings, DocumentQueries documents) : EditorPage
{
    public string Slug { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];
    /// <summary>The entry being edited (null when registering a new one).</summary>
    public DocumentView? Document { get; private set; }

    [BindProperty] public string? Symbol { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DocumentType Type { get; set; } = DocumentType.Other;
    [BindProperty] public int? MeetingNumber { get; set; }
    [BindProperty] public DateOnly? IssuedOn { get; set; }
    [BindProperty] public Distribution Distribution { get; set; }
    [BindProperty] public string OriginalLanguage { get; set; } = "en";
    [BindProperty] public List<string> LanguageVersions { get; set; } = ["en"];

    public static string TypeName(DocumentType type) => TypeName(type.ToString());

    /// <summary>"ConferenceRoomPaper" reads "Conference room paper".</summary>
    public static string TypeName(string type)
    {
        var words = Capitals().Replace(type, " $1").Trim();
        return words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();
    }

    /// <summary>Null when the reader may edit this body's register (and, with <paramref name="document"/>, the entry exists); otherwise 404 or 403.</summary>
    protected async Task<IActionResult?> MayEditAsync(string slug, string? document, CancellationToken ct)
    {
        var (body, refusal) = await this.EditableBodyAsync(bodies, slug, ct);
        if (refusal is not null) return refusal;
        (Slug, BodyName) = (slug, body!.Body.ShortName);
        Meetings = await meetings.ListAsync(slug, ct) ?? [];
        if (document is not null && (Document = await documents.GetAsync(slug, document, ct)) is null) return NotFound();
        return null;
    }

    protected DocumentInput Input() =>
        new(Symbol ?? "", Title ?? "", Type, MeetingNumber, IssuedOn, Distribution, OriginalLanguage, LanguageVersions);

    protected void FillFrom(DocumentView d)
    {
        (Symbol, Title, Type, MeetingNumber, IssuedOn) = (d.Symbol, d.Title, Enum.Parse<DocumentType>(d.Type), d.Meeting, d.IssuedOn);
        (Distribution, OriginalLanguage, LanguageVersions) = (Enum.Parse<Distribution>(d.Distribution), d.OriginalLanguage, d.Languages.ToList());
    }

    public string DocumentPath(DocumentView d) => $"/bodies/{Slug}/documents/{d.SymbolSlug}";

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Capitals();
}
