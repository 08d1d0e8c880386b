using System.IO.Compression;
using System.Text;
using Plenary.Domain;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Documents;

/// <summary>The rules of a language version's file: official language, size, PDF or DOCX by content, the name.</summary>
public sealed class DocumentFileTests
{
    private static readonly Guid DocumentId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static byte[] Pdf(string text = "a report") => Encoding.ASCII.GetBytes("%PDF-1.7\n" + text + "\n%%EOF\n");

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write("<x/>");
        return buffer.ToArray();
    }

    public static byte[] Docx() => Zip("[Content_Types].xml", "word/document.xml");

    private static DocumentFile Upload(string language, string name, byte[] content, long max = DocumentFile.DefaultMaxBytes) =>
        DocumentFile.Upload(DocumentId, language, name, content, Now, "secretariat@plenary.demo", max);

    [Fact]
    public void APdf_IsAccepted_WithItsTypeSizeAndHash()
    {
        var bytes = Pdf();
        var file = Upload(" FR ", "report-fr.pdf", bytes);

        Assert.Equal("fr", file.Language);
        Assert.Equal(DocumentFile.PdfType, file.ContentType);
        Assert.Equal(bytes.Length, file.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal("secretariat@plenary.demo", file.UploadedBy);
    }

    [Fact]
    public void ADocx_IsAccepted_AsAWordPackage()
    {
        var file = Upload("en", @"C:\Users\me\report.docx", Docx());

        Assert.Equal(DocumentFile.DocxType, file.ContentType);
        Assert.Equal("report.docx", file.FileName); // only the name, never the sender's path
    }

    [Fact]
    public void AnImageNamedPdf_IsRefusedByItsContent() =>
        Refused(() => Upload("en", "report.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "file.content", "its content is not a PDF file");

    [Fact]
    public void AZipThatIsNotAWordDocument_IsRefused() =>
        Refused(() => Upload("en", "report.docx", Zip("[Content_Types].xml", "xl/workbook.xml")), "file.content", "not a Word (DOCX) file");

    [Fact]
    public void APdfNamedDocx_IsRefusedAndToldToRename() =>
        Refused(() => Upload("en", "report.docx", Pdf()), "file.content", "its content is a PDF file; rename it");

    [Theory]
    [InlineData("report.doc", "old Word (.doc) file")]
    [InlineData("report.txt", "only .pdf and .docx files are accepted")]
    [InlineData("report", "only .pdf and .docx files are accepted")]
    public void OtherKindsOfFile_AreRefusedByName(string name, string message) =>
        Refused(() => Upload("en", name, Pdf()), "file.type", message);

    [Fact]
    public void AFileOverTheLimit_IsRefusedWithBothSizes() =>
        Refused(() => Upload("en", "big.pdf", Pdf(new string('x', 2 * 1024 * 1024)), max: 1024 * 1024), "file.too_large", "the largest file accepted is 1 MB");

    [Fact]
    public void AnEmptyFile_IsRefused() => Refused(() => Upload("en", "empty.pdf", []), "file.empty", "is empty");

    [Theory]
    [InlineData("de")]
    [InlineData("english")]
    [InlineData("")]
    public void ALanguageThatIsNotOfficial_IsRefused(string language) =>
        Refused(() => Upload(language, "report.pdf", Pdf()), "language.unknown", "use one of ar, zh, en, fr, ru, es");

    [Fact]
    public void Replacing_PutsTheNewFileInPlace_WithItsOwnHash()
    {
        var file = Upload("en", "report.pdf", Pdf("first"));
        var first = file.Sha256;

        file.Replace("report-rev.docx", Docx(), Now.AddDays(1), "admin@plenary.demo");

        Assert.NotEqual(first, file.Sha256);
        Assert.Equal(("report-rev.docx", DocumentFile.DocxType, "admin@plenary.demo"), (file.FileName, file.ContentType, file.UploadedBy));
    }
}

/// <summary>Editing a register entry: the edit version, the symbol while files are attached, languages with files, removal.</summary>
public sealed class DocumentEditingTests
{
    private static Document Entry() => Document.Register(Guid.NewGuid(), 7, "UNODC/CCPCJ/EG.4/2021/CRP.1", "Compilation", DocumentType.ConferenceRoomPaper,
        new DateOnly(2021, 4, 1), Distribution.General, "en", ["en", "fr"]);

    private static void Edit(Document d, string symbol, IEnumerable<string> languages, IReadOnlyCollection<string> withFiles) =>
        d.Edit(symbol, 7, "Compilation, revised", DocumentType.ConferenceRoomPaper, new DateOnly(2021, 4, 2), Distribution.Limited, "en", languages, withFiles);

    [Fact]
    public void AnEdit_CountsInTheEditVersion_NotInTheIssueVersion()
    {
        var d = Entry();
        d.BeginEdit(1);
        Edit(d, "unodc/ccpcj/eg.4/2021/crp.2", ["en"], []);

        Assert.Equal((2, 1), (d.EditVersion, d.Version));
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/CRP.2", d.Symbol);
        Assert.Equal(Distribution.Limited, d.Distribution);
    }

    [Fact]
    public void AnEditFromAStaleVersion_IsRefused()
    {
        var d = Entry();
        d.BeginEdit(1);
        Assert.Equal(2, Assert.Throws<StaleEditException>(() => d.BeginEdit(1)).CurrentVersion);
    }

    [Fact]
    public void TheSymbol_CannotChangeWhileAFileIsAttached() =>
        Refused(() => Edit(Entry(), "UNODC/CCPCJ/EG.4/2021/CRP.2", ["en", "fr"], ["fr"]), "document.symbol_locked", "files are attached to it (French)");

    [Fact]
    public void TheSameSymbol_CanBeKeptWithFiles()
    {
        var d = Entry();
        Edit(d, "UNODC/CCPCJ/EG.4/2021/CRP.1", ["en", "fr"], ["fr"]);
        Assert.Equal("Compilation, revised", d.Title);
    }

    [Fact]
    public void ALanguageWithAFile_CannotBeDropped() =>
        Refused(() => Edit(Entry(), "UNODC/CCPCJ/EG.4/2021/CRP.1", ["en"], ["fr"]), "document.languages", "The French version cannot be dropped");

    [Fact]
    public void AnInvalidSymbol_IsRefusedByTheSymbolRules() =>
        Refused(() => Edit(Entry(), "UNODC//2021/1", ["en"], []), DocumentSymbol.InvalidCode, "empty component");

    [Fact]
    public void ADocumentListedAsDocumentation_CannotBeRemoved_AndTheItemIsNamed() =>
        Refused(() => Entry().EnsureRemovable(["agenda item 2 of the seventh meeting"]), "document.listed", "agenda item 2 of the seventh meeting lists it as documentation");

    [Fact]
    public void UploadingAFile_AddsItsLanguageVersion()
    {
        var d = Entry();
        d.AddLanguageVersion("ar");
        Assert.Equal(["ar", "en", "fr"], d.LanguageVersions);
    }
}
