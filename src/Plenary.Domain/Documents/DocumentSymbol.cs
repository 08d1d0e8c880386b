using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Plenary.Domain.Documents;

/// <summary>
/// A United Nations document symbol such as <c>A/RES/65/230</c>, <c>E/CN.15/2019/SR.3</c> or
/// <c>UNODC/CCPCJ/EG.4/2021/CRP.1</c>, validated and held in its normalised form.
/// </summary>
/// <remarks>
/// <para>Grammar of a single symbol, components separated by <c>/</c>:
/// <c>organ[/special][/year-or-session][/special]/serial[/final...]</c>, for example
/// <c>A/RES/65/230</c> (organ A, special RES, session 65, serial 230),
/// <c>UNODC/CCPCJ/EG.4/2020/INF/1</c>, <c>A/C.3/74/L.11</c> (the serial carried by <c>L.</c>),
/// <c>CCPR/C/21/Rev.1/Add.13</c>. A joint symbol is two or more symbols joined by <c>-</c>:
/// <c>E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9</c>.</para>
/// <para>Normalisation: surrounding whitespace and a pasted <c>undocs.org</c> link prefix are removed,
/// whitespace around <c>/</c> and <c>-</c> is dropped, and every run of letters is upper-cased except the
/// words the UN writes in mixed case (<c>Add</c>, <c>Rev</c>, <c>Corr</c>, <c>Amend</c>, <c>Summary</c>,
/// <c>Misc</c>, <c>Sub</c>).</para>
/// <para>A hyphen followed by a letter joins two symbols; a hyphen followed by a digit belongs to the
/// component, which lets the real forms <c>A/RES/ES-10/19</c>, <c>A/RES/S-26/2</c> (special sessions)
/// and <c>CERD/C/AUS/CO/18-20</c> (combined reports) through.</para>
/// <para>Final components follow the serial; the same kind may not appear twice in a row
/// (<c>Rev.1/Rev.2</c> is refused: a later revision takes the next number), and numbering starts at 1.
/// A four-digit year must lie between 1946 and 2100.</para>
/// <para>Equality is ordinal on <see cref="Value"/>. Ordering is natural: organ, then year or session,
/// then special component, then serial number (numerically), then final components.</para>
/// </remarks>
public sealed partial class DocumentSymbol : IEquatable<DocumentSymbol>, IComparable<DocumentSymbol>
{
    /// <summary>The <see cref="DomainException.Code"/> of every refusal.</summary>
    public const string InvalidCode = "symbol.invalid";

    /// <summary>The longest normalised symbol accepted.</summary>
    public const int MaxLength = 100;

    private const int FirstYear = 1946;
    private const int LastYear = 2100;

    // Checked before any regular expression runs, so a huge paste cannot make normalisation slow.
    private const int RawLengthLimit = 1000;

    private const string ResolverBase = "https://undocs.org/";

    private static readonly string[] FinalKinds = ["Add", "Rev", "Corr", "Amend", "Summary"];

    // Specials written as their own component, the number following after a slash (A/RES/65/230, .../INF/1).
    private static readonly HashSet<string> SlashSpecials = new(StringComparer.Ordinal) { "RES", "DEC", "INF", "NGO", "PRST" };

    // Specials that carry the serial after a dot (A/C.3/74/L.11, E/CN.15/2019/SR.3).
    private static readonly HashSet<string> DottedSpecials = new(StringComparer.Ordinal) { "L", "CRP", "WP", "PV", "SR", "INF", "Misc" };

    private static readonly string[] MixedCaseWords = ["Add", "Rev", "Corr", "Amend", "Summary", "Misc", "Sub"];

    private readonly ReadOnlyCollection<string> _finalComponents;
    private readonly ReadOnlyCollection<DocumentSymbol> _jointParts;

