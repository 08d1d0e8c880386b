using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Meetings;
using Plenary.Domain.Documents;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Documents;

/// <summary>The Secretariat uploads, replaces and removes the file of each language version of a document.</summary>
[Authorize(Policy = Policies.Secretariat)]
[TakesFileUpload]
public sealed class DocumentFilesModel(BodyQueries bodies, MeetingQueries meetings, DocumentQueries documents, EditDocuments edit, DocumentLimits limits)
    : DocumentEditorPage(bodies, meetings, documents)
{
    public ConfirmRemoval? Confirm { get; private set; }
    public long MaxBytes => limits.MaxFileBytes;

    [BindProperty] public string Language { get; set; } = "en";
    [BindProperty] public new IFormFile? File { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string document, [FromQuery] string? remove, CancellationToken ct)
    {
        if (await MayEditAsync(slug, document, ct) is { } refusal) return refusal;
        if (remove is not null && Document!.Files.FirstOrDefault(f => f.Language == remove) is { } file)
            Confirm = new ConfirmRemoval(
                $"Remove the {OfficialLanguage.Name(file.Language)} file of {Document.Symbol}?",
                $"{file.FileName} can no longer be downloaded; the {OfficialLanguage.Name(file.Language)} version stays in the register without a file, and the audit trail keeps the file's hash (SHA-256 {file.Sha256[..12]}…), not the file.",
                "RemoveFile",
                new Dictionary<string, string> { ["language"] = file.Language, ["version"] = Document.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                DocumentPath(Document) + "/files",
                $"Remove the {OfficialLanguage.Name(file.Language)} file");
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string slug, string document, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, document, ct) is { } refusal) return refusal;
        if (File is null || File.Length == 0)
        {
            ModelState.AddModelError(nameof(File), "Choose the PDF or Word (DOCX) file to upload.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (File.Length > limits.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(File), $"The file '{Path.GetFileName(File.FileName)}' is {DocumentModel.Size(File.Length)}; the largest file accepted is {DocumentModel.Size(limits.MaxFileBytes)}.");
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        using var buffer = new MemoryStream();
        await File.CopyToAsync(buffer, ct);
        return await ApplyAsync(() => edit.UploadFileAsync(slug, Document!.Id, version, Language, File.FileName, buffer.ToArray(), ct),
            $"The {OfficialLanguage.Name(OfficialLanguage.Normalise(Language))} file was uploaded.", () => Redirect(DocumentPath(Document!) + "/files"),
            () => Shown(slug, document, ct));
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(string slug, string document, string language, int version, CancellationToken ct)
    {
        if (await MayEditAsync(slug, document, ct) is { } refusal) return refusal;
        return await ApplyAsync(() => edit.RemoveFileAsync(slug, Document!.Id, version, language, ct),
            $"The {OfficialLanguage.Name(language)} file was removed.", () => Redirect(DocumentPath(Document!) + "/files"),
            () => Shown(slug, document, ct), r => Error = r.Error);
    }

    /// <summary>The page again after a refused edit, with the entry as it now stands.</summary>
    private async Task<IActionResult> Shown(string slug, string document, CancellationToken ct)
    {
        await MayEditAsync(slug, document, ct);
        return Page();
    }
}
