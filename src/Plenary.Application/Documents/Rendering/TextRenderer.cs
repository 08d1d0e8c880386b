using System.Globalization;
using System.Text;
using Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Rendering;

/// <summary>
/// Plain text: one line per paragraph, footnotes after the body. It is the reference reading of a
/// document (golden-file tests compare it) and what a screen reader or a diff sees.
/// </summary>
public static class TextRenderer
{
    public static string Render(OfficialDocument document)
    {
        var footnotes = new List<FootnoteRef>();
        var text = new StringBuilder();
        var m = document.Masthead;
        text.AppendLine("United Nations").AppendLine(m.Symbol).AppendLine(CultureInfo.InvariantCulture, $"Distr.: {m.Distribution}")
            .AppendLine(m.DateOfIssue).AppendLine(CultureInfo.InvariantCulture, $"Original: {m.OriginalLanguage}").AppendLine();
        text.AppendLine(m.BodyName);
        if (m.ConveningLine is not null) text.AppendLine(m.ConveningLine);
        if (m.MeetingLine is not null) text.AppendLine(m.MeetingLine);
        if (m.AgendaItemLine is not null)
        {
            text.Append(m.AgendaItemLine);
            if (m.AgendaItemFootnote is not null) text.Append('*');
            text.AppendLine();
        }
        text.AppendLine().AppendLine(document.Title);
        if (document.Subtitle is not null) text.AppendLine(document.Subtitle);
        text.AppendLine();

        foreach (var block in document.Body) Block(text, block, footnotes);
        foreach (var annex in document.Annexes)
        {
            text.AppendLine(annex.Label).AppendLine(annex.Title + Note(annex.TitleFootnote, footnotes)).AppendLine();
            foreach (var block in annex.Body) Block(text, block, footnotes);
        }

        if (m.AgendaItemFootnote is not null || footnotes.Count > 0)
        {
            text.AppendLine("__________________");
            if (m.AgendaItemFootnote is not null) text.Append("* ").AppendLine(Inlines(m.AgendaItemFootnote, null));
            for (var i = 0; i < footnotes.Count; i++)
                text.Append(CultureInfo.InvariantCulture, $"{i + 1} ").AppendLine(Inlines(footnotes[i].Note, null));
        }
        return text.ToString();
    }

    private static void Block(StringBuilder text, Block block, List<FootnoteRef> footnotes)
    {
        switch (block)
        {
            case Heading h:
                text.AppendLine((h.Number is null ? h.Text : $"{h.Number} {h.Text}") + Note(h.Footnote, footnotes)).AppendLine();
                break;
            case Paragraph p:
                text.AppendLine(p.Number is { } n ? $"{n}. {Inlines(p.Content, footnotes)}" : Inlines(p.Content, footnotes)).AppendLine();
                break;
            case SubParagraph s:
                text.Append(' ', 4 * s.Level).AppendLine(CultureInfo.InvariantCulture, $"{s.Label} {Inlines(s.Content, footnotes)}").AppendLine();
                break;
            case ListBlock l:
                foreach (var item in l.Items)
                    text.Append(' ', 4 * item.Depth).AppendLine(CultureInfo.InvariantCulture, $"{item.Label} {Inlines(item.Content, footnotes)}");
                text.AppendLine();
                break;
            case Table t:
                if (t.Caption is not null) text.AppendLine(t.Caption + Note(t.CaptionFootnote, footnotes));
                text.AppendLine(string.Join(" | ", t.Header));
                foreach (var row in t.Rows)
                    text.AppendLine(string.Join(" | ", row.Cells.Select(c => c.RowSpan == 0 ? "" : Inlines(c.Content, footnotes))));
                text.AppendLine();
                break;
        }
    }

    private static string Note(FootnoteRef? note, List<FootnoteRef> footnotes) => note is null ? "" : Inlines([note], footnotes);

    private static string Inlines(IEnumerable<Inline> inlines, List<FootnoteRef>? footnotes)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: text.Append(t.Value); break;
                case Link l: text.Append(l.Text); break;
                case Placeholder p: text.Append(p.Shown); break;
                case FootnoteRef f when footnotes is not null:
                    footnotes.Add(f);
                    text.Append('^').Append(footnotes.Count);
                    break;
            }
        }
        return text.ToString();
    }
}
