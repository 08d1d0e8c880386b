using Plenary.Application.Documents.Composing;
using Plenary.Application.Documents.Model;

namespace Plenary.UnitTests.Documents.Composing;

/// <summary>Markdown written in the record becomes document blocks with real footnotes and linked symbols.</summary>
public sealed class MarkdownBlocksTests
{
    [Fact]
    public void Paragraphs_AreNumberedOnFromTheDocumentsCounter()
    {
        var counter = new ParagraphCounter();
        counter.Next();

        var blocks = MarkdownBlocks.ToBlocks("First paragraph.\n\nSecond paragraph.", counter).Cast<Paragraph>().ToList();

        Assert.Equal([2, 3], blocks.Select(p => p.Number!.Value));
    }

    [Fact]
    public void AMarkdownFootnote_BecomesAFootnoteWithItsText()
    {
        var blocks = MarkdownBlocks.ToBlocks("The comments were posted online.[^1]\n\n[^1]: On the group's web page.", new ParagraphCounter()).ToList();

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(blocks));
        var note = Assert.Single(paragraph.Content.OfType<FootnoteRef>());
        Assert.Equal("On the group's web page.", string.Concat(note.Note.OfType<Text>().Select(t => t.Value)));
    }

    [Fact]
    public void DocumentSymbolsInText_LinkToTheUnResolver()
    {
        var inlines = MarkdownBlocks.LinkSymbols("See UNODC/CCPCJ/EG.4/2020/2, para. 45, and A/RES/74/247.").ToList();

        var links = inlines.OfType<Link>().ToList();
        Assert.Equal(["UNODC/CCPCJ/EG.4/2020/2", "A/RES/74/247"], links.Select(l => l.Text));
        Assert.Equal("https://undocs.org/A/RES/74/247", links[1].Url);
        Assert.Equal("See UNODC/CCPCJ/EG.4/2020/2, para. 45, and A/RES/74/247.", string.Concat(inlines.Select(i => i switch { Text t => t.Value, Link l => l.Text, _ => "" })));
    }

    [Fact]
    public void TextThatOnlyLooksLikeASymbol_StaysText() =>
        Assert.All(MarkdownBlocks.LinkSymbols("A/ and S/ are prefixes; E//CN.15 is malformed."), i => Assert.IsType<Text>(i));

    [Fact]
    public void AListInAnAnnotation_BecomesLetteredSubparagraphs()
    {
        var blocks = MarkdownBlocks.ToBlocks("- one\n- two\n- three", new ParagraphCounter()).Cast<SubParagraph>().ToList();

        Assert.Equal(["(a)", "(b)", "(c)"], blocks.Select(s => s.Label));
    }

    [Fact]
    public void Emphasis_IsKeptAsItalicOrBold()
    {
        var inlines = MarkdownBlocks.InlineText("considered, *inter alia*, the **draft** study");

        Assert.Contains(inlines, i => i is Text { Value: "inter alia", Italic: true });
        Assert.Contains(inlines, i => i is Text { Value: "draft", Bold: true });
    }
}
