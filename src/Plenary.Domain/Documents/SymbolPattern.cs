using System.Globalization;
using System.Text.RegularExpressions;

namespace Plenary.Domain.Documents;

/// <summary>
/// How a body numbers a kind of its documents: "{series}/{year}/{n}" (UNODC/CCPCJ/EG.4/2021/1),
/// "{series}/{n}" numbered in sequence over the body's life (A/AC.291/12), "{series}/{year}/CRP.{n}",
/// "{series}/INF/{n}", "{series}/L.{n}", or a joint symbol whose parts are joined by a hyphen
/// ("E/CN.7/{year}/CRP.{n}-E/CN.15/{year}/CRP.{n}"). The number is never guessed: <see cref="Next"/>
/// takes the first number after the highest one the register already holds under the same prefix.
/// </summary>
public sealed partial class SymbolPattern
{
    public const string Code = "symbol.pattern";

    private readonly IReadOnlyList<string> _parts;

    public string Text { get; }

    /// <summary>Whether the pattern uses the body's symbol series, which must then be recorded.</summary>
    public bool UsesSeries => Text.Contains("{series}", StringComparison.Ordinal);

    private SymbolPattern(string text, IReadOnlyList<string> parts) => (Text, _parts) = (text, parts);

    /// <param name="what">What the pattern is for, to name it in a message: "report".</param>
    /// <param name="code">The rule's code in a refusal (the field's, where a form has several patterns).</param>
    public static SymbolPattern Create(string? text, string what = "document", string code = Code)
    {
        try
        {
            return Parse(text, what);
        }
        catch (DomainException e) when (code != Code)
        {
            throw new DomainException(code, e.Message);
        }
    }

    private static SymbolPattern Parse(string? text, string what)
    {
        var trimmed = Guard.Required(text, Code, $"The {what} symbol pattern", 200);
        var unknown = Token().Matches(trimmed).Select(m => m.Value).FirstOrDefault(t => t is not ("{series}" or "{year}" or "{n}"));
        if (unknown is not null)
            throw new DomainException(Code, $"The {what} symbol pattern '{trimmed}' uses {unknown}; a pattern may use only {{series}}, {{year}} and {{n}}.");
        var parts = JointSeparator().Split(trimmed);
        foreach (var part in parts)
        {
            var count = Regex.Count(part, @"\{n\}");
            if (count != 1)
                throw new DomainException(Code,
                    $"The {what} symbol pattern '{trimmed}' must hold {{n}}, the document's number, exactly once{(parts.Length > 1 ? " in each part of a joint symbol" : "")}.");
        }
        var sample = Fill(trimmed, "UNODC/CCPCJ/EG.4", 2021, "1");
        if (!DocumentSymbol.TryCreate(sample, out _, out var error))
            throw new DomainException(Code, $"The {what} symbol pattern '{trimmed}' does not give a document symbol: {error}");
        return new SymbolPattern(trimmed, parts);
    }

    /// <summary>
    /// The symbol of the next document under this pattern: for each part, one more than the highest
    /// number the register holds under the same prefix (revisions, addenda and corrigenda aside), 1 when none.
    /// </summary>
    /// <param name="series">The body's symbol series (required when the pattern uses it).</param>
    /// <param name="year">The year of the convening the document belongs to.</param>
    /// <param name="register">The symbols already registered, of every body (a symbol names one document).</param>
    public string Next(string? series, int year, IEnumerable<string> register)
    {
        if (UsesSeries && string.IsNullOrWhiteSpace(series))
            throw new DomainException("document.symbol",
                $"The body has no symbol series, so the symbol pattern {Text} cannot give its documents symbols; record the series (such as UNODC/CCPCJ/EG.4) first.");
        var parts = register.SelectMany(s => JointSeparator().Split(s)).ToList();
        var filled = _parts.Select(part =>
        {
            var (prefix, suffix) = Around(Fill(part, series ?? "", year, NumberMark));
            var taken = new Regex("^" + Regex.Escape(prefix) + @"(?<n>[0-9]{1,6})" + Regex.Escape(suffix) + @"(?:/(?:Rev|Add|Corr|Amend)\.[0-9]+|/Summary)*$",
                RegexOptions.CultureInvariant);
            var highest = parts.Select(p => taken.Match(p)).Where(m => m.Success)
                .Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            return prefix + (highest + 1).ToString(CultureInfo.InvariantCulture) + suffix;
        });
        return DocumentSymbol.Create(string.Join("-", filled)).Value;
    }

    /// <summary>The prefix of the register's symbols this pattern numbers within: what a query narrows on.</summary>
    public IReadOnlyList<string> Prefixes(string? series, int year) =>
        _parts.Select(p => Around(Fill(p, series ?? "", year, NumberMark)).Prefix).ToList();

    public override string ToString() => Text;

    private const string NumberMark = "\u0001";

    private static string Fill(string pattern, string series, int year, string number) =>
        pattern.Replace("{series}", series, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{n}", number, StringComparison.Ordinal);

    private static (string Prefix, string Suffix) Around(string filled)
    {
        var at = filled.IndexOf(NumberMark, StringComparison.Ordinal);
        return (Normalise(filled[..at]), Normalise(filled[(at + 1)..]));
    }

    // The register holds normalised symbols: upper case but for the mixed-case words; no spaces.
    private static string Normalise(string piece) => WhiteSpace().Replace(piece, "").ToUpperInvariant()
        .Replace("/REV.", "/Rev.", StringComparison.Ordinal).Replace("/ADD.", "/Add.", StringComparison.Ordinal);

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Token();

    // A hyphen followed by a letter or a token starts the next part of a joint symbol.
    [GeneratedRegex(@"-(?=[A-Za-z{])")]
    private static partial Regex JointSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
