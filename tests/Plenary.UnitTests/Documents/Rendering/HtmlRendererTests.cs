using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Application.Documents.Model;
using Plenary.Application.Documents.Rendering;
using static Plenary.UnitTests.Documents.Rendering.HtmlSamples;

namespace Plenary.UnitTests.Documents.Rendering;

public sealed partial class HtmlRendererTests
{
    private static readonly OfficialDocument Sample = Everything();
    private static readonly string SamplePage = HtmlRenderer.Render(Sample);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IDocument Page(OfficialDocument? document = null) => Parse(document is null ? SamplePage : HtmlRenderer.Render(document));

    // ---- the page

    [Fact]
    public void Render_IsACompleteEnglishPage_WithACharsetAndATitle()
    {
        var page = Page();

        Assert.StartsWith("<!DOCTYPE html>", SamplePage, StringComparison.Ordinal);
        Assert.NotNull(page.Doctype);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", page.Head!.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1 – Annotated provisional agenda", page.Title);
    }

    [Fact]
    public void Render_HasOneH1_TheTitle()
    {
        var h1 = Assert.Single(Page().QuerySelectorAll("h1"));

        Assert.Equal("Annotated provisional agenda", h1.TextContent);
        Assert.Equal("doc-title", Page().QuerySelector("article.doc")!.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Render_HasNoScript_NorAnyEventHandlerAttribute()
    {
        var page = Page();

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Render_HasExactlyOneStyleElement_WithAnA4PageRuleAndPrintRules()
    {
        var style = Assert.Single(Page().QuerySelectorAll("style")).TextContent;

        Assert.Matches(@"@page\s*\{\s*size:\s*A4;\s*margin:\s*2\.5cm 2cm;\s*\}", style);
        Assert.Contains("@media print", style, StringComparison.Ordinal);
        Assert.Contains("display: table-header-group", style, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", style, StringComparison.Ordinal);
        Assert.Contains("break-before: page", style, StringComparison.Ordinal);
        Assert.Contains("\"Times New Roman\"", style, StringComparison.Ordinal);
        Assert.Contains("max-width: 17cm", style, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PutsTheSymbolAtTheHeadOfEveryPrintedPageButTheFirst_Escaped()
    {
        var document = Bare() with { Masthead = Bare().Masthead with { Symbol = "A/\"</style><script>x</script>" } };

        var page = Page(document);

        var style = Assert.Single(page.QuerySelectorAll("style")).TextContent;
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("@top-right { content: \"A/\\000022\\00003C", style, StringComparison.Ordinal);
        Assert.Contains("@page :first", style, StringComparison.Ordinal);
    }

    // ---- masthead

    [Fact]
    public void Masthead_ShowsTheSymbol_TheDistribution_AndTheMeeting()
    {
        var masthead = Page().QuerySelector("header.doc-masthead")!;

        Assert.Equal("United Nations", masthead.QuerySelector(".doc-org")!.TextContent);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/1", masthead.QuerySelector(".doc-symbol")!.TextContent);
        Assert.Equal(["Distr.: General", "20 January 2021", "Original: English"],
            masthead.QuerySelectorAll(".doc-distribution p").Select(p => p.TextContent));
        Assert.Equal("Expert Group to Conduct a Comprehensive Study on Cybercrime", masthead.QuerySelector(".doc-body-name")!.TextContent);
        Assert.Equal("Vienna, 6–8 April 2021", masthead.QuerySelector(".doc-meeting-line")!.TextContent);
        Assert.Equal("Note by the Secretariat", masthead.QuerySelector(".doc-subtitle")!.TextContent);
        Assert.NotNull(masthead.QuerySelector("h1"));
    }

    [Fact]
    public void Masthead_AgendaItemLine_CarriesAStarFootnote_ThatTheFootnotesHold()
    {
        var page = Page();
        var line = page.QuerySelector(".doc-agenda-item")!;

        Assert.Equal("Item 1 (b) of the provisional agenda*", line.TextContent);
        var star = line.QuerySelector("sup a")!;
        Assert.Equal("#fn-star", star.GetAttribute("href"));
        var note = page.GetElementById("fn-star")!;
        Assert.Equal("LI", note.TagName);
        Assert.Same(note, page.QuerySelector("section.doc-footnotes li"));
        Assert.Equal("* Reissued for technical reasons on 25 January 2021.", NoteText(note));
        Assert.Equal("#fnref-star", note.QuerySelector("a.doc-backlink")!.GetAttribute("href"));
    }

    [Fact]
    public void Masthead_WithoutMeetingLineOrAgendaItem_LeavesThemOut_AndHasNoFootnotes()
    {
        var page = Page(Bare());

        Assert.Equal("Distr.: Limited", page.QuerySelector(".doc-distribution p")!.TextContent);
        Assert.Null(page.QuerySelector(".doc-meeting-line"));
        Assert.Null(page.QuerySelector(".doc-agenda-item"));
        Assert.Null(page.QuerySelector(".doc-subtitle"));
        Assert.Null(page.QuerySelector(".doc-footnotes"));
        Assert.Empty(page.QuerySelectorAll(".doc-annex, table, ol"));
    }

    // ---- blocks

    [Fact]
    public void NumberedParagraphs_CarryIdsInOrder_AndTheirNumbersInASpan()
    {
        var numbered = Page().QuerySelectorAll("p.doc-para[id]");

        var expected = Enumerable.Range(1, 7).ToList();
        Assert.Equal(expected.Select(n => $"para-{n}"), numbered.Select(p => p.Id));
        Assert.Equal(expected.Select(n => $"{n}."), numbered.Select(p => p.QuerySelector(".doc-num")!.TextContent));
        Assert.All(numbered, p => Assert.Contains("doc-numbered", p.ClassList));
    }

    [Fact]
    public void UnnumberedParagraphs_HaveNoIdNorNumber_AndTheirStyleAsAClass()
    {
        var page = Page();
        var unnumbered = page.QuerySelectorAll("p.doc-para:not([id])");

        Assert.All(unnumbered, p => Assert.Null(p.QuerySelector(".doc-num")));
        Assert.Equal("Documentation", page.QuerySelector("p.doc-label")!.TextContent);
        Assert.Equal("* * *", page.QuerySelector("p.doc-centered")!.TextContent);
        Assert.StartsWith("Note:", page.QuerySelector("p.doc-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_InThePage_AreOneLevelBelowTheTitle_AndCarryTheirNumbers()
    {
        var headings = Page().QuerySelectorAll(".doc-heading").ToList();

        Assert.Equal(ModelHeadingLevels(Sample, titleLevel: 1), headings.Select(HeadingLevel));
        Assert.Equal(["h2", "h2", "h3", "h4", "h5", "h3"], headings.Select(h => h.LocalName));
        Assert.Equal(["Provisional agenda", "I. Introduction", "A. International cooperation", "1. Organizational matters", "(a) Opening of the meeting", "Notes on the organization of work"],
            headings.Select(h => h.TextContent));
        Assert.Equal(["I.", "A.", "1.", "(a)"], headings.SelectMany(h => h.QuerySelectorAll(".doc-num")).Select(n => n.TextContent));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Fragment_ShiftsEveryHeading_FromTheLevelGiven(int top)
    {
        var page = Parse(HtmlRenderer.RenderFragment(Sample, top));

        Assert.Equal(top, HeadingLevel(page.QuerySelector(".doc-title")!));
        Assert.Equal(top + 1, HeadingLevel(page.QuerySelector(".doc-annex-heading")!));
        Assert.Equal(ModelHeadingLevels(Sample, titleLevel: top), page.QuerySelectorAll(".doc-heading").Select(HeadingLevel));
        Assert.All(page.QuerySelectorAll("[role=heading]"), h => Assert.True(int.Parse(h.GetAttribute("aria-level")!, System.Globalization.CultureInfo.InvariantCulture) > 6));
        Assert.DoesNotContain(page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"), h => HeadingLevel(h) < top);
    }

    [Fact]
    public void Fragment_IsAnArticle_WithoutPageChrome()
    {
        var fragment = HtmlRenderer.RenderFragment(Sample);

        Assert.StartsWith("<article class=\"doc\"", fragment, StringComparison.Ordinal);
        Assert.EndsWith("</article>\n", fragment, StringComparison.Ordinal);
        foreach (var tag in new[] { "<!DOCTYPE", "<html", "<head>", "<head ", "<body", "<style", "<script", "<title" })
            Assert.DoesNotContain(tag, fragment, StringComparison.OrdinalIgnoreCase);
        var page = Parse(fragment);
        Assert.Single(page.Body!.Children);
        Assert.Equal("Annotated provisional agenda", page.QuerySelector("h2.doc-title")!.TextContent);
        Assert.Null(page.QuerySelector("h1"));
    }

    [Fact]
    public void Fragment_HoldsTheSameArticleAsThePage_ButForHeadingLevels()
    {
        static string Levelless(string html) => HeadingTag().Replace(html, "h");
        var pageArticle = Parse(SamplePage).QuerySelector("article")!.OuterHtml;

        Assert.Equal(pageArticle, Parse(HtmlRenderer.RenderFragment(Sample, 1)).QuerySelector("article")!.OuterHtml);
        var shifted = Parse(HtmlRenderer.RenderFragment(Sample, 2)).QuerySelector("article")!.OuterHtml;
        Assert.NotEqual(pageArticle, shifted);
        Assert.Equal(Levelless(pageArticle), Levelless(shifted));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public void Fragment_WithATopLevelOutsideOneToSix_IsRefused(int top) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlRenderer.RenderFragment(Sample, top));

    [Fact]
    public void SubParagraphs_CarryTheirLabels_AndTheirLevelAsAClass()
    {
        var subs = Page().QuerySelectorAll("p.doc-sub").ToList();

        Assert.Equal(["(a)", "(i)", "(ii)", "(b)"], subs.Select(s => s.QuerySelector(".doc-num")!.TextContent));
        Assert.Equal(["doc-sub-1", "doc-sub-2", "doc-sub-2", "doc-sub-1"], subs.Select(s => s.ClassList.Single(c => c.StartsWith("doc-sub-", StringComparison.Ordinal))));
        Assert.Equal("(i) Within national law enforcement, in particular;", Normalise(subs[1].TextContent));
        Assert.Equal("in particular", subs[1].QuerySelector("b")!.TextContent);
    }

    [Fact]
    public void TheAgendaList_IsAnOrderedList_WithExplicitLabels_AndSubitemsNestedInTheirItem()
    {
        var page = Page();
        var list = page.QuerySelector("ol.doc-list")!;
        var style = page.QuerySelector("style")!.TextContent;

        Assert.Matches(@"ol\.doc-list\s*\{[^}]*list-style:\s*none", style);
        var items = list.Children.ToList();
        Assert.All(items, i => Assert.Equal("LI", i.TagName));
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], items.Select(i => i.QuerySelector(".doc-num")!.TextContent));
        var sub = items[0].QuerySelector("ol.doc-list")!;
        Assert.Equal(["(a) Opening of the meeting;", "(b) Adoption of the agenda."], sub.Children.Select(i => Normalise(i.TextContent)));
        Assert.Null(items[1].QuerySelector("ol"));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 1, 0 }, "[a [b c] d]")]
    [InlineData(new[] { 0, 1, 2, 0 }, "[a [b [c]] d]")]
    [InlineData(new[] { 0, 1, 2, 1 }, "[a [b [c] d]]")]
    [InlineData(new[] { 1, 0 }, "[a b]")]
    [InlineData(new[] { 0, 2, 1 }, "[a [b] c]")]
    public void Lists_NestByDepth_AndAlwaysBalance(int[] depths, string expected)
    {
        var items = depths.Select((d, i) => new ListItem(((char)('a' + i)).ToString(), d, [])).ToList();
        var page = Page(Bare() with { Body = [new ListBlock(items)] });

        static string Shape(IElement ol) => "[" + string.Join(" ", ol.Children.Select(li =>
            li.QuerySelector(".doc-num")!.TextContent + (li.QuerySelector(":scope > ol") is { } nested ? " " + Shape(nested) : ""))) + "]";
        Assert.Equal(expected, Shape(page.QuerySelector("ol.doc-list")!));
        Assert.Equal(depths.Length, page.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void Tables_HaveColumnHeaders_TheCaption_AndTheColumnWidths()
    {
        var table = Page().QuerySelector("table")!;

        Assert.Equal("Reports of previous meetings", table.QuerySelector("caption")!.TextContent);
        var headers = table.QuerySelectorAll("thead th");
        Assert.Equal(["Session", "Documents"], headers.Select(h => h.TextContent));
        Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
        Assert.Equal(["width: 30%", "width: 70%"], table.QuerySelectorAll("colgroup col").Select(c => c.GetAttribute("style")));
    }

    [Fact]
    public void Tables_HonourRowSpans_AndOmitCoveredCells()
    {
        var annexTable = Page().QuerySelector(".doc-annex table")!;
        var model = (Table)Sample.Annexes[0].Body[0];

        Assert.Null(annexTable.QuerySelector("caption"));
        var rows = annexTable.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(model.Rows.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var shown = model.Rows[r].Cells.Where(c => c.RowSpan != 0).ToList();
            var cells = rows[r].QuerySelectorAll("td").ToList();
            Assert.Equal(shown.Count, cells.Count);
            Assert.Equal(shown.Select(c => c.RowSpan), cells.Select(c => int.Parse(c.GetAttribute("rowspan") ?? "1", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(model.Rows[r].StartsGroup, rows[r].ClassList.Contains("doc-group-start"));
        }
        Assert.Equal(["Tuesday, 6 April 2021", "10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting"], rows[0].Children.Select(c => c.TextContent));
        Assert.Equal(["1 (b)", "Adoption of the agenda"], rows[1].Children.Select(c => c.TextContent));
    }

    [Fact]
    public void Tables_WhoseGridIsComplete_HaveAsManyCellsPerRowAsHeaders()
    {
        var annexTable = Page().QuerySelector(".doc-annex table")!;
        var rows = annexTable.QuerySelectorAll("tbody tr").ToList();
        var width = annexTable.QuerySelectorAll("thead th").Length;
        var spanning = new int[width];

        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.QuerySelectorAll("td"))
            {
                while (spanning[column] > 0) { spanning[column]--; column++; }
                spanning[column] = int.Parse(cell.GetAttribute("rowspan") ?? "1", System.Globalization.CultureInfo.InvariantCulture) - 1;
                column++;
            }
            while (column < width && spanning[column] > 0) { spanning[column]--; column++; }
            Assert.Equal(width, column);
        }
    }

    [Fact]
    public void Annexes_AreSections_WithTheirLabelAndTitle_StartingANewPrintedPage()
    {
        var page = Page();
        var annex = Assert.Single(page.QuerySelectorAll("section.doc-annex"));
        var heading = annex.QuerySelector(".doc-annex-heading")!;

        Assert.Equal("H2", heading.TagName);
        Assert.Equal("Annex", heading.QuerySelector(".doc-annex-label")!.TextContent);
        Assert.Equal("Proposed organization of work", heading.QuerySelector(".doc-annex-title")!.TextContent);
        Assert.Equal(heading.Id, annex.GetAttribute("aria-labelledby"));
        Assert.Matches(@"\.doc-annex\s*\{[^}]*break-before:\s*page", page.QuerySelector("style")!.TextContent);
        Assert.Matches(@"\.doc-annex-heading\s*\{[^}]*text-align:\s*center", page.QuerySelector("style")!.TextContent);
        Assert.Equal("para-7", annex.QuerySelector("p.doc-para")!.Id);
    }

    // ---- inlines

    [Fact]
    public void FootnoteReferences_AndNotes_MatchInNumber_AndLinkToEachOtherBothWays()
    {
        var page = Page();
        var references = page.QuerySelectorAll("sup.doc-fnref a").ToList();
        var notes = page.QuerySelectorAll("section.doc-footnotes[aria-label=Footnotes] > ol > li").ToList();

        Assert.Equal(Sample.Footnotes().Count + 1, references.Count);
        Assert.Equal(references.Count, notes.Count);
        Assert.Equal(["star", "1", "2", "3", "4"], references.Select(r => r.Id!["fnref-".Length..]));
        Assert.Equal(["*", "1", "2", "3", "4"], references.Select(r => r.TextContent));
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var note = page.GetElementById(reference.GetAttribute("href")!.TrimStart('#'))!;
            Assert.Same(notes[i], note);
            var back = note.QuerySelector("a.doc-backlink")!;
            Assert.Equal("↩", back.TextContent);
            Assert.False(string.IsNullOrWhiteSpace(back.GetAttribute("aria-label")));
            Assert.Same(reference, page.GetElementById(back.GetAttribute("href")!.TrimStart('#')));
            Assert.Equal(reference.TextContent, note.QuerySelector(".doc-fn-num")!.TextContent);
        }
    }

    [Fact]
    public void FootnoteNotes_HoldTheModelsNote_InReadingOrder()
    {
        var notes = Page().QuerySelectorAll("section.doc-footnotes li").Skip(1).Select(NoteText).ToList();

        Assert.Equal(
        [
            "1 See E/CN.15/2011/19, annexes I and II.",
            "2 The statements are available at https://www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html.",
            "3 Issued in all official languages.",
            "4 Including the Group's workplan for the period 2018–2021.",
        ], notes);
    }

    [Fact]
    public void Placeholders_AreMarks_WhoseTitleNamesTheMissingFact()
    {
        var marks = Page().QuerySelectorAll("mark").ToList();

        Assert.Equal(2, marks.Count);
        Assert.All(marks, m => Assert.Contains("doc-placeholder", m.ClassList));
        Assert.Equal(["[2nd...]", "[...]"], marks.Select(m => m.TextContent));
        Assert.Equal(["Not in the record: " + SecondMeeting.Description, "Not in the record: " + Attendance.Description], marks.Select(m => m.GetAttribute("title")));
    }

    [Fact]
    public void DocumentSymbols_LinkToUndocs()
    {
        var links = Page().QuerySelectorAll("a[href^='https://undocs.org/']").ToList();

        // In reading order: the body, the annex, then the footnotes.
        Assert.Equal(["65/230", "UNODC/CCPCJ/EG.4/2021/1", "UNODC/CCPCJ/EG.4/2020/2", "UNODC/CCPCJ/EG.4/2019/2", "UNODC/CCPCJ/EG.4/2020/2", "E/CN.15/2011/19"], links.Select(a => a.TextContent));
        Assert.Equal("https://undocs.org/A/RES/65/230", links[0].GetAttribute("href"));
        Assert.All(links.Skip(1), a => Assert.Equal("https://undocs.org/" + a.TextContent, a.GetAttribute("href")));
    }

    [Fact]
    public void ItalicAndBoldText_AreIAndB()
    {
        var page = Page();

        Assert.Equal("inter alia", page.QuerySelector("#para-2 i")!.TextContent);
        Assert.Equal("in particular", page.QuerySelector(".doc-sub b")!.TextContent);
    }

    // ---- encoding

    [Fact]
    public void ScriptInText_IsShownAsText_NotRun()
    {
        var page = Page();

        Assert.DoesNotContain(Injection, SamplePage, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", SamplePage, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal($"4. A delegate quoted an attack string, {Injection}, to show what the Group meant by injection.", Normalise(page.GetElementById("para-4")!.TextContent));
    }

    [Fact]
    public void AngleBracketsAndAmpersands_AreEncoded_InTextAndAttributes()
    {
        var page = Page();

        Assert.Contains("R&amp;D budgets where spending was &lt; 5 % or &gt; 10 %", SamplePage, StringComparison.Ordinal);
        Assert.Contains("R&D budgets where spending was < 5 % or > 10 %", page.GetElementById("para-2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not in the record: The number of Member States attending \"in person\" & online", page.QuerySelectorAll("mark")[1].GetAttribute("title"));
    }

    [Fact]
    public void AttributeValues_CannotBreakOut()
    {
        var evil = "x\" onmouseover=\"alert(1)";
        var document = WithParagraph(
            new Link("query", $"https://undocs.org/A/RES/65/230?a=1&b=\"{evil}"),
            new Placeholder("[...]", new MissingFact(evil + "<b>", "nowhere")));

        var page = Page(document);

        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal($"https://undocs.org/A/RES/65/230?a=1&b=\"{evil}", page.QuerySelector("#para-1 a")!.GetAttribute("href"));
        Assert.Equal($"Not in the record: {evil}<b>", page.QuerySelector("mark")!.GetAttribute("title"));
        Assert.Null(page.QuerySelector("mark b"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/etc/passwd")]
    [InlineData("undocs.org/A/1")]
    public void Links_ToAnythingButTheWebOrMail_AreShownAsTextOnly(string url)
    {
        var page = Page(WithParagraph(T("See "), new Link("this", url), T(".")));

        Assert.Null(page.QuerySelector("#para-1 a"));
        Assert.Equal("1. See this.", Normalise(page.GetElementById("para-1")!.TextContent));
    }

    [Property(MaxTest = 200)]
    public Property AnyText_ComesBackAsItWas() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>()
                .Where(s => s is not null)
                .Select(s => new string(s.Where(c => c is not ('\r' or '\0') && !char.IsSurrogate(c)).ToArray()) + "<&>\"'")
                .ToArbitrary(),
            text =>
            {
                var page = Page(WithParagraph(new Text(text), new Placeholder("[...]", new MissingFact(text, "x"))));
                var paragraph = page.GetElementById("para-1")!;
                return paragraph.TextContent == $"1. {text}[...]"
                    && page.QuerySelector("mark")!.GetAttribute("title") == $"Not in the record: {text}"
                    && page.QuerySelectorAll("script").Length == 0;
            });

    // ---- reading order

    [Fact]
    public void NumberedParagraphs_ReadAsTheTextRendererReadsThem()
    {
        var page = Page();
        var lines = TextRenderer.Render(Sample).Split('\n');

        foreach (var n in new[] { 1, 2, 3, 5, 7 })
        {
            // The agenda list and the item headings also start "1. "; the paragraph is one of those lines.
            var candidates = lines.Where(l => l.StartsWith($"{n}. ", StringComparison.Ordinal)).Select(l => Normalise(l.Replace("^", "", StringComparison.Ordinal)));
            Assert.Contains(Normalise(page.GetElementById($"para-{n}")!.TextContent), candidates);
        }
    }

    [Fact]
    public void TheWholeDocument_ReadsAsTheTextRendererReadsIt_ModuloWhitespace()
    {
        static string Words(string text) => Normalise(text.Replace("^", "", StringComparison.Ordinal).Replace("__________________", "", StringComparison.Ordinal).Replace(" | ", " ", StringComparison.Ordinal));

        foreach (var document in new[] { Sample, Bare() })
        {
            var page = Page(document);
            Assert.Equal(Words(TextRenderer.Render(document)), Normalise(ReadingText(page.QuerySelector("article")!).Replace("↩", "", StringComparison.Ordinal)));
        }
    }

    // ---- determinism

    [Fact]
    public void Output_IsDeterministic()
    {
        Assert.Equal(SamplePage, HtmlRenderer.Render(Sample));
        Assert.Equal(SamplePage, HtmlRenderer.Render(Everything()));
        Assert.Equal(HtmlRenderer.RenderFragment(Sample, 3), HtmlRenderer.RenderFragment(Everything(), 3));
    }

    [Fact]
    public void Output_DoesNotDependOnTheCurrentCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(SamplePage, HtmlRenderer.Render(Everything()));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    // ---- helpers

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string NoteText(IElement note) => Normalise(note.TextContent.Replace("↩", "", StringComparison.Ordinal));

    private static int HeadingLevel(IElement heading) =>
        heading.GetAttribute("aria-level") is { } level
            ? int.Parse(level, System.Globalization.CultureInfo.InvariantCulture)
            : heading.LocalName[1] - '0';

    private static IEnumerable<int> ModelHeadingLevels(OfficialDocument document, int titleLevel) =>
        document.Body.OfType<Heading>().Select(h => titleLevel + h.Level)
            .Concat(document.Annexes.SelectMany(a => a.Body.OfType<Heading>()).Select(h => titleLevel + 1 + h.Level));

    private static readonly HashSet<string> BlockElements =
        ["article", "header", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td"];

    /// <summary>The text as a reader meets it: block boundaries are word boundaries, inline ones are not.</summary>
    private static string ReadingText(INode node)
    {
        var text = new StringBuilder();
        void Walk(INode n)
        {
            if (n is IText t) { text.Append(t.Data); return; }
            var block = n is IElement e && (BlockElements.Contains(e.LocalName) || e.ClassList.Contains("doc-annex-label"));
            if (block) text.Append(' ');
            foreach (var child in n.ChildNodes) Walk(child);
            if (block) text.Append(' ');
        }
        Walk(node);
        return text.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=</?)h[1-6](?=[ >])")]
    private static partial Regex HeadingTag();
}
