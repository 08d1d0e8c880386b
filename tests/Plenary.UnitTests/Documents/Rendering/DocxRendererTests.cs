using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using M = Plenary.Application.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Plenary.UnitTests.Documents.Rendering;

public sealed class DocxRendererTests
{
    private static readonly OfficialDocument Sample = DocxSamples.Full();
    private static readonly byte[] SampleBytes = DocxRenderer.Render(Sample);

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body BodyOf(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    private static List<string> ValidationErrors(byte[] bytes)
    {
        using var doc = Open(bytes);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    private static string PlainText(IEnumerable<M.Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        M.Text t => t.Value,
        Link l => l.Text,
        Placeholder p => p.Shown,
        _ => "",
    }));

    private static string StyleOf(W.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    private static string TextOf(OpenXmlElement e) => string.Concat(e.Descendants<W.Text>().Select(t => t.Text));

    private static void AssertValid(byte[] bytes)
    {
        var errors = ValidationErrors(bytes);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Render_GivesADocumentTheOpenXmlValidatorAccepts() => AssertValid(SampleBytes);

    [Fact]
    public void Render_WithAnEmptyBodyAndNoAnnexes_StillValidates_AndHasNoFootnotesPart()
    {
        var bytes = DocxRenderer.Render(DocxSamples.Empty());

        AssertValid(bytes);
        using var doc = Open(bytes);
        Assert.Null(doc.MainDocumentPart!.FootnotesPart);
        Assert.Contains("Draft report", TextOf(BodyOf(doc)));
    }

    [Fact]
    public void Render_TextWithTabsBreaksAndControlCharacters_StillValidates()
    {
        var document = DocxSamples.Empty() with
        {
            Body = [new M.Paragraph([new M.Text("one\ttwo\nthree\u0001four\r\nfive")], 1)],
        };

        var bytes = DocxRenderer.Render(document);

        AssertValid(bytes);
        using var doc = Open(bytes);
        var paragraph = BodyOf(doc).Elements<W.Paragraph>().Single(p => StyleOf(p) == "NumberedParagraph");
        Assert.Equal("1.onetwothreefourfive", TextOf(paragraph));
        Assert.Equal(2, paragraph.Descendants<Break>().Count());
    }

    [Fact]
    public void Page_IsA4_WithMarginsOfTwoAndAHalfCentimetres_AndAFirstPageOfItsOwn()
    {
        using var doc = Open(SampleBytes);
        var section = BodyOf(doc).Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Left!.Value, 1360u, 1480u);
        Assert.InRange(margin.Right!.Value, 1360u, 1480u);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void LaterPages_CarryTheSymbolInTheHeader_AndThePageNumberInTheFooter_PageOneNeither()
    {
        using var doc = Open(SampleBytes);
        var main = doc.MainDocumentPart!;
        var section = BodyOf(doc).Elements<SectionProperties>().Single();

        string HeaderText(HeaderFooterValues type) =>
            TextOf(((HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(r => r.Type!.Value == type).Id!.Value!)).Header!);
        FooterPart Footer(HeaderFooterValues type) =>
            (FooterPart)main.GetPartById(section.Elements<FooterReference>().Single(r => r.Type!.Value == type).Id!.Value!);

        Assert.Equal(DocxSamples.Symbol, HeaderText(HeaderFooterValues.Default));
        Assert.Equal(DocxSamples.Symbol, HeaderText(HeaderFooterValues.Even));
        Assert.Equal("", HeaderText(HeaderFooterValues.First));
        Assert.Contains(Footer(HeaderFooterValues.Default).Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.Contains(Footer(HeaderFooterValues.Even).Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.Empty(Footer(HeaderFooterValues.First).Footer!.Descendants<SimpleField>());
    }

    [Fact]
    public void Styles_GiveTheUnLook_TimesNewRomanTenPointOnAnExactTwelvePointLine()
    {
        using var doc = Open(SampleBytes);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal");

        Assert.Equal("Times New Roman", normal.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("20", normal.StyleRunProperties.FontSize!.Val!.Value);
        var spacing = normal.StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal("240", spacing.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.Equal("120", spacing.After!.Value);

        var ids = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        foreach (var id in new[] { "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "NumberedParagraph", "SubParagraph",
                     "ListItem", "ListItem2", "TableText", "FootnoteText", "FootnoteReference", "Hyperlink" })
            Assert.Contains(id, ids);
        var footnoteReference = styles.Elements<Style>().Single(s => s.StyleId == "FootnoteReference");
        Assert.Equal(VerticalPositionValues.Superscript, footnoteReference.StyleRunProperties!.VerticalTextAlignment!.Val!.Value);
    }

    [Fact]
    public void Headings_UseWordsHeadingStyles_WithOutlineLevels_SoTheNavigationPaneShowsThem()
    {
        using var doc = Open(SampleBytes);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 4; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }

        var expected = Sample.Body.OfType<Heading>().Select(h => ($"Heading{h.Level}", (h.Number ?? "") + h.Text))
            .Concat(Sample.Annexes.Select(a => ("Heading1", a.Title)));
        var actual = BodyOf(doc).Elements<W.Paragraph>().Where(p => StyleOf(p).StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (StyleOf(p), TextOf(p)));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void NumberedParagraphs_CarryTheirNumbersAsText_InOrder_WithAHangingIndent()
    {
        using var doc = Open(SampleBytes);
        var numbered = BodyOf(doc).Elements<W.Paragraph>().Where(p => StyleOf(p) == "NumberedParagraph").ToList();

        var expected = Sample.Body.OfType<M.Paragraph>().Where(p => p.Number is not null).Select(p => $"{p.Number}.").ToList();
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => $"{n}."), expected);
        Assert.Equal(expected, numbered.Select(p => p.Elements<W.Run>().First().InnerText));
        Assert.All(numbered, p => Assert.IsType<TabChar>(p.Elements<W.Run>().ElementAt(1).FirstChild));
        Assert.All(numbered, p => Assert.Null(p.ParagraphProperties!.NumberingProperties));

        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "NumberedParagraph");
        var indentation = style.StyleParagraphProperties!.Indentation!;
        Assert.Equal(indentation.Left!.Value, indentation.Hanging!.Value);
        Assert.InRange(int.Parse(indentation.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture), 600, 800);
    }

    [Fact]
    public void SubParagraphsAndListItems_StartWithTheirLabelAndATab_IndentedByLevel()
    {
        using var doc = Open(SampleBytes);
        var paragraphs = BodyOf(doc).Elements<W.Paragraph>().ToList();

        var subs = paragraphs.Where(p => StyleOf(p) == "SubParagraph").ToList();
        Assert.Equal(Sample.Body.OfType<SubParagraph>().Select(s => s.Label + PlainText(s.Content)), subs.Select(TextOf));
        Assert.Equal("2160", subs.Single(p => TextOf(p).StartsWith("(i)", StringComparison.Ordinal)).ParagraphProperties!.Indentation!.Left!.Value);

        var items = paragraphs.Where(p => StyleOf(p) is "ListItem" or "ListItem2").ToList();
        var model = Sample.Body.OfType<ListBlock>().Single().Items;
        Assert.Equal(model.Select(i => i.Depth == 0 ? "ListItem" : "ListItem2"), items.Select(StyleOf));
        Assert.Equal(model.Select(i => i.Label), items.Select(p => p.Elements<W.Run>().First().InnerText));
        Assert.All(subs.Concat(items), p => Assert.IsType<TabChar>(p.Elements<W.Run>().ElementAt(1).FirstChild));
    }

    [Fact]
    public void Footnotes_HoldTheAgendaItemNote_ThenTheDocumentsFootnotes_InOrder()
    {
        using var doc = Open(SampleBytes);
        var notes = doc.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().ToList();

        Assert.Equal(FootnoteEndnoteValues.Separator, notes[0].Type!.Value);
        Assert.Equal(-1, notes[0].Id!.Value);
        Assert.Equal(FootnoteEndnoteValues.ContinuationSeparator, notes[1].Type!.Value);
        Assert.Equal(0, notes[1].Id!.Value);

        var real = notes.Skip(2).ToList();
        Assert.All(real, n => Assert.Null(n.Type));
        var expected = new[] { "*" + PlainText(Sample.Masthead.AgendaItemFootnote!) }
            .Concat(Sample.Footnotes().Select(f => PlainText(f.Note)));
        Assert.Equal(expected, real.Select(TextOf));
        Assert.All(real.Skip(1), n => Assert.Single(n.Descendants<FootnoteReferenceMark>()));
    }

    [Fact]
    public void FootnoteReferences_InTheText_PointAtTheNotesInOrder_TheAgendaItemOneMarkedWithAStar()
    {
        using var doc = Open(SampleBytes);
        var references = BodyOf(doc).Descendants<FootnoteReference>().ToList();
        var ids = doc.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Skip(2).Select(n => n.Id!.Value).ToList();

        Assert.Equal(ids, references.Select(r => r.Id!.Value));
        Assert.True(references[0].CustomMarkFollows?.Value);
        Assert.Equal("*", ((W.Run)references[0].Parent!).InnerText);
        Assert.Contains(Sample.Masthead.AgendaItemLine!, TextOf(references[0].Ancestors<W.Paragraph>().Single()));
        Assert.All(references, r => Assert.Equal("FootnoteReference", ((W.Run)r.Parent!).RunProperties!.RunStyle!.Val!.Value));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/report.docx")]
    [InlineData("ms-word:ofe|u|https://example.org/x.docx")]
    [InlineData("\\\\server\\share\\macro.docm")]
    public void Links_ToAnythingButTheWebOrMail_AreTextOnly_LikeTheHtmlRenderer(string url)
    {
        var document = DocxSamples.Empty() with { Body = [new M.Paragraph([new M.Text("See "), new Link("this", url), new M.Text(".")], Number: 1)] };

        using var doc = Open(DocxRenderer.Render(document));

        Assert.Empty(BodyOf(doc).Descendants<Hyperlink>());
        Assert.Empty(doc.MainDocumentPart!.HyperlinkRelationships);
        Assert.Contains("See this.", TextOf(BodyOf(doc)));
    }

    [Theory]
    [InlineData("https://undocs.org/A/RES/65/230")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:secretariat@example.org")]
    public void Links_ToTheWebOrMail_AreHyperlinks(string url)
    {
        var document = DocxSamples.Empty() with { Body = [new M.Paragraph([new Link("this", url)], Number: 1)] };

        using var doc = Open(DocxRenderer.Render(document));

        Assert.Single(BodyOf(doc).Descendants<Hyperlink>());
        Assert.Equal(url, doc.MainDocumentPart!.HyperlinkRelationships.Single().Uri.ToString());
    }

    [Fact]
    public void Links_AreExternalHyperlinks_ToUndocs_InTheHyperlinkStyle()
    {
        using var doc = Open(SampleBytes);
        var main = doc.MainDocumentPart!;

        var expected = Sample.Body.Concat(Sample.Annexes.SelectMany(a => a.Body)).SelectMany(Block.InlinesOf).OfType<Link>()
            .Select(l => (l.Text, l.Url)).ToList();
        var actual = BodyOf(doc).Descendants<Hyperlink>().Select(h =>
        {
            var relationship = main.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value);
            Assert.True(relationship.IsExternal);
            Assert.Equal("Hyperlink", h.Descendants<RunStyle>().Single().Val!.Value);
            return (TextOf(h), relationship.Uri.ToString());
        }).ToList();

        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
        Assert.All(actual, a => Assert.StartsWith("https://undocs.org/", a.Item2, StringComparison.Ordinal));

        var footnotes = main.FootnotesPart!;
        var inNotes = footnotes.Footnotes!.Descendants<Hyperlink>()
            .Select(h => footnotes.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value).Uri.ToString()).ToList();
        Assert.Equal(["https://undocs.org/UNODC/CCPCJ/EG.4/2020/1", "https://undocs.org/UNODC/CCPCJ/EG.4/2017/4"], inNotes);
    }

    [Fact]
    public void Placeholders_AreTheirBracketedText_HighlightedYellow()
    {
        using var doc = Open(SampleBytes);
        var shown = Sample.Body.SelectMany(Block.InlinesOf).OfType<Placeholder>().Select(p => p.Shown).ToList();

        var highlighted = BodyOf(doc).Descendants<W.Run>()
            .Where(r => r.RunProperties?.Highlight?.Val?.Value == HighlightColorValues.Yellow)
            .Select(r => r.InnerText).ToList();

        Assert.Equal(["[2nd...]", "[...]"], shown);
        Assert.Equal(shown, highlighted);
    }

    [Fact]
    public void BodyText_HoldsTheMastheadTitleAndEveryBlocksText_InReadingOrder()
    {
        using var doc = Open(SampleBytes);
        var text = TextOf(BodyOf(doc));

        var m = Sample.Masthead;
        var expected = new List<string>
        {
            "United Nations", m.Symbol, $"Distr.: {m.Distribution}", m.DateOfIssue, $"Original: {m.OriginalLanguage}",
            m.BodyName, m.MeetingLine!, m.AgendaItemLine! + "*", Sample.Title, Sample.Subtitle!,
        };
        void Add(Block block)
        {
            switch (block)
            {
                case Heading h: expected.Add((h.Number ?? "") + h.Text); break;
                case M.Paragraph p: expected.Add((p.Number is { } n ? $"{n}." : "") + PlainText(p.Content)); break;
                case SubParagraph s: expected.Add(s.Label + PlainText(s.Content)); break;
                case ListBlock l: expected.AddRange(l.Items.Select(i => i.Label + PlainText(i.Content))); break;
                case M.Table t:
                    if (t.Caption is not null) expected.Add(t.Caption);
                    expected.AddRange(t.Header);
                    expected.AddRange(t.Rows.SelectMany(r => r.Cells).Where(c => c.RowSpan != 0).Select(c => PlainText(c.Content)));
                    break;
            }
        }
        foreach (var block in Sample.Body) Add(block);
        foreach (var annex in Sample.Annexes)
        {
            expected.Add(annex.Label);
            expected.Add(annex.Title);
            foreach (var block in annex.Body) Add(block);
        }

        var at = 0;
        foreach (var piece in expected)
        {
            var found = text.IndexOf(piece, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{piece}\" is missing after position {at} of the body text.");
            at = found + piece.Length;
        }
    }

    [Fact]
    public void Tables_AreFullWidth_WithColumnsFromThePercentages_RowSpansMerged_AndGroupsRuled()
    {
        using var doc = Open(SampleBytes);
        var table = BodyOf(doc).Elements<W.Table>().Last();
        var model = Sample.Annexes[0].Body.OfType<M.Table>().Single();

        var width = table.GetFirstChild<TableProperties>()!.TableWidth!;
        Assert.Equal(TableWidthUnitValues.Pct, width.Type!.Value);
        Assert.Equal("5000", width.Width!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var total = grid.Sum();
        Assert.Equal(model.ColumnWidthsPercent, grid.Select(w => (int)Math.Round(100.0 * w / total)));

        var rows = table.Elements<W.TableRow>().Skip(1).ToList();
        Assert.Equal(model.Rows.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Elements<W.TableCell>().ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var merge = cells[c].TableCellProperties!.VerticalMerge;
                var span = model.Rows[r].Cells[c].RowSpan;
                if (span > 1) Assert.Equal(MergedCellValues.Restart, merge!.Val!.Value);
                else if (span == 0) Assert.True(merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue));
                else Assert.Null(merge);
                var top = cells[c].TableCellProperties!.TableCellBorders?.TopBorder;
                Assert.Equal(model.Rows[r].StartsGroup && r > 0 && span != 0, top is not null);
            }
            Assert.All(cells, cell => Assert.All(cell.Elements<W.Paragraph>(), p => Assert.Equal("TableText", StyleOf(p))));
        }
    }

    [Fact]
    public void AnnexTable_FirstRow_IsAHeaderRowThatRepeatsOnEveryPage()
    {
        using var doc = Open(SampleBytes);
        var table = BodyOf(doc).Elements<W.Table>().Last();
        var rows = table.Elements<W.TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(Sample.Annexes[0].Body.OfType<M.Table>().Single().Header, rows[0].Elements<W.TableCell>().Select(TextOf));
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Annex_StartsOnANewPage_WithItsLabel_AndItsTitleCentredAsAHeading()
    {
        using var doc = Open(SampleBytes);
        var paragraphs = BodyOf(doc).Elements<W.Paragraph>().ToList();
        var label = paragraphs.Single(p => TextOf(p) == "Annex");
        var title = paragraphs[paragraphs.IndexOf(label) + 1];

        var labelStyle = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == StyleOf(label));
        Assert.NotNull(labelStyle.StyleParagraphProperties!.PageBreakBefore);
        Assert.Equal(JustificationValues.Center, labelStyle.StyleParagraphProperties.Justification!.Val!.Value);
        Assert.Equal("Heading1", StyleOf(title));
        Assert.Equal("Proposed organization of work", TextOf(title));
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void DocumentProperties_TitleIsTheDocumentsTitle()
    {
        using var doc = Open(SampleBytes);

        Assert.Equal("Draft report", doc.PackageProperties.Title);
    }
}
