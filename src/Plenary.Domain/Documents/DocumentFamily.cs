using Plenary.Domain.Editorial;

namespace Plenary.Domain.Documents;

/// <summary>How a generated document is issued: under its own symbol (its first issue, or its next version), as a revision (/Rev.N) or as a corrigendum (/Corr.N).</summary>
public enum IssueAs { Issue, Revision, Corrigendum }

/// <summary>
/// A document and what was issued after it in the register: the original (A/B/1), its revisions
/// (A/B/1/Rev.1, A/B/1/Rev.2) and the corrigenda of either (A/B/1/Corr.1, A/B/1/Rev.1/Corr.1). It decides
/// the symbol of the next revision or corrigendum, which issue readers hold now, and refuses a revision or
/// corrigendum that would change nothing or that has nothing to revise or correct.
/// </summary>
public sealed class DocumentFamily
{
    public string Original { get; }
    /// <summary>The original and what was issued after it, in symbol order (original, its corrigenda, Rev.1, its corrigenda, ...).</summary>
    public IReadOnlyList<Document> Members { get; }

    public DocumentFamily(string original, IEnumerable<Document> register)
    {
        Original = DocumentSymbol.Create(original).Value;
        Members = register.Where(d => OriginalOf(d.Symbol) == Original)
            .OrderBy(d => DocumentSymbol.Create(d.Symbol)).ToList();
    }

    /// <summary>The symbol of the document a revision or corrigendum belongs to: A/B/1 for A/B/1/Rev.2/Corr.1. Addenda are documents of their own.</summary>
    public static string OriginalOf(string symbol)
    {
        var value = DocumentSymbol.Create(symbol).Value;
        while (LastComponentIs(value, "Rev.") || LastComponentIs(value, "Corr."))
            value = value[..value.LastIndexOf('/')];
        return value;
    }

    /// <summary>Whether the symbol names an original (not a revision or a corrigendum of one).</summary>
    public static bool IsOriginal(string symbol) => OriginalOf(symbol) == DocumentSymbol.Create(symbol).Value;

    private static bool LastComponentIs(string symbol, string kind)
    {
        var slash = symbol.LastIndexOf('/');
        return slash > 0 && symbol[(slash + 1)..].StartsWith(kind, StringComparison.Ordinal);
    }

    /// <summary>The latest revision (the original when there is none): the text a corrigendum corrects.</summary>
    public Document? LatestText => Members.Where(d => !LastComponentIs(d.Symbol, "Corr.")).LastOrDefault();

    /// <summary>The issue readers hold now: the latest revision's latest corrigendum, else that revision, else the original.</summary>
    public Document? Current => LatestText is not { } text ? null
        : Members.Where(d => d.Symbol.StartsWith(text.Symbol + "/Corr.", StringComparison.Ordinal) && OriginalOf(d.Symbol) == Original
                && d.Symbol.LastIndexOf('/') == text.Symbol.Length).LastOrDefault() ?? text;

    /// <summary>Refuses a way of issuing that is not issue, revision or corrigendum.</summary>
    public static IssueAs CheckIssueAs(IssueAs issueAs) => Guard.Defined(issueAs, "document.issue_as", "a way of issuing (issue, revision or corrigendum)");

    /// <summary>Whether a revision or corrigendum of this content would change nothing: it is what readers hold now.</summary>
    public bool Unchanged(string contentHash) => Current?.ContentHash == contentHash;

    /// <summary>
    /// The symbol the next issue takes: the original's for an issue, the next /Rev.N of the original for a
    /// revision, the next /Corr.N of the latest revision (or of the original) for a corrigendum. A revision or
    /// corrigendum needs an issued document, and content that differs from what readers hold now
    /// (<paramref name="contentHash"/> against the current issue's fingerprint).
    /// </summary>
    public string NextSymbol(IssueAs issueAs, string contentHash)
    {
        if (CheckIssueAs(issueAs) == IssueAs.Issue) return LatestText?.Symbol ?? Original;
        var what = issueAs == IssueAs.Revision ? "revision" : "corrigendum";
        if (Current is not { } current)
            throw new DomainException("document.issue_as",
                $"A {what} is issued for a document already issued; {Original} has not been issued yet. Issue it first.");
        if (current.ContentHash == contentHash)
            throw new DomainException("document.unchanged",
                $"Nothing has changed since version {current.Version} of {current.Symbol} was issued{(current.IssuedOn is { } on ? $" on {Dates.Day(on)}" : "")}, so no {what} was issued.");
        if (issueAs == IssueAs.Revision)
            return DocumentSymbol.Create(Original).WithFinalComponent($"Rev.{Members.Count(d => LastComponentIs(d.Symbol, "Rev.")) + 1}").Value;
        var text = LatestText!;
        var corrigenda = Members.Count(d => d.Symbol.StartsWith(text.Symbol + "/Corr.", StringComparison.Ordinal) && d.Symbol.LastIndexOf('/') == text.Symbol.Length);
        return DocumentSymbol.Create(text.Symbol).WithFinalComponent($"Corr.{corrigenda + 1}").Value;
    }

    /// <summary>
    /// Refuses a symbol chosen for a first issue that is not an original's (a revision or corrigendum is issued
    /// from its original), or that differs from the symbol the document already has in the register or the record.
    /// </summary>
    public static string CheckChosen(string chosen, string proposed, bool fixedByRecord)
    {
        var symbol = DocumentSymbol.Create(chosen).Value;
        if (!IsOriginal(symbol))
            throw new DomainException("document.symbol",
                $"The symbol {symbol} is a revision's or a corrigendum's; give the original's symbol, and issue revisions and corrigenda from it.");
        if (fixedByRecord && symbol != proposed)
            throw new DomainException("document.symbol",
                $"The document already has the symbol {proposed} in the register or the convening's record, so it cannot be issued as {symbol}; "
                + "correct the symbol there (the register entry's edit page, or the convening's report symbol) if it is wrong.");
        return symbol;
    }
}
