using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Plenary.Application.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Plenary.Application.Documents.Rendering;

/// <summary>
/// A Word document (.docx) with the look of a United Nations official document: A4, Times New
/// Roman 10 pt, the masthead with the symbol block on page one, the symbol in the header and the
/// page number in the footer of later pages, numbered paragraphs with hanging numbers written as
/// text, real Word headings, footnotes, hyperlinks and tables. It reads like
/// <see cref="TextRenderer"/>: the same text in the same order.
/// </summary>
public static class DocxRenderer
{
    // Geometry in twentieths of a point: A4 with margins of 2.5 cm.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int SideMargin = 1418;
    private const int TextWidth = PageWidth - 2 * SideMargin;
    private const int Hang = 720; // 1.27 cm: where text stands after a number

    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = Clean(document.Title);
            package.PackageProperties.Subject = Clean(document.Masthead.Symbol);
            package.PackageProperties.Creator = "Plenary";
            package.PackageProperties.Language = "en-GB";

            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(StylesXml);
            var needsFootnotes = document.Masthead.AgendaItemFootnote is not null || document.Footnotes().Count > 0;
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(SettingsXml(needsFootnotes));

            var writer = new Writer(main, needsFootnotes ? main.AddNewPart<FootnotesPart>() : null);
            var body = new Body();
            body.Append(writer.Masthead(document));
            foreach (var block in document.Body) body.Append(writer.Block(block));
            foreach (var annex in document.Annexes)
            {
                body.Append(new W.Paragraph(
                    Props("AnnexLabel"),
                    Run(annex.Label)));
                var title = new W.Paragraph(
                    Props("Heading1", indentation: new Indentation { Left = "0", Right = "0", Hanging = "0" }, justification: JustificationValues.Center, spacingBefore: 240),
                    Run(annex.Title));
                title.Append(writer.Note(annex.TitleFootnote));
                body.Append(title);
                foreach (var block in annex.Body) body.Append(writer.Block(block));
            }
            // The short centred rule that closes a UN document; it also keeps a table from ending the body.
            body.Append(new W.Paragraph(Props("EndRule")));
            body.Append(writer.Section(document.Masthead.Symbol));
            main.Document = new W.Document(body);
            writer.FinishFootnotes();
        }
        return stream.ToArray();
    }

    /// <summary>Writes blocks into the main part, collecting footnotes and hyperlink relationships as it goes.</summary>
    private sealed class Writer(MainDocumentPart main, FootnotesPart? footnotesPart)
    {
        private readonly List<Footnote> _footnotes = [];
        private long _nextFootnoteId = 1;

        public IEnumerable<OpenXmlElement> Masthead(OfficialDocument document)
        {
            var m = document.Masthead;
            yield return MastheadTable(m);

            yield return new W.Paragraph(Props("MastheadBody"), Run(m.BodyName));
            if (m.ConveningLine is not null)
                yield return new W.Paragraph(Props("MastheadLine"), Run(m.ConveningLine));
            if (m.MeetingLine is not null)
                yield return new W.Paragraph(Props("MastheadLine"), Run(m.MeetingLine));
            if (m.AgendaItemLine is not null)
            {
                var line = new W.Paragraph(Props("MastheadLine"), Run(m.AgendaItemLine));
                if (m.AgendaItemFootnote is not null)
                {
                    var id = AddFootnote(m.AgendaItemFootnote, customMark: "*");
                    line.Append(new W.Run(
                        new W.RunProperties(new RunStyle { Val = "FootnoteReference" }),
                        new FootnoteReference { Id = id, CustomMarkFollows = true },
                        Text("*")));
                }
                yield return line;
            }
            yield return new W.Paragraph(Props("Title"), Run(document.Title));
            if (document.Subtitle is not null)
                yield return new W.Paragraph(Props("Subtitle"), Run(document.Subtitle));
        }

        // "United Nations" and the symbol over a rule; then "Distr.", the date and the original language in the right-hand column over a heavier rule.
        private static W.Table MastheadTable(Masthead m)
        {
            const int first = 2800, third = 3400, second = TextWidth - first - third;
            var table = new W.Table(
                new TableProperties(
                    new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
                    new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
                new TableGrid(new GridColumn { Width = Twips(first) }, new GridColumn { Width = Twips(second) }, new GridColumn { Width = Twips(third) }));

            table.Append(new W.TableRow(
                new TableRowProperties(new TableRowHeight { Val = 680, HeightType = HeightRuleValues.AtLeast }),
                MastheadCell(first, 1, 6, TableVerticalAlignmentValues.Bottom,
                    new W.Paragraph(Props("MastheadUnitedNations"), Run("United Nations"))),
                MastheadCell(second + third, 2, 6, TableVerticalAlignmentValues.Bottom,
                    new W.Paragraph(Props("MastheadSymbol"), Run(m.Symbol)))));

            table.Append(new W.TableRow(
                new TableRowProperties(new TableRowHeight { Val = 1000, HeightType = HeightRuleValues.AtLeast }),
                MastheadCell(first + second, 2, 18, TableVerticalAlignmentValues.Top, new W.Paragraph(Props("MastheadLine"))),
                MastheadCell(third, 1, 18, TableVerticalAlignmentValues.Top,
                    new W.Paragraph(Props("MastheadDistribution", spacingBefore: 80), Run($"Distr.: {m.Distribution}")),
                    new W.Paragraph(Props("MastheadDistribution"), Run(m.DateOfIssue)),
                    new W.Paragraph(Props("MastheadDistribution", spacingAfter: 120), Run($"Original: {m.OriginalLanguage}")))));
            return table;
        }

        private static W.TableCell MastheadCell(int width, int span, uint ruleEighths, TableVerticalAlignmentValues align, params W.Paragraph[] paragraphs)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
            if (span > 1) properties.Append(new GridSpan { Val = span });
            properties.Append(new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = ruleEighths, Space = 0, Color = "auto" }));
            properties.Append(new TableCellVerticalAlignment { Val = align });
            var cell = new W.TableCell(properties);
            cell.Append(paragraphs);
            return cell;
        }

        public IEnumerable<OpenXmlElement> Block(Block block)
        {
            switch (block)
            {
                case Heading h:
                    {
                        var level = Math.Clamp(h.Level, 1, 4);
                        // The number hangs at the margin; an unnumbered heading starts where the text of numbered ones does.
                        var paragraph = h.Number is null
                            ? new W.Paragraph(Props($"Heading{level}", indentation: new Indentation { Left = Twips(Hang), Hanging = "0" }))
                            : new W.Paragraph(Props($"Heading{level}"), Run(h.Number), new W.Run(new TabChar()));
                        paragraph.Append(Run(h.Text));
                        paragraph.Append(Note(h.Footnote));
                        yield return paragraph;
                        break;
                    }
                case Model.Paragraph p when p.Number is { } number:
                    {
                        var paragraph = new W.Paragraph(Props("NumberedParagraph"), Run($"{number}."), new W.Run(new TabChar()));
                        paragraph.Append(Inlines(p.Content, main, footnotes: true));
                        yield return paragraph;
                        break;
                    }
                case Model.Paragraph p:
                    {
                        var style = p.Style switch
                        {
                            ParagraphStyle.Centered => "Centered",
                            ParagraphStyle.Label => "Label",
                            ParagraphStyle.Note => "Note",
                            ParagraphStyle.Body => "BodyText",
                        };
                        var paragraph = new W.Paragraph(Props(style));
                        paragraph.Append(Inlines(p.Content, main, footnotes: true));
                        yield return paragraph;
                        break;
                    }
                case SubParagraph s:
                    {
                        var level = Math.Max(1, s.Level);
                        var paragraph = new W.Paragraph(level == 1 ? Props("SubParagraph")
                            : Props("SubParagraph", indentation: new Indentation { Left = Twips(Hang * (level + 1)), Hanging = Twips(Hang) }, tabAt: Hang * (level + 1)));
                        paragraph.Append(Run(s.Label), new W.Run(new TabChar()));
                        paragraph.Append(Inlines(s.Content, main, footnotes: true));
                        yield return paragraph;
                        break;
                    }
                case ListBlock l:
                    foreach (var item in l.Items)
                    {
                        var depth = Math.Max(0, item.Depth);
                        var paragraph = new W.Paragraph(depth switch
                        {
                            0 => Props("ListItem"),
                            1 => Props("ListItem2"),
                            _ => Props("ListItem2", indentation: new Indentation { Left = Twips(Hang * (depth + 2)), Hanging = Twips(Hang) }, tabAt: Hang * (depth + 2)),
                        });
                        paragraph.Append(Run(item.Label), new W.Run(new TabChar()));
                        paragraph.Append(Inlines(item.Content, main, footnotes: true));
                        yield return paragraph;
                    }
                    break;
                case Model.Table t:
                    if (t.Caption is not null)
                    {
                        var caption = new W.Paragraph(Props("TableCaption"), Run(t.Caption));
                        caption.Append(Note(t.CaptionFootnote));
                        yield return caption;
                    }
                    yield return Table(t);
                    break;
            }
        }

        private W.Table Table(Model.Table t)
        {
            var columns = Math.Max(t.Header.Count, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Cells.Count));
            columns = Math.Max(columns, 1);
            var widths = ColumnWidths(t.ColumnWidthsPercent, columns);

            var table = new W.Table(
                new TableProperties(
                    new TableStyle { Val = "UNTable" },
                    new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
                new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

            if (t.Header.Count > 0)
            {
                var header = new W.TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
                for (var c = 0; c < columns; c++)
                {
                    var cell = new W.TableCell(new TableCellProperties(
                        new TableCellWidth { Width = Twips(widths[c]), Type = TableWidthUnitValues.Dxa },
                        new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "auto" }),
                        new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom }));
                    var paragraph = new W.Paragraph(Props("TableHeading"));
                    if (c < t.Header.Count && t.Header[c].Length > 0) paragraph.Append(Run(t.Header[c]));
                    cell.Append(paragraph);
                    header.Append(cell);
                }
                table.Append(header);
            }

            for (var r = 0; r < t.Rows.Count; r++)
            {
                var row = t.Rows[r];
                var groupRule = row.StartsGroup && (r > 0 || t.Header.Count == 0);
                var tableRow = new W.TableRow(new TableRowProperties(new CantSplit()));
                for (var c = 0; c < columns; c++)
                {
                    var source = c < row.Cells.Count ? row.Cells[c] : new Model.TableCell([]);
                    var properties = new TableCellProperties(new TableCellWidth { Width = Twips(widths[c]), Type = TableWidthUnitValues.Dxa });
                    if (source.RowSpan > 1) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                    else if (source.RowSpan == 0) properties.Append(new VerticalMerge { Val = MergedCellValues.Continue });
                    if (groupRule && source.RowSpan != 0)
                        properties.Append(new TableCellBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" }));
                    var paragraph = new W.Paragraph(Props("TableText"));
                    if (source.RowSpan != 0) paragraph.Append(Inlines(source.Content, main, footnotes: true));
                    tableRow.Append(new W.TableCell(properties, paragraph));
                }
                table.Append(tableRow);
            }

            if (t.Header.Count == 0 && t.Rows.Count == 0)
            {
                // A table must have a row; an empty model table still gets one empty row.
                var row = new W.TableRow();
                for (var c = 0; c < columns; c++)
                    row.Append(new W.TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(widths[c]), Type = TableWidthUnitValues.Dxa }),
                        new W.Paragraph(Props("TableText"))));
                table.Append(row);
            }
            return table;
        }

        private static int[] ColumnWidths(IReadOnlyList<int> percents, int columns)
        {
            var given = Enumerable.Range(0, columns).Select(i => i < percents.Count && percents[i] > 0 ? percents[i] : 0).ToArray();
            var missing = given.Count(p => p == 0);
            var rest = Math.Max(0, 100 - given.Sum());
            var shares = given.Select(p => p > 0 ? (double)p : missing > 0 ? Math.Max(rest, 5 * missing) / (double)missing : 0).ToArray();
            var total = shares.Sum();
            var widths = shares.Select(s => (int)Math.Floor(TextWidth * s / total)).ToArray();
            widths[^1] += TextWidth - widths.Sum();
            return widths;
        }

        /// <summary>Runs for inlines; <paramref name="part"/> holds the hyperlink relationships.</summary>
        private IEnumerable<OpenXmlElement> Inlines(IEnumerable<Inline> inlines, OpenXmlPartContainer part, bool footnotes)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case Model.Text t:
                        yield return Run(t.Value, bold: t.Bold, italic: t.Italic);
                        break;
                    case Link l when LinkTargets.Safe(l.Url) is { } uri:
                        {
                            var relationship = part switch
                            {
                                MainDocumentPart m => m.AddHyperlinkRelationship(uri, true),
                                FootnotesPart f => f.AddHyperlinkRelationship(uri, true),
                                _ => throw new InvalidOperationException("Hyperlinks live in the document or the footnotes."),
                            };
                            yield return new Hyperlink(Run(l.Text, style: "Hyperlink")) { Id = relationship.Id, History = true };
                            break;
                        }
                    case Link l:
                        yield return Run(l.Text);
                        break;
                    case Placeholder p:
                        yield return Run(p.Shown, highlight: true);
                        break;
                    case FootnoteRef f when footnotes:
                        yield return new W.Run(
                            new W.RunProperties(new RunStyle { Val = "FootnoteReference" }),
                            new FootnoteReference { Id = AddFootnote(f.Note, customMark: null) });
                        break;
                }
            }
        }

        /// <summary>The reference to a footnote on a heading, a table title or an annex title (nothing when there is none).</summary>
        public IEnumerable<OpenXmlElement> Note(FootnoteRef? note) => note is null ? [] : Inlines([note], main, footnotes: true).ToList();

        private long AddFootnote(IReadOnlyList<Inline> note, string? customMark)
        {
            var part = footnotesPart ?? throw new InvalidOperationException("The document's footnotes were not counted before writing.");
            var id = _nextFootnoteId++;
            var mark = customMark is null
                ? new W.Run(new W.RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark())
                : new W.Run(new W.RunProperties(new RunStyle { Val = "FootnoteReference" }), Text(customMark));
            var paragraph = new W.Paragraph(Props("FootnoteText"), mark, new W.Run(new TabChar()));
            // Notes do not nest: a footnote inside a footnote is dropped, as in the text rendering.
            paragraph.Append(Inlines(note, part, footnotes: false));
            _footnotes.Add(new Footnote(paragraph) { Id = id });
            return id;
        }

        public void FinishFootnotes()
        {
            if (footnotesPart is null) return;
            var footnotes = new Footnotes(
                new Footnote(new W.Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                    new W.Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new W.Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                    new W.Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            footnotes.Append(_footnotes);
            footnotesPart.Footnotes = footnotes;
        }

        /// <summary>The page: A4, UN margins, the symbol in the header and the page number in the footer after page one.</summary>
        public SectionProperties Section(string symbol)
        {
            string Header(HeaderFooterKind kind)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = kind switch
                {
                    HeaderFooterKind.First => new W.Header(new W.Paragraph(Props("Footer"))),
                    HeaderFooterKind.Even => new W.Header(new W.Paragraph(Props("Header"), Run(symbol))),
                    HeaderFooterKind.Odd => new W.Header(new W.Paragraph(Props("Header", justification: JustificationValues.Right), Run(symbol))),
                };
                return main.GetIdOfPart(part);
            }

            string Footer(HeaderFooterKind kind)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = kind switch
                {
                    HeaderFooterKind.First => new W.Footer(new W.Paragraph(Props("Footer"))),
                    HeaderFooterKind.Even => new W.Footer(PageNumber(JustificationValues.Left)),
                    HeaderFooterKind.Odd => new W.Footer(PageNumber(JustificationValues.Right)),
                };
                return main.GetIdOfPart(part);
            }

            return new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Even, Id = Header(HeaderFooterKind.Even) },
                new HeaderReference { Type = HeaderFooterValues.Default, Id = Header(HeaderFooterKind.Odd) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = Header(HeaderFooterKind.First) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = Footer(HeaderFooterKind.Even) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = Footer(HeaderFooterKind.Odd) },
                new FooterReference { Type = HeaderFooterValues.First, Id = Footer(HeaderFooterKind.First) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = 1418, Right = SideMargin, Bottom = 1418, Left = SideMargin, Header = 709, Footer = 709, Gutter = 0 },
                new Columns { Space = "720" },
                new TitlePage(),
                new DocGrid { LinePitch = 360 });
        }

        // "2/5": the page and the number of pages, as UN documents number them.
        private static W.Paragraph PageNumber(JustificationValues side) => new(
            Props("Footer", justification: side),
            new SimpleField(Run("1")) { Instruction = " PAGE " },
            Run("/"),
            new SimpleField(Run("1")) { Instruction = " NUMPAGES " });
    }

    private enum HeaderFooterKind { First, Even, Odd }

    private static ParagraphProperties Props(string style, Indentation? indentation = null, JustificationValues? justification = null, int? tabAt = null,
        int? spacingBefore = null, int? spacingAfter = null)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (tabAt is { } at) properties.Append(new Tabs(new TabStop { Val = TabStopValues.Left, Position = at }));
        if (spacingBefore is not null || spacingAfter is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is { } before) spacing.Before = Twips(before);
            if (spacingAfter is { } after) spacing.After = Twips(after);
            properties.Append(spacing);
        }
        if (indentation is not null) properties.Append(indentation);
        if (justification is { } jc) properties.Append(new Justification { Val = jc });
        return properties;
    }

    private static W.Run Run(string text, bool bold = false, bool italic = false, string? style = null, bool highlight = false)
    {
        var run = new W.Run();
        if (bold || italic || style is not null || highlight)
        {
            var properties = new W.RunProperties();
            if (style is not null) properties.Append(new RunStyle { Val = style });
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            if (highlight) properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
            run.Append(properties);
        }
        // Tabs and line breaks in the text become Word's own tab and break elements.
        var pieces = Clean(text).Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            var parts = pieces[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (parts[j].Length > 0) run.Append(Text(parts[j]));
            }
        }
        return run;
    }

    private static W.Text Text(string value) => new(value) { Space = SpaceProcessingModeValues.Preserve };

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML cannot carry (control characters, lone surrogates).</summary>
    private static string Clean(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c) && c != '\r' || c is '\n' or '\t')) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\t' or '\r') clean.Append(c);
            else if (XmlConvert.IsXmlChar(c)) clean.Append(c);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) clean.Append(c).Append(text[++i]);
        }
        return clean.ToString();
    }

    private static string SettingsXml(bool footnotes) => $$"""
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:zoom w:percent="100"/>
          <w:defaultTabStop w:val="720"/>
          <w:evenAndOddHeaders/>
          <w:characterSpacingControl w:val="doNotCompress"/>
          {{(footnotes ? """<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>""" : "")}}
          <w:compat>
            <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>
          </w:compat>
          <w:themeFontLang w:val="en-GB"/>
          <w:decimalSymbol w:val="."/>
          <w:listSeparator w:val=","/>
        </w:settings>
        """;

    // The UN look: Times New Roman 10 pt on an exact 12 pt line; headings bold with their numbers
    // hanging 1.27 cm; tables in 9 pt. Styles keep Word's built-in names so the navigation pane and
    // the secretariat's own templates recognise them.
    private const string StylesXml = """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults>
            <w:rPrDefault><w:rPr>
              <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>
              <w:sz w:val="20"/><w:szCs w:val="20"/>
              <w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>
            </w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr>
              <w:spacing w:after="120" w:line="240" w:lineRule="exact"/>
            </w:pPr></w:pPrDefault>
          </w:docDefaults>

          <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
            <w:name w:val="Normal"/><w:qFormat/>
            <w:pPr><w:widowControl/><w:spacing w:after="120" w:line="240" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>
            <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
          </w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
          </w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal">
            <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
          </w:style>
          <w:style w:type="table" w:styleId="UNTable">
            <w:name w:val="UN Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>
            <w:tblPr>
              <w:tblBorders>
                <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                <w:bottom w:val="single" w:sz="12" w:space="0" w:color="auto"/>
              </w:tblBorders>
              <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="72" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="72" w:type="dxa"/></w:tblCellMar>
            </w:tblPr>
          </w:style>

          <w:style w:type="paragraph" w:styleId="Title">
            <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="240" w:line="400" w:lineRule="exact"/><w:ind w:left="720" w:right="720"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Subtitle">
            <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240" w:line="280" w:lineRule="exact"/><w:ind w:left="720" w:right="720"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading1">
            <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:spacing w:before="360" w:after="240" w:line="270" w:lineRule="exact"/><w:ind w:left="720" w:right="720" w:hanging="720"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading2">
            <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:spacing w:before="240" w:after="120" w:line="250" w:lineRule="exact"/><w:ind w:left="720" w:right="720" w:hanging="720"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading3">
            <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:spacing w:before="240" w:after="120"/><w:ind w:left="720" w:right="720" w:hanging="720"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Heading4">
            <w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:spacing w:before="240" w:after="120"/><w:ind w:left="720" w:right="720" w:hanging="720"/><w:jc w:val="left"/><w:outlineLvl w:val="3"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>
          </w:style>

          <w:style w:type="paragraph" w:styleId="NumberedParagraph">
            <w:name w:val="Numbered Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="720"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="BodyText">
            <w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:ind w:left="720"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="SubParagraph">
            <w:name w:val="Subparagraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="1440"/></w:tabs><w:ind w:left="1440" w:hanging="720"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="ListItem">
            <w:name w:val="List Item"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="1440"/></w:tabs><w:ind w:left="1440" w:right="720" w:hanging="720"/><w:jc w:val="left"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="ListItem2">
            <w:name w:val="List Item 2"/><w:basedOn w:val="ListItem"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:tabs><w:tab w:val="clear" w:pos="1440"/><w:tab w:val="left" w:pos="2160"/></w:tabs><w:ind w:left="2160" w:hanging="720"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Label">
            <w:name w:val="Label"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:left="720" w:right="720"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:i/><w:iCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Centered">
            <w:name w:val="Centered"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:jc w:val="center"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Note">
            <w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:spacing w:before="120" w:line="220" w:lineRule="exact"/></w:pPr>
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TableText">
            <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:spacing w:before="40" w:after="40" w:line="220" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TableHeading">
            <w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:spacing w:before="80" w:after="80" w:line="200" w:lineRule="exact"/></w:pPr>
            <w:rPr><w:i/><w:iCs/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="TableCaption">
            <w:name w:val="Table Caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="AnnexLabel">
            <w:name w:val="Annex Label"/><w:basedOn w:val="Normal"/><w:next w:val="Heading1"/><w:uiPriority w:val="20"/><w:qFormat/>
            <w:pPr><w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before="0" w:after="120" w:line="280" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="EndRule">
            <w:name w:val="End Rule"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:before="240" w:after="0"/><w:ind w:left="3969" w:right="3969"/><w:jc w:val="center"/></w:pPr>
          </w:style>

          <w:style w:type="paragraph" w:styleId="MastheadUnitedNations">
            <w:name w:val="Masthead United Nations"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="MastheadSymbol">
            <w:name w:val="Masthead Symbol"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="MastheadDistribution">
            <w:name w:val="Masthead Distribution"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="MastheadBody">
            <w:name w:val="Masthead Body"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="MastheadLine">
            <w:name w:val="Masthead Line"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/>
            <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>
          </w:style>

          <w:style w:type="paragraph" w:styleId="FootnoteText">
            <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs><w:spacing w:after="40" w:line="200" w:lineRule="exact"/><w:ind w:left="284" w:hanging="284"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
          </w:style>
          <w:style w:type="character" w:styleId="FootnoteReference">
            <w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
          </w:style>
          <w:style w:type="character" w:styleId="Hyperlink">
            <w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:rPr><w:color w:val="auto"/><w:u w:val="none"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Header">
            <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:after="0" w:line="200" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
          </w:style>
          <w:style w:type="paragraph" w:styleId="Footer">
            <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
            <w:pPr><w:spacing w:after="0" w:line="200" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>
            <w:rPr><w:b/><w:bCs/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
          </w:style>
        </w:styles>
        """;
}
