using Ganss.Xss;
using Markdig;

namespace Plenary.Application.Editorial;

/// <summary>Markdown written in the record (annotations, summaries) turned into HTML that is safe to show.</summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseFootnotes()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();
}
