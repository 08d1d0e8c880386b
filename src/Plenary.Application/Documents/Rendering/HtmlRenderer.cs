using System.Globalization;
using System.Net;
using System.Text;
using Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Rendering;

/// <summary>
/// HTML: a self-contained page that looks like a United Nations official document on screen and
/// prints like one on A4, or an <c>&lt;article class="doc"&gt;</c> fragment for a site page. It holds
/// the same text in the same order as <see cref="TextRenderer"/>; every text and attribute is
/// HTML-encoded, there is no script, and the same document always gives the same string.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>
    /// A complete HTML page: doctype, <c>&lt;html lang="en"&gt;</c>, a head with the charset, the
    /// title and one style element (screen and print), and the document as an article whose title
    /// is the page's h1.
    /// </summary>
    public static string Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode($"{document.Masthead.Symbol} \u2013 {document.Title}")).Append("</title>\n")
            .Append("<style>\n").Append(PageStylesheet).Append(Stylesheet).Append(RunningHeads(document.Masthead.Symbol)).Append("</style>\n")
            .Append("</head>\n<body>\n");
        new Writer(html, topHeadingLevel: 1).Article(document);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The document as an <c>&lt;article class="doc"&gt;</c> to embed in a site page: no html, head
    /// or style. The title is a heading of <paramref name="topHeadingLevel"/> (2 when the page
    /// already has its h1) and the document's headings follow one level below it and onwards;
    /// levels past 6 are marked up as <c>role="heading"</c> with their <c>aria-level</c>.
    /// </summary>
    public static string RenderFragment(OfficialDocument document, int topHeadingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(topHeadingLevel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topHeadingLevel, 6);
        var html = new StringBuilder();
        new Writer(html, topHeadingLevel).Article(document);
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes one article; numbers footnotes in reading order as <see cref="TextRenderer"/> does.</summary>
    private sealed class Writer(StringBuilder html, int topHeadingLevel)
    {
        private readonly List<FootnoteRef> footnotes = [];
        private int annexes;

        public void Article(OfficialDocument document)
        {
            html.Append("<article class=\"doc\" aria-labelledby=\"doc-title\">\n");
            Masthead(document);

            html.Append("<div class=\"doc-body\">\n");
            foreach (var block in document.Body) Block(block, headingOffset: 0);
            html.Append("</div>\n");

            foreach (var annex in document.Annexes) Annex(annex);

            Footnotes(document.Masthead.AgendaItemFootnote);
            html.Append("</article>\n");
        }

        private void Masthead(OfficialDocument document)
        {
            var m = document.Masthead;
            html.Append("<header class=\"doc-masthead\">\n")
                .Append("<div class=\"doc-masthead-top\"><p class=\"doc-org\">United Nations</p>")
                .Append("<p class=\"doc-symbol\">").Append(Encode(m.Symbol)).Append("</p></div>\n")
                .Append("<div class=\"doc-distribution\">")
                .Append("<p>Distr.: ").Append(Encode(m.Distribution)).Append("</p>")
                .Append("<p>").Append(Encode(m.DateOfIssue)).Append("</p>")
                .Append("<p class=\"doc-original\">Original: ").Append(Encode(m.OriginalLanguage)).Append("</p></div>\n")
                .Append("<div class=\"doc-meeting\">")
                .Append("<p class=\"doc-body-name\">").Append(Encode(m.BodyName)).Append("</p>");
            if (m.ConveningLine is not null)
                html.Append("<p class=\"doc-convening-line\">").Append(Encode(m.ConveningLine)).Append("</p>");
            if (m.MeetingLine is not null)
                html.Append("<p class=\"doc-meeting-line\">").Append(Encode(m.MeetingLine)).Append("</p>");
            if (m.AgendaItemLine is not null)
            {
                html.Append("<p class=\"doc-agenda-item\">").Append(Encode(m.AgendaItemLine));
                if (m.AgendaItemFootnote is not null) NoteReference("star", "*");
                html.Append("</p>");
            }
            html.Append("</div>\n");

            OpenHeading(topHeadingLevel, "doc-title", "doc-title");
            html.Append(Encode(document.Title));
            CloseHeading(topHeadingLevel);
            if (document.Subtitle is not null)
                html.Append("<p class=\"doc-subtitle\">").Append(Encode(document.Subtitle)).Append("</p>\n");
            html.Append("</header>\n");
        }

        private void Annex(Annex annex)
        {
            var id = $"annex-{Number(++annexes)}";
            var level = topHeadingLevel + 1;
            html.Append("<section class=\"doc-annex\" aria-labelledby=\"").Append(id).Append("\">\n");
            OpenHeading(level, "doc-annex-heading", id);
            html.Append("<span class=\"doc-annex-label\">").Append(Encode(annex.Label)).Append("</span> ")
                .Append("<span class=\"doc-annex-title\">").Append(Encode(annex.Title)).Append("</span>");
            Note(annex.TitleFootnote);
            CloseHeading(level);
            foreach (var block in annex.Body) Block(block, headingOffset: 1);
            html.Append("</section>\n");
        }

        private void Block(Block block, int headingOffset)
        {
            switch (block)
            {
                case Heading h:
                    var modelLevel = Math.Clamp(h.Level, 1, 4);
                    var level = topHeadingLevel + headingOffset + Math.Max(h.Level, 1);
                    OpenHeading(level, $"doc-heading doc-h{Number(modelLevel)}", id: null);
                    if (h.Number is not null) Label(h.Number);
                    html.Append(Encode(h.Text));
                    Note(h.Footnote);
                    CloseHeading(level);
                    break;
                case Paragraph p:
                    html.Append("<p class=\"doc-para");
                    if (p.Number is not null) html.Append(" doc-numbered");
                    html.Append(p.Style switch
                    {
                        ParagraphStyle.Centered => " doc-centered",
                        ParagraphStyle.Label => " doc-label",
                        ParagraphStyle.Note => " doc-note",
                        ParagraphStyle.Body => "",
                    }).Append('"');
                    if (p.Number is { } n) html.Append(" id=\"para-").Append(Number(n)).Append('"');
                    html.Append('>');
                    if (p.Number is { } number) Label($"{Number(number)}.");
                    Inlines(p.Content);
                    html.Append("</p>\n");
                    break;
                case SubParagraph s:
                    html.Append("<p class=\"doc-sub doc-sub-").Append(Number(Math.Clamp(s.Level, 1, 4))).Append("\">");
                    Label(s.Label);
                    Inlines(s.Content);
                    html.Append("</p>\n");
                    break;
                case ListBlock l:
                    List(l.Items);
                    break;
                case Table t:
                    Table(t);
                    break;
            }
        }

        /// <summary>
        /// A list as nested <c>ol</c> elements: an item deeper than the one before it opens a list
        /// inside that item; a shallower one closes lists until it reaches its own depth.
        /// </summary>
        private void List(IReadOnlyList<ListItem> items)
        {
            if (items.Count == 0) return;
            var open = new Stack<int>();
            foreach (var item in items)
            {
                if (open.Count == 0)
                {
                    html.Append("<ol class=\"doc-list\">\n");
                    open.Push(item.Depth);
                }
                else if (item.Depth > open.Peek())
                {
                    html.Append("\n<ol class=\"doc-list\">\n");
                    open.Push(item.Depth);
                }
                else
                {
                    html.Append("</li>\n");
                    while (open.Count > 1 && item.Depth < open.Peek())
                    {
                        open.Pop();
                        html.Append("</ol></li>\n");
                    }
                }
                html.Append("<li>");
                Label(item.Label);
                Inlines(item.Content);
            }
            html.Append("</li>\n");
            while (open.Count > 0)
            {
                open.Pop();
                html.Append("</ol>\n");
                if (open.Count > 0) html.Append("</li>\n");
            }
        }

        private void Table(Table table)
        {
            html.Append("<table class=\"doc-table\">\n");
            if (table.Caption is not null)
            {
                html.Append("<caption>").Append(Encode(table.Caption));
                Note(table.CaptionFootnote);
                html.Append("</caption>\n");
            }
            if (table.ColumnWidthsPercent.Count > 0)
            {
                html.Append("<colgroup>");
                foreach (var width in table.ColumnWidthsPercent)
                    html.Append("<col style=\"width: ").Append(Number(Math.Clamp(width, 0, 100))).Append("%\">");
                html.Append("</colgroup>\n");
            }
            if (table.Header.Count > 0)
            {
                html.Append("<thead><tr>");
                foreach (var header in table.Header) html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
                html.Append("</tr></thead>\n");
            }
            html.Append("<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append(row.StartsGroup ? "<tr class=\"doc-group-start\">" : "<tr>");
                foreach (var cell in row.Cells)
                {
                    if (cell.RowSpan == 0) continue; // covered by the cell above, which spans into this row
                    html.Append("<td");
                    if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(Number(cell.RowSpan)).Append('"');
                    html.Append('>');
                    Inlines(cell.Content);
                    html.Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }

        private void Footnotes(IReadOnlyList<Inline>? agendaItemFootnote)
        {
            if (agendaItemFootnote is null && footnotes.Count == 0) return;
            html.Append("<section class=\"doc-footnotes\" aria-label=\"Footnotes\">\n<ol>\n");
            if (agendaItemFootnote is not null) Note("star", "*", agendaItemFootnote);
            for (var i = 0; i < footnotes.Count; i++) Note(Number(i + 1), Number(i + 1), footnotes[i].Note);
            html.Append("</ol>\n</section>\n");
        }

        private void Note(string key, string mark, IReadOnlyList<Inline> note)
        {
            html.Append("<li id=\"fn-").Append(key).Append("\"><sup class=\"doc-fn-num\">").Append(Encode(mark)).Append("</sup> ");
            InlinesOf(note, countFootnotes: false);
            html.Append(" <a class=\"doc-backlink\" href=\"#fnref-").Append(key)
                .Append("\" aria-label=\"Back to the reference to footnote ").Append(Encode(mark)).Append("\">\u21A9</a></li>\n");
        }

        private void NoteReference(string key, string mark) =>
            html.Append("<sup class=\"doc-fnref\"><a href=\"#fn-").Append(key).Append("\" id=\"fnref-").Append(key)
                .Append("\" aria-label=\"Footnote ").Append(Encode(mark)).Append("\">").Append(Encode(mark)).Append("</a></sup>");

        private void Label(string label) =>
            html.Append("<span class=\"doc-num\">").Append(Encode(label)).Append("</span> ");

        private void Inlines(IReadOnlyList<Inline> inlines) => InlinesOf(inlines, countFootnotes: true);

        /// <summary>The reference to a footnote on a heading, a table title or an annex title.</summary>
        private void Note(FootnoteRef? note)
        {
            if (note is not null) InlinesOf([note], countFootnotes: true);
        }

        // A footnote's own note is read without its footnote references, as the text renderer reads it.
        private void InlinesOf(IReadOnlyList<Inline> inlines, bool countFootnotes)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case Text t:
                        if (t.Bold) html.Append("<b>");
                        if (t.Italic) html.Append("<i>");
                        html.Append(Encode(t.Value));
                        if (t.Italic) html.Append("</i>");
                        if (t.Bold) html.Append("</b>");
                        break;
                    case Link l when SafeHref(l.Url) is { } href:
                        html.Append("<a href=\"").Append(Encode(href)).Append("\">").Append(Encode(l.Text)).Append("</a>");
                        break;
                    case Link l:
                        html.Append(Encode(l.Text));
                        break;
                    case Placeholder p:
                        html.Append("<mark class=\"doc-placeholder\" title=\"Not in the record: ").Append(Encode(p.Fact.Description))
                            .Append("\">").Append(Encode(p.Shown)).Append("</mark>");
                        break;
                    case FootnoteRef f when countFootnotes:
                        footnotes.Add(f);
                        NoteReference(Number(footnotes.Count), Number(footnotes.Count));
                        break;
                }
            }
        }

        private void OpenHeading(int level, string cssClass, string? id)
        {
            html.Append(level <= 6 ? $"<h{Number(level)}" : "<p role=\"heading\" aria-level=\"" + Number(level) + "\"");
            html.Append(" class=\"").Append(cssClass).Append('"');
            if (id is not null) html.Append(" id=\"").Append(id).Append('"');
            html.Append('>');
        }

        private void CloseHeading(int level) => html.Append(level <= 6 ? $"</h{Number(level)}>\n" : "</p>\n");
    }

    /// <summary>Only web and mail addresses become links (LinkTargets); anything else stays text.</summary>
    private static string? SafeHref(string url) => LinkTargets.Safe(url) is null ? null : url.Trim();

    /// <summary>The symbol at the top of every printed page after the first, and the page numbers, as in UN documents.</summary>
    private static string RunningHeads(string symbol)
    {
        var s = CssString(symbol);
        return "@page :right { @top-right { content: " + s + "; font: bold 9pt \"Times New Roman\", Times, \"Liberation Serif\", serif; vertical-align: bottom; padding-bottom: 0.4cm; }\n"
            + "  @bottom-right { content: counter(page) \"/\" counter(pages); font: 9pt \"Times New Roman\", Times, \"Liberation Serif\", serif; vertical-align: top; padding-top: 0.4cm; } }\n"
            + "@page :left { @top-left { content: " + s + "; font: bold 9pt \"Times New Roman\", Times, \"Liberation Serif\", serif; vertical-align: bottom; padding-bottom: 0.4cm; }\n"
            + "  @bottom-left { content: counter(page) \"/\" counter(pages); font: 9pt \"Times New Roman\", Times, \"Liberation Serif\", serif; vertical-align: top; padding-top: 0.4cm; } }\n"
            + "@page :first { @top-right { content: none; } @top-left { content: none; } }\n";
    }

    /// <summary>A CSS string literal; every character outside a safe set is a six-digit escape, so nothing can close the string or the style element.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || " ./-_(),:".Contains((char)rune.Value)))
                css.Append((char)rune.Value);
            else
                css.Append('\\').Append(rune.Value.ToString("X6", CultureInfo.InvariantCulture));
        }
        return css.Append('"').ToString();
    }

    // Indents follow the UN grid: body text at 1.27 cm, tab stops every 0.635 cm (3.6rem and 1.8rem at 10 pt).
    // Paragraphs are justified on paper as UN documents are, but ragged on screen, where browsers rarely hyphenate.
    /// <summary>The rules of the standalone page only: its background and spacing.</summary>
    private const string PageStylesheet = """
        :root { color-scheme: light; }
        html { font-size: 12pt; background: #e6e8eb; }
        body { margin: 0; padding: 1.5rem 0; }

        """;

    /// <summary>The document's own look, scoped to .doc: what a site page embedding a fragment links to.</summary>
    public static string DocumentStylesheet => Stylesheet;

    private const string Stylesheet = """
        .doc {
          --indent: 3.6rem; --step: 1.8rem; --right: var(--indent);
          box-sizing: content-box; max-width: 17cm; margin: 0 auto; padding: 2.5cm 2cm;
          background: #fff; color: #000; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
          font: 1rem/1.3 "Times New Roman", Times, "Liberation Serif", "Nimbus Roman", serif;
          hyphens: auto; overflow-wrap: break-word;
        }
        :where(.doc) :where(p, ol, h1, h2, h3, h4, h5, h6) { margin: 0; font-size: inherit; }
        .doc a { color: #005a9c; text-underline-offset: 0.15em; }

        .doc-masthead { margin-bottom: 1.5rem; }
        .doc-masthead-top {
          display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 1rem;
          border-bottom: 2.5pt solid #000; padding-bottom: 0.2rem;
        }
        .doc-org { font-size: 1.6rem; }
        .doc-symbol { font-size: 2rem; font-weight: bold; margin-left: auto; text-align: right; }
        .doc-distribution { width: max-content; min-width: 30%; max-width: 100%; margin: 0.5rem 0 0 auto; }
        .doc-distribution .doc-original { margin-top: 1.3em; }
        .doc-meeting { border-top: 0.5pt solid #000; margin-top: 0.6rem; padding-top: 0.6rem; }
        .doc-body-name { font-weight: bold; }
        .doc-title { font-size: 1.4rem; line-height: 1.2; font-weight: bold; margin: 2rem var(--right) 0.4rem var(--indent); }
        .doc-subtitle { font-size: 1.2rem; font-weight: bold; margin: 0 var(--right) 0.4rem var(--indent); }

        .doc-num { float: left; min-width: var(--step); margin-left: calc(-1 * var(--step)); font-style: normal; }
        .doc-heading { display: flow-root; font-weight: bold; line-height: 1.2; margin: 1.2rem var(--right) 0.6rem var(--indent); }
        .doc-h1 { font-size: 1.4rem; margin-top: 1.8rem; }
        .doc-h2 { font-size: 1.2rem; margin-top: 1.5rem; }
        .doc-h3, .doc-h4 { font-size: 1rem; }
        .doc-h4 { margin-left: calc(var(--indent) + var(--step)); }

        .doc-para, .doc-sub { display: flow-root; margin: 0 var(--right) 0.6rem var(--indent); }
        .doc-para.doc-numbered { margin-left: calc(var(--indent) + var(--step)); }
        .doc-para.doc-centered { text-align: center; }
        .doc-para.doc-label { font-weight: bold; text-align: left; margin-top: 0.9rem; }
        .doc-para.doc-note { font-size: 0.9rem; }
        .doc-sub-1 { margin-left: calc(var(--indent) + 2 * var(--step)); }
        .doc-sub-2 { margin-left: calc(var(--indent) + 3 * var(--step)); }
        .doc-sub-3 { margin-left: calc(var(--indent) + 4 * var(--step)); }
        .doc-sub-4 { margin-left: calc(var(--indent) + 5 * var(--step)); }

        .doc ol.doc-list { list-style: none; padding: 0; margin: 0 var(--right) 0.6rem calc(var(--indent) + var(--step)); }
        .doc ol.doc-list ol.doc-list { margin: 0.15rem 0 0 var(--step); }
        .doc-list li { display: flow-root; margin-bottom: 0.15rem; }

        .doc-table {
          width: calc(100% - var(--indent) - var(--right)); margin: 0.6rem var(--right) 1rem var(--indent); border-collapse: collapse;
          table-layout: fixed; font-size: 0.9rem; line-height: 1.2;
        }
        .doc-table caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.4rem; }
        .doc-table th {
          font-style: italic; font-weight: normal; font-size: 0.8rem; text-align: left; vertical-align: bottom;
          padding: 0.2rem 0.4rem 0.3rem; border-bottom: 0.5pt solid #000;
        }
        .doc-table td { text-align: left; vertical-align: top; padding: 0.3rem 0.4rem; }
        .doc-table tbody { border-bottom: 1.5pt solid #000; }
        .doc-table tr.doc-group-start > td { border-top: 0.5pt solid #000; }

        .doc-annex { break-before: page; margin-top: 3rem; padding-top: 2.5rem; border-top: 1px dashed #9aa1a9; }
        .doc-annex-heading { text-align: center; font-weight: bold; line-height: 1.2; margin: 0 var(--right) 1.2rem var(--indent); }
        .doc-annex-label, .doc-annex-title { display: block; }
        .doc-annex-label { font-size: 1.2rem; margin-bottom: 0.5rem; }
        .doc-annex-title { font-size: 1.4rem; }

        .doc-fnref { font-size: 0.7em; vertical-align: super; line-height: 0; }
        .doc-fnref a { text-decoration: none; padding: 0 0.1em; }
        .doc-footnotes { margin-top: 2rem; font-size: 0.9rem; line-height: 1.2; }
        .doc-footnotes::before { content: ""; display: block; width: 4.5cm; border-top: 0.5pt solid #000; margin-bottom: 0.5rem; }
        .doc-footnotes ol { list-style: none; padding: 0; margin: 0 var(--right) 0 calc(var(--indent) + var(--step)); }
        .doc-footnotes li { display: flow-root; margin-bottom: 0.25rem; }
        .doc-fn-num { float: left; min-width: var(--step); margin-left: calc(-1 * var(--step)); font-size: 0.75em; position: relative; top: -0.3em; }
        .doc-backlink { text-decoration: none; margin-left: 0.2em; }

        mark.doc-placeholder {
          background: #fff0a8; color: inherit; padding: 0 0.1em; border-bottom: 1px dotted #7a5c00;
          print-color-adjust: exact; -webkit-print-color-adjust: exact;
        }

        @media screen and (max-width: 24cm) {
          body { padding: 0; }
          .doc { padding: 1.5rem 1rem; box-shadow: none; --indent: 1.8rem; --right: 0rem; }
          .doc-symbol { font-size: 1.5rem; }
        }

        @page { size: A4; margin: 2.5cm 2cm; }
        @media print {
          html { font-size: 10pt; background: none; }
          body { padding: 0; }
          .doc { max-width: none; margin: 0; padding: 0; box-shadow: none; line-height: 1.2; }
          .doc-para, .doc-sub { text-align: justify; }
          .doc a { color: inherit; text-decoration: none; }
          .doc-backlink { display: none; }
          .doc-annex { break-before: page; margin-top: 0; padding-top: 0; border-top: 0; }
          .doc-table thead { display: table-header-group; }
          .doc-table tr { break-inside: avoid; }
          .doc-title, .doc-subtitle, .doc-heading, .doc-label, .doc-annex-heading, .doc-table caption { break-after: avoid; }
          .doc-para, .doc-sub, .doc-list li, .doc-footnotes li { orphans: 2; widows: 2; }
        }

        """;
}
