using Plenary.Application.Decisions;
using Plenary.Application.Documents.Model;

namespace Plenary.Application.Documents.Composing;

/// <summary>The paragraph of a convening's documents on its silence procedures that ended in no decision (ProcedureNarrative), before the decisions taken.</summary>
public static class ProcedureParagraph
{
    public static Paragraph? Of(MeetingDossier dossier, ParagraphCounter counter)
    {
        var sentences = dossier.Procedures
            .Select(p => ProcedureNarrative.Unsuccessful(p, dossier.The(dossier.Meeting), dossier.Procedures))
            .OfType<(DateOnly On, string Text)>().OrderBy(s => s.On).Select(s => s.Text).ToList();
        return sentences.Count == 0 ? null : new Paragraph(MarkdownBlocks.LinkSymbols(string.Join(" ", sentences)).ToList(), counter.Next());
    }
}
