using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Rendering;

public enum OutputFormat { Docx, Pdf, Html, Txt }

/// <summary>A rendered document: its bytes, media type and file extension.</summary>
public sealed record RenderedFile(byte[] Content, string MediaType, string Extension);

/// <summary>
/// One place that turns a document into any of the output formats. What it renders it keeps, by the
/// document's content fingerprint and format, so a document whose content has not changed is rendered
/// (and a PDF converted) once, however often it is asked for and whatever else in the record changed.
/// </summary>
public sealed class DocumentFormats(PdfRenderer pdf, int keep = 64)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RenderedFile>>> _rendered = new();
    private readonly ConcurrentQueue<string> _order = new();

    public static bool TryParseFormat(string? text, out OutputFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && !int.TryParse(text, out _);

    public static string Names => "docx, pdf, html, txt";

    public async Task<RenderedFile> RenderAsync(OfficialDocument document, OutputFormat format, CancellationToken ct = default)
    {
        if (keep <= 0) return await RenderNowAsync(document, format, ct);
        var key = $"{format}:{Fingerprint(document)}";
        var rendered = _rendered.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<Task<RenderedFile>>(() => RenderNowAsync(document, format, CancellationToken.None));
        });
        // The oldest go first when more are kept than asked for.
        while (_rendered.Count > keep && _order.TryDequeue(out var oldest)) _rendered.TryRemove(oldest, out _);
        try
        {
            return await rendered.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _rendered.TryRemove(key, out _); // a failure is not kept: the next request tries again
            throw;
        }
    }

    /// <summary>
    /// The content fingerprint of a document as rendered: SHA-256 of its text, masthead (symbol, date of
    /// issue) included. Issuing's fingerprint (OfficialDocuments.Fingerprint) is the same text without the date.
    /// </summary>
    public static string Fingerprint(OfficialDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextRenderer.Render(document))));

    private async Task<RenderedFile> RenderNowAsync(OfficialDocument document, OutputFormat format, CancellationToken ct) => format switch
    {
        OutputFormat.Docx => new(DocxRenderer.Render(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        OutputFormat.Pdf => new(await pdf.RenderAsync(document, ct), "application/pdf", "pdf"),
        OutputFormat.Html => new(Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)), "text/html; charset=utf-8", "html"),
        OutputFormat.Txt => new(Encoding.UTF8.GetBytes(TextRenderer.Render(document)), "text/plain; charset=utf-8", "txt"),
    };

    /// <summary>"UNODC_CCPCJ_EG.4_2021_1.docx": the symbol made safe as a file name.</summary>
    public static string FileName(string symbol, string extension) => symbol.Replace('/', '_') + "." + extension;
}
