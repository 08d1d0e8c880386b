namespace Plenary.Application.Documents.Model;

// The format-independent model of an official document. Composers build it from the record;
// renderers (text, HTML, DOCX, PDF) turn it into bytes and never look at the record themselves.

/// <summary>A whole official document: masthead, title, body, annexes, and the facts it lacks.</summary>
public sealed record OfficialDocument(
    Masthead Masthead,
    string Title,
    string? Subtitle,
    IReadOnlyList<Block> Body,
    IReadOnlyList<Annex> Annexes,
    IReadOnlyList<MissingFact> MissingFacts)
{
    /// <summary>Every footnote in reading order, numbered from 1 through the whole document.</summary>
    public IReadOnlyList<FootnoteRef> Footnotes() =>
        Body.SelectMany(Block.InlinesOf)
            .Concat(Annexes.SelectMany(a => (a.TitleFootnote is { } f ? new Inline[] { f } : []).Concat(a.Body.SelectMany(Block.InlinesOf))))
            .OfType<FootnoteRef>().ToList();
}

/// <summary>
/// The top of page one: the issuing body's symbol block (symbol, distribution, date, original
/// language), then the body's name, the convening's name where the body names it there ("Third
/// session"), its place and dates, and "Item N of the provisional agenda" where the document is
/// issued under an item.
/// </summary>
public sealed record Masthead(
    string Symbol,
    string Distribution,
    string DateOfIssue,
    string OriginalLanguage,
    string BodyName,
    string? MeetingLine,
    string? AgendaItemLine = null,
    IReadOnlyList<Inline>? AgendaItemFootnote = null,
    string? ConveningLine = null);

/// <summary>An annex; its title may carry a footnote, as UN annexes' titles do.</summary>
public sealed record Annex(string Label, string Title, IReadOnlyList<Block> Body, FootnoteRef? TitleFootnote = null);

/// <summary>A fact the record does not hold: shown as a bracketed placeholder, listed for the secretariat.</summary>
public sealed record MissingFact(string Description, string WhereRecorded);

public abstract record Block
{
    public static IEnumerable<Inline> InlinesOf(Block block) => block switch
    {
        Heading h => h.Footnote is { } f ? [f] : [],
        Paragraph p => p.Content,
        SubParagraph s => s.Content,
        ListBlock l => l.Items.SelectMany(i => i.Content),
        Table t => (t.CaptionFootnote is { } f ? new Inline[] { f } : []).Concat(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content)),
        _ => [],
    };
}

/// <summary>A heading: level 1 chapters ("I."), level 2 sections ("A."), level 3 and 4 item headings ("1.", "(a)"); it may carry a footnote.</summary>
public sealed record Heading(int Level, string? Number, string Text, FootnoteRef? Footnote = null) : Block;

/// <summary>A paragraph; <see cref="Number"/> is set for paragraphs numbered consecutively through the document.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Content, int? Number = null, ParagraphStyle Style = ParagraphStyle.Body) : Block;

public enum ParagraphStyle { Body, Centered, Label, Note }

/// <summary>A subparagraph "(a)" (level 1) or "(i)" (level 2) under a numbered paragraph.</summary>
public sealed record SubParagraph(string Label, int Level, IReadOnlyList<Inline> Content) : Block;

/// <summary>A list such as the agenda itself: each item has its label ("1.", "(a)") and depth.</summary>
public sealed record ListBlock(IReadOnlyList<ListItem> Items) : Block;

public sealed record ListItem(string Label, int Depth, IReadOnlyList<Inline> Content);

/// <summary>A table whose header row repeats on every page; a cell may span rows; its title (caption) may carry a footnote.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows, IReadOnlyList<int> ColumnWidthsPercent, string? Caption = null,
    FootnoteRef? CaptionFootnote = null) : Block;

public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool StartsGroup = false);

/// <summary>A cell; <see cref="RowSpan"/> 0 marks a cell covered by the one above it.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Content, int RowSpan = 1);

public abstract record Inline;

public sealed record Text(string Value, bool Italic = false, bool Bold = false) : Inline;

/// <summary>A hyperlink; every document symbol links to https://undocs.org/&lt;symbol&gt;.</summary>
public sealed record Link(string Text, string Url) : Inline;

/// <summary>A footnote reference; the note's text travels with it and renderers number it.</summary>
public sealed record FootnoteRef(IReadOnlyList<Inline> Note) : Inline;

/// <summary>A bracketed placeholder ("[...]", "[2nd...]") standing for a fact the record lacks.</summary>
public sealed record Placeholder(string Shown, MissingFact Fact) : Inline;