    private DocumentSymbol(
        string value, string organ, int? year, int? session, string? specialSession,
        string? special, string number, string[] finalComponents)
    {
        Value = value;
        Organ = organ;
        Year = year;
        Session = session;
        SpecialSession = specialSession;
        Special = special;
        Number = number;
        _finalComponents = Array.AsReadOnly(finalComponents);
        _jointParts = ReadOnlyCollection<DocumentSymbol>.Empty;
        ResolverLink = new Uri(ResolverBase + value);
    }

    // A joint symbol describes itself through its first part; the other parts stay reachable via JointParts.
    private DocumentSymbol(DocumentSymbol[] parts)
    {
        var head = parts[0];
        Value = string.Join('-', parts.Select(p => p.Value));
        Organ = head.Organ;
        Year = head.Year;
        Session = head.Session;
        SpecialSession = head.SpecialSession;
        Special = head.Special;
        Number = head.Number;
        _finalComponents = head._finalComponents;
        _jointParts = Array.AsReadOnly(parts);
        ResolverLink = head.ResolverLink;
    }

    /// <summary>The normalised symbol, e.g. <c>UNODC/CCPCJ/EG.4/2021/CRP.1</c>.</summary>
    public string Value { get; }

    /// <summary>The undocs.org link that resolves the symbol (the first symbol's link for a joint symbol).</summary>
    public Uri ResolverLink { get; }

    /// <summary>Organ and subsidiary-body components, e.g. <c>A</c>, <c>E/CN.15</c>, <c>UNODC/CCPCJ/EG.4</c>.</summary>
    public string Organ { get; }

    /// <summary>The four-digit year component (2021 in <c>UNODC/CCPCJ/EG.4/2021/CRP.1</c>), if any.</summary>
    public int? Year { get; }

    /// <summary>The session number before the serial (65 in <c>A/RES/65/230</c>), if any.</summary>
    public int? Session { get; }

    /// <summary>A special or emergency special session designator (<c>ES-10</c>, <c>S-26</c>), if any.</summary>
    public string? SpecialSession { get; }

    /// <summary>The special component (<c>RES</c>, <c>L</c>, <c>CRP</c>, <c>INF</c>, <c>PV</c> ...), if any.</summary>
    public string? Special { get; }

    /// <summary>The serial number, e.g. <c>230</c> or <c>18-20</c>. Every valid symbol has one.</summary>
    public string? Number { get; }

    /// <summary>Trailing <c>Add.</c>, <c>Rev.</c>, <c>Corr.</c>, <c>Amend.</c> and <c>Summary</c> components, in order.</summary>
    public IReadOnlyList<string> FinalComponents => _finalComponents;

    /// <summary>Whether this is two or more symbols joined by a hyphen.</summary>
    public bool IsJoint => _jointParts.Count > 0;

    /// <summary>The symbols of a joint symbol, in order; empty for a single symbol.</summary>
    public IReadOnlyList<DocumentSymbol> JointParts => _jointParts;

    /// <summary>Parses and normalises <paramref name="input"/>.</summary>
    /// <exception cref="DomainException">Code <see cref="InvalidCode"/>; the message names the rule broken.</exception>
    public static DocumentSymbol Create(string? input) =>
        TryCreate(input, out var symbol, out var error) ? symbol : throw new DomainException(InvalidCode, error);

    /// <summary>Parses and normalises <paramref name="input"/> without throwing.</summary>
    public static bool TryCreate(
        string? input,
        [NotNullWhen(true)] out DocumentSymbol? symbol,
        [NotNullWhen(false)] out string? error)
    {
        error = Parse(input, out symbol);
        return symbol is not null;
    }

