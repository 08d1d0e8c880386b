using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Records;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// Every document Plenary generates for the demo is a valid DOCX, and (where LibreOffice is
/// installed, always in CI) converts to a PDF with the expected pages and text.
/// </summary>
public sealed class GeneratedDocumentsTests : DemoStoreTests
{
    public static TheoryData<OfficialDocumentKind, int> EveryDocument()
    {
        var data = new TheoryData<OfficialDocumentKind, int>();
        for (var n = 1; n <= 7; n++)
        {
            data.Add(OfficialDocumentKind.Agenda, n);
            data.Add(OfficialDocumentKind.Report, n);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDocument))]
    public async Task EveryGeneratedDocx_PassesTheOpenXmlValidator(OfficialDocumentKind kind, int meeting)
    {
        await using var db = Store.Store.CreateContext();
        var generated = await new OfficialDocuments(db, TimeProvider.System).PreviewAsync("eg-cybercrime", meeting, kind);
        using var stream = new MemoryStream(DocxRenderer.Render(generated!.Document));
        using var docx = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(docx).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [SkippableTheory]
    [InlineData(OfficialDocumentKind.Agenda, 7, 4, new[] { "Annotated provisional agenda", "UNODC/CCPCJ/EG.4/2021/1", "Proposed organization of work", "Tuesday, 6 April 2021", "UNODC/CCPCJ/EG.4/2021/CRP.1", "silence procedure on 14 December 2020" })]
    [InlineData(OfficialDocumentKind.Report, 6, 3, new[] { "Summary of deliberations", "UNODC/CCPCJ/EG.4/2020/2", "At its 6th meeting, on 29 July 2020", "[...]", "Mr. André Rypl" })]
    public async Task ThePdf_HasTheExpectedPagesAndText(OfficialDocumentKind kind, int meeting, int minimumPages, string[] phrases)
    {
        var pdf = new PdfRenderer();
        Skip.If(!pdf.IsAvailable && Environment.GetEnvironmentVariable("PLENARY_REQUIRE_PDF") != "1",
            "PDF checks skipped: LibreOffice is not installed (apt-get install libreoffice-writer poppler-utils).");
        await using var db = Store.Store.CreateContext();
        var generated = await new OfficialDocuments(db, TimeProvider.System).PreviewAsync("eg-cybercrime", meeting, kind);
        var file = Path.Combine(Path.GetTempPath(), $"plenary-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await pdf.RenderAsync(generated!.Document));
        try
        {
            var info = await RunAsync("pdfinfo", file);
            var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal)).Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(pages, minimumPages, minimumPages + 6);
            var text = string.Join(" ", (await RunAsync("pdftotext", file, "-")).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            foreach (var phrase in phrases) Assert.Contains(phrase, text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
