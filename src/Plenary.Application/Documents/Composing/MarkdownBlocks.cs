using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Plenary.Application.Documents.Model;
using Plenary.Domain.Documents;
using Model = Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Composing;

/// <summary>
/// Turns Markdown written in the record (annotations, summaries) into document blocks: numbered
/// paragraphs, lettered subparagraphs for list items, emphasis, links and real footnotes. Every
/// document symbol in the text becomes a link to the UN resolver.
/// </summary>
public static partial class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().UseEmphasisExtras().DisableHtml().Build();

    public static IEnumerable<Model.Block> ToBlocks(string? markdown, ParagraphCounter counter)
    {
        if (string.IsNullOrWhiteSpace(markdown)) yield break;
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    yield return new Model.Paragraph(Inlines(p.Inline), counter.Next());
                    break;
                case Markdig.Syntax.ListBlock list:
                    var index = 0;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var content = item.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList();
                        yield return new SubParagraph($"({Letter(index++)})", 1, content);
                    }
                    break;
                case HeadingBlock h:
                    yield return new Model.Paragraph(Inlines(h.Inline), null, ParagraphStyle.Label);
                    break;
            }
        }
    }

    /// <summary>The inlines of a short Markdown text that stands inside a sentence (no paragraphs).</summary>
    public static List<Model.Inline> InlineText(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var result = new List<Model.Inline>();
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            if (result.Count > 0) result.Add(new Text(" "));
            result.AddRange(Inlines(paragraph.Inline));
        }
        return Merge(result);
    }

    /// <summary>Plain text with every document symbol in it turned into a link to https://undocs.org/.</summary>
    public static IEnumerable<Model.Inline> LinkSymbols(string text)
    {
        var last = 0;
        foreach (Match match in SymbolCandidate().Matches(text))
        {
            var candidate = match.Value.TrimEnd('.');
            if (!DocumentSymbol.TryCreate(candidate, out var symbol, out _) || symbol is null) continue;
            if (match.Index > last) yield return new Text(text[last..match.Index]);
            yield return new Link(candidate, symbol.ResolverLink.ToString());
            last = match.Index + candidate.Length;
        }
        if (last < text.Length) yield return new Text(text[last..]);
    }

    private static List<Model.Inline> Inlines(ContainerInline? container, bool italic = false, bool bold = false)
    {
        var result = new List<Model.Inline>();
        if (container is null) return result;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    if (italic || bold) result.Add(new Text(text, italic, bold));
                    else result.AddRange(LinkSymbols(text));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    result.AddRange(Inlines(emphasis, italic || !strong, bold || strong));
                    break;
                case CodeInline code:
                    result.Add(new Text(code.Content, italic, bold));
                    break;
                case LineBreakInline:
                    result.Add(new Text(" "));
                    break;
                case FootnoteLink { IsBackLink: false } footnote:
                    result.Add(new FootnoteRef(footnote.Footnote.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList()));
                    break;
                case LinkInline { IsImage: false } link:
                    var label = new StringBuilder();
                    foreach (var child in link.OfType<LiteralInline>()) label.Append(child.Content.ToString());
                    result.Add(new Link(label.Length > 0 ? label.ToString() : link.Url ?? "", link.Url ?? ""));
                    break;
                case ContainerInline nested:
                    result.AddRange(Inlines(nested, italic, bold));
                    break;
            }
        }
        return Merge(result);
    }

    /// <summary>Joins neighbouring plain texts, so renderers see whole runs.</summary>
    private static List<Model.Inline> Merge(List<Model.Inline> inlines)
    {
        var merged = new List<Model.Inline>();
        foreach (var inline in inlines)
        {
            if (inline is Text t && merged.Count > 0 && merged[^1] is Text prev && prev.Italic == t.Italic && prev.Bold == t.Bold)
                merged[^1] = prev with { Value = prev.Value + t.Value };
            else
                merged.Add(inline);
        }
        return merged;
    }

    private static string Letter(int index) => ((char)('a' + index % 26)).ToString();

    // Something shaped like a symbol: an organ prefix, a slash, then symbol characters.
    [GeneratedRegex(@"\b(?:A|E|S|ST|UNODC|CTOC|CAC|CCPR|CERD|CRC|TD|UNEP|DP)(?:/[A-Za-z0-9.\-]+)+")]
    private static partial Regex SymbolCandidate();
}

/// <summary>Numbers paragraphs consecutively through a whole document.</summary>
public sealed class ParagraphCounter
{
    private int _last;

    public int Next() => ++_last;
}