    /// <summary>
    /// Appends a final component such as <c>Rev.1</c>. For a joint symbol it is appended to every part,
    /// since a revision or corrigendum of a joint document is itself joint.
    /// </summary>
    /// <exception cref="DomainException">The component is not a well-formed final component, or repeats the last one.</exception>
    public DocumentSymbol WithFinalComponent(string component)
    {
        var trimmed = (component ?? string.Empty).Trim();
        var normalised = LetterRun().Replace(trimmed, m => ConventionalCase(m.Value));
        if (normalised.Length == 0 || normalised.Contains('/') || FinalKindOf(normalised) is null)
        {
            throw new DomainException(InvalidCode,
                $"Cannot add '{trimmed}' to document symbol '{Value}': it is not a final component such as 'Add.1', 'Rev.1', 'Corr.1', 'Amend.1' or 'Summary'.");
        }

        var parts = IsJoint ? _jointParts : [this];
        return Create(string.Join('-', parts.Select(p => p.Value + "/" + normalised)));
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(DocumentSymbol? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentSymbol other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(DocumentSymbol? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        var result = NaturalCompare(Organ, other.Organ);
        if (result == 0) result = Nullable.Compare(Year ?? Session, other.Year ?? other.Session);
        if (result == 0) result = NaturalCompare(SpecialSession, other.SpecialSession);
        if (result == 0) result = string.CompareOrdinal(Special, other.Special);
        if (result == 0) result = NaturalCompare(Number, other.Number);
        if (result == 0) result = CompareFinals(_finalComponents, other._finalComponents);

        // Keeps the order consistent with equality (e.g. a joint symbol after its first part alone).
        return result != 0 ? result : string.CompareOrdinal(Value, other.Value);
    }

    public static bool operator ==(DocumentSymbol? left, DocumentSymbol? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(DocumentSymbol? left, DocumentSymbol? right) => !(left == right);

    public static bool operator <(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) < 0;

    public static bool operator <=(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) <= 0;

    public static bool operator >(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) > 0;

    public static bool operator >=(DocumentSymbol? left, DocumentSymbol? right) => Compare(left, right) >= 0;

    private static int Compare(DocumentSymbol? left, DocumentSymbol? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    // Returns null on success, otherwise the message explaining what is wrong.
    private static string? Parse(string? input, out DocumentSymbol? symbol)
    {
        symbol = null;
        var shown = Shown(input);
        if (string.IsNullOrWhiteSpace(input))
        {
            return $"Document symbol '{shown}' is empty; a symbol such as 'A/RES/65/230' is required.";
        }

        var text = input.Trim();
        if (text.Length > RawLengthLimit)
        {
            return TooLong(shown, text.Length);
        }

        text = ResolverPrefix().Replace(text, string.Empty).Trim();
        if (text.Length == 0)
        {
            return $"Document symbol '{shown}' is an undocs.org link with no symbol after it.";
        }

        text = SpaceAroundSeparator().Replace(text, "$1");
        if (text.Length > MaxLength)
        {
            return TooLong(shown, text.Length);
        }

        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-')
            {
                continue;
            }

            return char.IsWhiteSpace(c)
                ? $"Document symbol '{shown}' contains a space inside a component; spaces are only allowed around '/' and '-'."
                : $"Document symbol '{shown}' contains the illegal character {Describe(c)}; only letters, digits, '/', '.' and '-' are allowed.";
        }

        text = LetterRun().Replace(text, m => ConventionalCase(m.Value));

        if (text[0] == '-')
        {
            return $"Document symbol '{shown}' begins with a hyphen that joins nothing; a joint symbol needs a complete symbol on both sides of '-'.";
        }

        if (text[^1] == '-')
        {
            return $"Document symbol '{shown}' ends with a hyphen that joins nothing; a joint symbol needs a complete symbol on both sides of '-'.";
        }

        if (text.Contains("--", StringComparison.Ordinal))
        {
            return $"Document symbol '{shown}' has two hyphens in a row; a joint symbol needs a complete symbol on both sides of '-'.";
        }

        var pieces = JointSeparator().Split(text);
        var parts = new DocumentSymbol[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            var error = ParseSingle(pieces[i], shown, out var part);
            if (error is not null)
            {
                return error;
            }

            parts[i] = part!;
        }

        if (parts.Length == 1)
        {
            symbol = parts[0];
            return null;
        }

        if (parts.DistinctBy(p => p.Value, StringComparer.Ordinal).Count() != parts.Length)
        {
            return $"Document symbol '{shown}' joins the same symbol to itself; the parts of a joint symbol must differ.";
        }

        symbol = new DocumentSymbol(parts);
        return null;
    }

    // Parses one non-joint symbol that has already been normalised.
    private static string? ParseSingle(string text, string shown, out DocumentSymbol? symbol)
    {
        symbol = null;
        string Fail(string rule) => $"Document symbol '{shown}' {rule}";

        if (text[0] == '/')
        {
            return Fail("begins with a slash; a symbol starts with its organ, as in 'A/RES/65/230'.");
        }

        if (text[^1] == '/')
        {
            return Fail("ends with a slash; nothing may follow the last '/' of a symbol.");
        }

        var components = text.Split('/');
        if (components.Any(c => c.Length == 0))
        {
            return Fail("has an empty component between two slashes.");
        }

        var dotOnly = components.FirstOrDefault(c => c.All(ch => ch == '.'));
        if (dotOnly is not null)
        {
            return Fail($"has a component that is only a dot ('{dotOnly}').");
        }

        // Final components (Add., Rev., Corr., ...) form the tail; everything before them is the core.
        var end = components.Length;
        while (end > 0 && FinalKindOf(components[end - 1]) is not null)
        {
            end--;
        }

        var finals = components[end..];
        var core = components[..end];

        string? previousKind = null;
        for (var i = 0; i < finals.Length; i++)
        {
            var kind = FinalKindOf(finals[i])!;
            var error = CheckFinal(finals[i], kind);
            if (error is not null)
            {
                return Fail(error);
            }

            // Rev.1/Rev.2 is meaningless: a later revision takes the next number instead of chaining.
            // A kind may come back after a different one (Rev.1/Add.1/Rev.1 revises an addendum of a revision).
            if (kind == previousKind)
            {
                return Fail($"repeats '{kind}' in a row ('{finals[i - 1]}/{finals[i]}'); a later {kind}. takes the next number instead.");
            }

            previousKind = kind;
        }

        string FinalBeforeNumber(string final) =>
            Fail($"has the final component '{final}' before any document number; Add., Rev., Corr., Amend. and Summary follow the serial number.");

        var misplacedFinal = core.FirstOrDefault(c => FinalKindOf(c) is not null);
        if (misplacedFinal is null && core.Length <= 1 && finals.Length > 0)
        {
            misplacedFinal = finals[0];
        }

        if (misplacedFinal is not null)
        {
            return FinalBeforeNumber(misplacedFinal);
        }

        var first = core[0];
        if (!char.IsAsciiLetter(first[0]) || SlashSpecials.Contains(first) || DottedSpecials.Contains(LeadingLetters(first)))
        {
            return Fail($"must begin with an organ such as 'A', 'S', 'E' or 'UNODC'; '{first}' is not an organ.");
        }

        if (core.Length == 1)
        {
            return Fail($"is only an organ ('{first}'); a symbol also needs a document number, as in 'A/65/100'.");
        }

        // The serial: a plain number (230, 18-20) or a dotted special carrying it (L.11, CRP.1).
        var last = core[^1];
        string? special = null;
        string number;
        var lead = LeadingLetters(last);
        if (Serial().IsMatch(last))
        {
            number = last;
        }
        else if (DottedSpecials.Contains(lead))
        {
            var rest = last[lead.Length..];
            if (rest is "" or ".")
            {
                return Fail($"has the special component '{last}' with no number after it, as in '{lead}.1'.");
            }

            if (rest[0] != '.' || !Serial().IsMatch(rest[1..]))
            {
                return Fail($"has the malformed special component '{last}'; '{lead}.' must be followed by a number, as in '{lead}.1'.");
            }

            special = lead;
            number = rest[1..];
        }
        else if (SlashSpecials.Contains(last))
        {
            return Fail($"has the special component '{last}' with no number after it, as in '{last}/1'.");
        }
        else if (finals.Length > 0)
        {
            return FinalBeforeNumber(finals[0]);
        }
        else
        {
            return Fail($"does not end with a document number; '{last}' is not a serial such as '230', 'L.11' or 'CRP.1'.");
        }

        // Walk back from the serial: [special] [year | session | special session] [special].
        var index = core.Length - 2;
        if (special is null && index >= 1 && SlashSpecials.Contains(core[index]))
        {
            special = core[index--];
        }

        int? year = null, session = null;
        string? specialSession = null;
        if (index >= 1 && core[index].Length <= 4 && core[index].All(char.IsAsciiDigit))
        {
            var value = int.Parse(core[index], NumberStyles.None, CultureInfo.InvariantCulture);
            if (core[index].Length == 4)
            {
                if (value is < FirstYear or > LastYear)
                {
                    return Fail($"has the year {value}, which is not between {FirstYear} and {LastYear}.");
                }

                year = value;
            }
            else
            {
                session = value;
            }

            index--;
        }
        else if (index >= 1 && SpecialSessionDesignator().IsMatch(core[index]))
        {
            specialSession = core[index--];
        }

        if (special is null && index >= 1 && SlashSpecials.Contains(core[index]))
        {
            special = core[index--];
        }

        var organ = core[..(index + 1)];
        foreach (var component in organ)
        {
            if (component.Contains('-'))
            {
                return Fail($"has a hyphen inside '{component}'; a hyphen only joins two symbols, or appears in a special session ('ES-10') or a range of report numbers ('18-20').");
            }

            if (!ComponentShape().IsMatch(component))
            {
                return Fail($"has the malformed component '{component}'; a dot must stand between letters or digits, as in 'CN.15'.");
            }

            // Working parties are subsidiary bodies (ECE/TRANS/WP.29), so WP.n is fine inside an organ.
            var componentLead = LeadingLetters(component);
            if (SlashSpecials.Contains(component) || (DottedSpecials.Contains(componentLead) && componentLead != "WP"))
            {
                return Fail($"has the special component '{component}' out of place; it belongs next to the session, year or serial, as in 'A/RES/65/230'.");
            }
        }

        symbol = new DocumentSymbol(text, string.Join('/', organ), year, session, specialSession, special, number, finals);
        return null;
    }

    // Returns the rule broken by a final component, or null when it is well formed.
    private static string? CheckFinal(string component, string kind)
    {
        var rest = component[kind.Length..];
        if (kind == "Summary")
        {
            return rest.Length == 0 ? null : $"has the final component '{component}'; 'Summary' takes no number.";
        }

        if (rest is "" or ".")
        {
            return $"has the final component '{component}' with no number; write it as '{kind}.1', for example.";
        }

        var digits = rest[1..];
        if (rest[0] != '.' || digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return $"has the malformed final component '{component}'; '{kind}.' must be followed by a whole number, as in '{kind}.1'.";
        }

        return digits[0] == '0'
            ? $"has the final component '{component}', but the numbering of '{kind}.' starts at 1."
            : null;
    }

    private static string? FinalKindOf(string component)
    {
        var lead = LeadingLetters(component);
        return Array.IndexOf(FinalKinds, lead) >= 0 ? lead : null;
    }

    private static string LeadingLetters(string component)
    {
        var length = 0;
        while (length < component.Length && char.IsAsciiLetter(component[length]))
        {
            length++;
        }

        return component[..length];
    }

    private static string ConventionalCase(string letters)
    {
        foreach (var word in MixedCaseWords)
        {
            if (string.Equals(word, letters, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        return letters.ToUpperInvariant();
    }

    private static string TooLong(string shown, int length) =>
        $"Document symbol '{shown}' is {length} characters long; the limit is {MaxLength}.";

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}'";

    // Quotes the input in messages: shortened so a huge paste does not produce a huge message,
    // and with control characters masked so the message stays printable.
    private static string Shown(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        var shortened = trimmed.Length <= 60 ? trimmed : string.Concat(trimmed.AsSpan(0, 57), "...");
        return string.Create(shortened.Length, shortened, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }

    // Natural order: digit runs compare by value, so CN.7 < CN.15 and 2 < 12.
    private static int NaturalCompare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var startX = i;
                var startY = j;
                while (i < x.Length && char.IsAsciiDigit(x[i])) i++;
                while (j < y.Length && char.IsAsciiDigit(y[j])) j++;
                var a = x.AsSpan(startX, i - startX).TrimStart('0');
                var b = y.AsSpan(startY, j - startY).TrimStart('0');
                var byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
                if (byValue != 0) return byValue;
            }
            else
            {
                var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
                if (byChar != 0) return byChar;
                i++;
                j++;
            }
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    /// <summary>
    /// A text whose ordinal (byte) order is the order of <see cref="CompareTo"/>, so that a store can sort a
    /// register by symbol with an index instead of reading every symbol. Fields come in the comparison's
    /// order, each ended by a character below any a symbol holds; a missing field sorts first; a run of
    /// digits is written as its length and its digits, so that 9 sorts before 10 (within the run of
    /// characters that digits occupy, as the comparison sees them against letters and separators).
    /// Sort it with a binary collation ("C" on PostgreSQL; SQLite's default).
    /// </summary>
    public string SortKey => _sortKey ??= MakeSortKey();

    private string? _sortKey;

    private const char EndOfField = '\u0001', Absent = '\u0001', Present = '\u0002', EndOfFinals = '\u0002', Final = '\u0003';

    private string MakeSortKey()
    {
        var key = new System.Text.StringBuilder(Value.Length * 2 + 24);
        NaturalField(key, Organ);
        if ((Year ?? Session) is { } number) key.Append(Present).Append(number.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(EndOfField);
        else key.Append(Absent);
        NaturalField(key, SpecialSession);
        if (Special is null) key.Append(Absent);
        else key.Append(Present).Append(Special).Append(EndOfField);
        NaturalField(key, Number);
        foreach (var component in _finalComponents)
        {
            key.Append(Final);
            Natural(key, component);
            key.Append(EndOfField);
        }
        return key.Append(EndOfFinals).Append(Value).ToString();
    }

    private static void NaturalField(System.Text.StringBuilder key, string? text)
    {
        if (text is null)
        {
            key.Append(Absent);
            return;
        }
        key.Append(Present);
        Natural(key, text);
        key.Append(EndOfField);
    }

    // As NaturalCompare sees a text: letters without case, runs of digits by value. A run is written as one
    // character for its length ('0' + length, within '0' to '@', where digits sort against other characters)
    // and then its digits without leading zeros.
    private static void Natural(System.Text.StringBuilder key, string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                key.Append(char.ToUpperInvariant(text[i++]));
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            var digits = text.AsSpan(start, i - start).TrimStart('0');
            key.Append((char)('0' + Math.Min(digits.Length, 16))).Append(digits);
        }
    }

    private static int CompareFinals(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var result = NaturalCompare(x[i], y[i]);
            if (result != 0) return result;
        }

        return x.Count.CompareTo(y.Count);
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?undocs\.org/(?:(?:ar|en|es|fr|ru|zh)/)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResolverPrefix();

    [GeneratedRegex(@"\s*([/-])\s*")]
    private static partial Regex SpaceAroundSeparator();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex LetterRun();

    [GeneratedRegex("-(?=[A-Za-z])")]
    private static partial Regex JointSeparator();

    [GeneratedRegex(@"^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$")]
    private static partial Regex ComponentShape();

    [GeneratedRegex("^[0-9]+(?:-[0-9]+)?$")]
    private static partial Regex Serial();

    [GeneratedRegex("^(?:ES|S)-[1-9][0-9]*$")]
    private static partial Regex SpecialSessionDesignator();
}
