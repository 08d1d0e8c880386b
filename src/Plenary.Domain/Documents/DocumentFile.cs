using System.IO.Compression;
using System.Security.Cryptography;

namespace Plenary.Domain.Documents;

/// <summary>The kinds of file a language version may be: what the bytes are, whatever the name says.</summary>
public enum DocumentFileKind { Pdf, Docx }

/// <summary>
/// The file of one language version of a document in the register: a PDF or a Word (DOCX) file,
/// checked by its content (magic bytes), not only by its name. One per document and language;
/// uploading again replaces it (the audit trail keeps the old one as its SHA-256 only).
/// </summary>
public sealed class DocumentFile
{
    /// <summary>25 MB: the default largest file; the web app's Plenary:Documents:MaxFileBytes changes it.</summary>
    public const long DefaultMaxBytes = 25L * 1024 * 1024;

    public const string PdfType = "application/pdf";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public Guid DocumentId { get; private set; }
    public string Language { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>The SHA-256 of the bytes, lower-case hex: what the audit trail keeps of the file.</summary>
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
    /// <summary>The file itself. Never listed with the register and never written to the audit trail.</summary>
    public byte[] Content { get; private set; } = [];

    private DocumentFile() { }

    /// <summary>A file for a language version, after every rule: official language, size, type by content, name.</summary>
    public static DocumentFile Upload(Guid documentId, string? language, string? fileName, byte[] content, DateTimeOffset uploadedAt, string uploadedBy, long maxBytes = DefaultMaxBytes)
    {
        var file = new DocumentFile { DocumentId = documentId, Language = OfficialLanguage.Normalise(language) };
        file.Replace(fileName, content, uploadedAt, uploadedBy, maxBytes);
        return file;
    }

    /// <summary>Puts a new file in place of this one (same document and language), after the same checks.</summary>
    public void Replace(string? fileName, byte[] content, DateTimeOffset uploadedAt, string uploadedBy, long maxBytes = DefaultMaxBytes)
    {
        var (name, type) = Inspect(fileName, content, maxBytes, "the PDF or Word (DOCX) file of this language version");
        (FileName, ContentType, Size, Sha256, UploadedAt, UploadedBy, Content) =
            (name, type, content.LongLength, Hash(content), uploadedAt, uploadedBy, content);
    }

    /// <summary>
    /// The checks every uploaded PDF or Word file passes (a language version, a delegation's letter, a statement's text):
    /// a name, not empty, within the size limit, and a PDF or DOCX by its content as well as its name. Gives the name as kept
    /// and the content type; <paramref name="expected"/> says what to upload instead of an empty file.
    /// </summary>
    public static (string Name, string ContentType) Inspect(string? fileName, byte[] content, long maxBytes, string expected)
    {
        var name = CheckName(fileName);
        var kind = Check(name, content, maxBytes, expected);
        return (name, kind == DocumentFileKind.Pdf ? PdfType : DocxType);
    }

    /// <summary>What the bytes are, by their content; null when they are neither a PDF nor a DOCX file.</summary>
    public static DocumentFileKind? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return DocumentFileKind.Pdf;
        if (content.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content.ToArray())) return DocumentFileKind.Docx;
        return null;
    }

    /// <summary>
    /// The rules of an uploaded file, for any feature that takes one (a comment's attachment): a name, not empty, within
    /// <paramref name="maxBytes"/>, a PDF or DOCX file by its content, its extension agreeing. The file's clean name and kind.
    /// </summary>
    public static (string Name, DocumentFileKind Kind) Accept(string? fileName, byte[] content, long maxBytes)
    {
        var name = CheckName(fileName);
        return (name, Check(name, content, maxBytes));
    }

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static DocumentFileKind Check(string name, byte[] content, long maxBytes, string expected = "a PDF or Word (DOCX) file that has content")
    {
        if (content.Length == 0)
            throw new DomainException("file.empty", $"The file '{name}' is empty; upload {expected}.");
        if (content.LongLength > maxBytes)
            throw new DomainException("file.too_large", $"The file '{name}' is {Megabytes(content.LongLength)}; the largest file accepted is {Megabytes(maxBytes)}.");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".doc")
            throw new DomainException("file.type", $"The file '{name}' is an old Word (.doc) file, which is not accepted; save it as DOCX or PDF and upload that.");
        if (extension is not (".pdf" or ".docx"))
            throw new DomainException("file.type", $"The file '{name}' is not a PDF or Word (DOCX) file; only .pdf and .docx files are accepted.");
        var kind = Detect(content);
        var named = extension == ".pdf" ? DocumentFileKind.Pdf : DocumentFileKind.Docx;
        if (kind is null)
            throw new DomainException("file.content", $"The file '{name}' is named {extension} but its content is not a {(named == DocumentFileKind.Pdf ? "PDF" : "Word (DOCX)")} file; it may be damaged or of another kind.");
        if (kind != named)
            throw new DomainException("file.content", $"The file '{name}' is named {extension} but its content is a {(kind == DocumentFileKind.Pdf ? "PDF" : "Word (DOCX)")} file; rename it to match.");
        return kind.Value;
    }

    private static string CheckName(string? fileName)
    {
        // Only the last segment of a path a browser may send, without control characters.
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0)
            throw new DomainException("file.name", "The file has no name; upload a file such as 'report-en.pdf'.");
        if (name.Length > 255)
            throw new DomainException("file.name", $"The file name must be at most 255 characters (it has {name.Length}).");
        return name;
    }

    // A DOCX file is a ZIP package with [Content_Types].xml and the main part word/document.xml. Only the
    // central directory is read: nothing is decompressed.
    private static bool IsWordPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            return names.Contains("[Content_Types].xml") && names.Contains("word/document.xml");
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
            : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
