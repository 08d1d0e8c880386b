using System.Diagnostics;
using System.Text.RegularExpressions;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;

namespace Plenary.IntegrationTests.Documents;

/// <summary>
/// The sample is converted once for the class (LibreOffice takes a few seconds to start); the tests
/// read the PDF with the poppler tools. Without LibreOffice they are skipped, unless
/// PLENARY_REQUIRE_PDF=1 says the PDF engine must be there (CI), in which case they fail.
/// </summary>
public sealed class PdfSampleFixture : IDisposable
{
    private readonly Lazy<Task<string>> _pdf;
    private readonly string _directory = Directory.CreateTempSubdirectory("plenary-pdf-test-").FullName;

    public PdfSampleFixture() => _pdf = new(async () =>
    {
        var bytes = await Renderer.RenderAsync(PdfSamples.Report());
        var path = Path.Combine(_directory, "sample.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    });

    public PdfRenderer Renderer { get; } = new();

    /// <summary>Why the PDF tests cannot run here, or null when they can.</summary>
    public string? Missing =>
        !Renderer.IsAvailable ? "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer"
        : Poppler.Missing();

    public Task<string> PdfPath() => _pdf.Value;

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}

public sealed class PdfRendererTests(PdfSampleFixture fixture) : IClassFixture<PdfSampleFixture>
{
    private static bool Required => Environment.GetEnvironmentVariable("PLENARY_REQUIRE_PDF") == "1";

    private void SkipWithoutEngine()
    {
        if (fixture.Missing is not { } missing) return;
        if (Required) Assert.Fail($"PLENARY_REQUIRE_PDF=1 but {missing}");
        Skip.If(true, $"PDF tests skipped: {missing}");
    }

    [SkippableFact]
    public async Task RenderAsync_GivesAPdfFile()
    {
        SkipWithoutEngine();
        var bytes = await File.ReadAllBytesAsync(await fixture.PdfPath());

        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    [SkippableFact]
    public async Task Pdf_PutsTheAnnexOnAPageAfterTheBody()
    {
        SkipWithoutEngine();
        var path = await fixture.PdfPath();

        var pages = int.Parse(Regex.Match(Poppler.Run("pdfinfo", path), @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(pages >= 2, $"{pages} page(s)");
        var firstPage = Poppler.Run("pdftotext", "-layout", "-f", "1", "-l", "1", path, "-");
        var lastPage = Poppler.Run("pdftotext", "-layout", "-f", $"{pages}", "-l", $"{pages}", path, "-");
        Assert.DoesNotContain("Proposed organization of work", firstPage);
        Assert.Contains("Proposed organization of work", lastPage);
    }

    [SkippableFact]
    public async Task PdfText_ReadsLikeTheDocument_MastheadTitleNumberedParagraphsAndAnnex()
    {
        SkipWithoutEngine();
        var text = Poppler.Run("pdftotext", "-layout", await fixture.PdfPath(), "-");

        Assert.Contains("United Nations", text);
        Assert.Contains(PdfSamples.Symbol, text);
        Assert.Contains("Distr.: General", text);
        Assert.Contains("Draft report", text);
        Assert.Matches(new Regex(@"^\s*1\.\s+In its resolution", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^\s*2\.\s+The first meeting", RegexOptions.Multiline), text);
        Assert.Contains("[2nd...]", text);
        Assert.Contains("Proposed organization of work", text);
        Assert.Contains("Title or description", text);
        Assert.True(text.IndexOf("Draft report", StringComparison.Ordinal) < text.IndexOf("In its resolution", StringComparison.Ordinal));
        Assert.True(text.IndexOf("In its resolution", StringComparison.Ordinal) < text.IndexOf("Proposed organization of work", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task PdfFonts_AreAllEmbedded()
    {
        SkipWithoutEngine();
        var listing = Poppler.Run("pdffonts", await fixture.PdfPath()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // "name  type  encoding  emb sub uni object ID", a rule, then one font a line; columns by position.
        var header = listing[0];
        var emb = header.IndexOf(" emb ", StringComparison.Ordinal) + 1;
        var fonts = listing.Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Equal("yes", line.Substring(emb, 3)));
        Assert.Contains(fonts, f => f.Contains("Serif", StringComparison.OrdinalIgnoreCase) || f.Contains("Times", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task RenderAsync_CalledInParallel_EachCallUsesItsOwnProfile()
    {
        SkipWithoutEngine();

        var results = await Task.WhenAll(
            fixture.Renderer.RenderAsync(PdfSamples.Short("First")),
            fixture.Renderer.RenderAsync(PdfSamples.Short("Second")));

        Assert.All(results, pdf => Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]));
    }

    [SkippableFact]
    public async Task RenderAsync_ThatOverrunsItsTimeout_StopsLibreOffice_AndFails()
    {
        SkipWithoutEngine();
        var renderer = new PdfRenderer(timeout: TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renderer.RenderAsync(PdfSamples.Short("Late")));

        Assert.Contains("within", error.Message);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task RenderAsync_WithoutLibreOffice_SaysWhichPackageToInstall()
    {
        var renderer = new PdfRenderer("/nonexistent/soffice");

        Assert.False(renderer.IsAvailable);
        var error = await Assert.ThrowsAsync<PdfEngineMissingException>(() => renderer.RenderAsync(PdfSamples.Short("Nothing")));
        Assert.Contains("apt-get install libreoffice-writer", error.Message);
    }
}

/// <summary>pdfinfo, pdftotext and pdffonts (Debian package poppler-utils).</summary>
internal static class Poppler
{
    public static string? Missing()
    {
        foreach (var tool in new[] { "pdfinfo", "pdftotext", "pdffonts" })
        {
            var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Any(d => File.Exists(Path.Combine(d, tool)));
            if (!found) return $"{tool} is not installed: apt-get install poppler-utils";
        }
        return null;
    }

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(30_000)) process.Kill(entireProcessTree: true);
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output;
    }
}

/// <summary>A report after the Expert Group's draft report: masthead, chapters, numbered paragraphs, footnotes, a placeholder, an annex table.</summary>
internal static class PdfSamples
{
    public const string Symbol = "UNODC/CCPCJ/EG.4/2020/L.1";

    private static Link SymbolLink(string symbol) => new(symbol, $"https://undocs.org/{symbol}");

    private static readonly MissingFact SecondMeeting = new("the number of the meeting at which item 2 continued", "meeting.plenaries");

    private static Masthead Masthead() => new(
        Symbol, "General", "27 July 2020", "English",
        "Expert Group to Conduct a Comprehensive Study on Cybercrime", "Vienna, 27–29 July 2020",
        "Item 5 of the provisional agenda", [SymbolLink("UNODC/CCPCJ/EG.4/2020/1"), new Text(".")]);

    public static OfficialDocument Report() => new(
        Masthead(),
        "Draft report",
        null,
        [
            new Heading(1, "I.", "Introduction"),
            new Paragraph(
            [
                new Text("In its resolution "), SymbolLink("A/RES/65/230"),
                new Text(", the General Assembly requested the Commission on Crime Prevention and Criminal Justice to establish an open-ended intergovernmental expert group to conduct a comprehensive study of the problem of cybercrime and responses to it by Member States, the international community and the private sector."),
                new FootnoteRef([new Text("Available at www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html.")]),
            ], 1),
            new Paragraph(
            [
                new Text("The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011 ("),
                SymbolLink("E/CN.15/2011/19"), new Text(", annexes I and II)."),
                new FootnoteRef([new Text("See also "), SymbolLink("UNODC/CCPCJ/EG.4/2017/4"), new Text(".")]),
            ], 2),
            new Heading(1, "II.", "Summary of deliberations"),
            new Heading(2, "A.", "International cooperation"),
            new Paragraph(
            [
                new Text("At its 1st and "), new Placeholder("[2nd...]", SecondMeeting),
                new Text(" meetings, on 27 and 28 July 2020, the Expert Group considered agenda item 2, entitled “International cooperation”."),
            ], 3),
            new SubParagraph("(a)", 1, [new Text("Cybercrime was a global threat that called for a global response;")]),
            new SubParagraph("(b)", 1, [new Text("Capacity-building was needed in developing countries.")]),
            new ListBlock([new ListItem("1.", 0, [new Text("Organizational matters:")]), new ListItem("(a)", 1, [new Text("Opening of the meeting.")])]),
        ],
        [
            new Annex("Annex", "Proposed organization of work",
            [
                new Table(
                    ["Date", "Time", "Item", "Title or description"],
                    [
                        new TableRow([new TableCell([new Text("Monday, 27 July 2020")], 2), new TableCell([new Text("10 a.m.–1 p.m.")]), new TableCell([new Text("1 (a)")]), new TableCell([new Text("Opening of the meeting")])], StartsGroup: true),
                        new TableRow([new TableCell([], 0), new TableCell([new Text("3–6 p.m.")]), new TableCell([new Text("2")]), new TableCell([new Text("International cooperation")])]),
                        new TableRow([new TableCell([new Text("Tuesday, 28 July 2020")]), new TableCell([new Text("10 a.m.–1 p.m.")]), new TableCell([new Text("3")]), new TableCell([new Text("Prevention")])], StartsGroup: true),
                    ],
                    [22, 16, 8, 54]),
            ]),
        ],
        [SecondMeeting]);

    public static OfficialDocument Short(string title) => new(Masthead(), title, null, [new Paragraph([new Text("One paragraph.")], 1)], [], []);
}
