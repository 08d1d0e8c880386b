using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Meetings;
using Plenary.Application.Participation;
using Plenary.Web.Pages.Meetings;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Participation;

/// <summary>
/// The Secretariat imports registrations from a registration platform's CSV export: the first step shows what will be created
/// and every bad row with its reason, writing nothing; the second imports every good row, all or nothing.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public sealed class ImportRegistrationsModel(MeetingQueries meetings, BodyQueries bodies, RegistrationImport import) : MeetingEditorPage(meetings, bodies)
{
    /// <summary>2 MB: some ten thousand registrations.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    public ImportPreview? Preview { get; private set; }
    /// <summary>The file's text, carried by the confirmation form so the import reads exactly what was previewed.</summary>
    public string? Csv { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct) =>
        await LoadMeetingAsync(slug, number, ct) ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(string slug, int number, IFormFile? file, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        if (file is null || file.Length == 0)
            return Refuse("Choose the CSV file exported from the registration platform.");
        if (file.Length > MaxFileBytes)
            return Refuse($"The file is {file.Length / 1024} KB; the largest file accepted is {MaxFileBytes / 1024 / 1024} MB. Import it in parts.");
        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            Csv = await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            return Refuse($"'{file.FileName}' is not a text file in UTF-8; export the registrations as CSV (UTF-8) and try again.");
        }
        Preview = await import.PreviewAsync(slug, number, Csv, ct);
        if (Preview is null) return NotFound();
        if (Preview.Unreadable) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string slug, int number, string? csv, string? basis, CancellationToken ct)
    {
        if (await LoadMeetingAsync(slug, number, ct) is { } refusal) return refusal;
        var outcome = await import.ImportAsync(slug, number, csv ?? "", basis, ct);
        if (outcome.Result.NotFound) return NotFound();
        if (outcome.Result.Succeeded)
        {
            var p = outcome.Preview!;
            Message = $"{Plenary.Domain.Editorial.Numbers.Count(p.Persons, "person")} {(p.Persons == 1 ? "was" : "were")} registered on {Plenary.Domain.Editorial.Numbers.Count(p.Delegations.Count, "delegation")}"
                + (p.Problems.Count == 0 ? "." : $"; {Plenary.Domain.Editorial.Numbers.Count(p.Problems.Select(x => x.Row).Distinct().Count(), "row")} of the file {(p.Problems.Select(x => x.Row).Distinct().Count() == 1 ? "was" : "were")} left out.");
            return Redirect($"/bodies/{slug}/meetings/{number}/delegations");
        }
        (Error, Preview, Csv) = (outcome.Result.Error, outcome.Preview, csv);
        Response.StatusCode = outcome.Result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
