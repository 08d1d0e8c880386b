using System.Text;
using Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Rendering;

public enum OutputFormat { Docx, Pdf, Html, Txt }

/// <summary>A rendered document: its bytes, media type and file extension.</summary>
public sealed record RenderedFile(byte[] Content, string MediaType, string Extension);

/// <summary>One place that turns a document into any of the output formats.</summary>
public sealed class DocumentFormats(PdfRenderer pdf)
{
    public static bool TryParseFormat(string? text, out OutputFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && !int.TryParse(text, out _);

    public static string Names => "docx, pdf, html, txt";

    public async Task<RenderedFile> RenderAsync(OfficialDocument document, OutputFormat format, CancellationToken ct = default) => format switch
    {
        OutputFormat.Docx => new(DocxRenderer.Render(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        OutputFormat.Pdf => new(await pdf.RenderAsync(document, ct), "application/pdf", "pdf"),
        OutputFormat.Html => new(Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)), "text/html; charset=utf-8", "html"),
        OutputFormat.Txt => new(Encoding.UTF8.GetBytes(TextRenderer.Render(document)), "text/plain; charset=utf-8", "txt"),
    };

    /// <summary>"UNODC_CCPCJ_EG.4_2021_1.docx": the symbol made safe as a file name.</summary>
    public static string FileName(string symbol, string extension) => symbol.Replace('/', '_') + "." + extension;
}
