using System.Globalization;

namespace Plenary.Domain.Editorial;

/// <summary>
/// Numbers in UN editorial style (UN Editorial Manual, British spelling).
/// Culture-independent: never reads <see cref="CultureInfo.CurrentCulture"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Numbers under 10 are spelled out, numbers from 10 are in figures ("three days", "94 Member States").</item>
/// <item>Figures of four digits or more take a comma as thousands separator ("1,500").</item>
/// <item>Compound numbers are hyphenated and hundreds take "and" ("one hundred and twenty-six").</item>
/// <item>Meetings of a body are ordinal words ("seventh meeting"); plenary meetings are ordinal figures ("101st meeting").</item>
/// </list>
/// </remarks>
public static class Numbers
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] UnitOrdinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] TensOrdinals =
        ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>Cardinal number in words, 0..999: "seven", "twenty-six", "one hundred and five".</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is outside 0..999.</exception>
    public static string InWords(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999);
        return Compose(n, ordinal: false);
    }

    /// <summary>Ordinal in words, 1..999, as used for meetings of a body: "first", "seventh", "twenty-sixth", "thirtieth".</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is outside 1..999.</exception>
    public static string OrdinalInWords(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999);
        return Compose(n, ordinal: true);
    }

    /// <summary>Ordinal in figures, as used for plenary meetings: "1st", "2nd", "3rd", "11th", "21st", "101st", "111th".</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is less than 1.</exception>
    public static string OrdinalInFigures(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return n.ToString(CultureInfo.InvariantCulture) + OrdinalSuffix(n);
    }

    /// <summary>Lower-case roman numerals for sub-subparagraphs: 1 → "i", 4 → "iv", 9 → "ix" (1..39).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n is outside 1..39.</exception>
    public static string RomanLower(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 39);
        string[] units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        return new string('x', n / 10) + units[n % 10];
    }

    /// <summary>The English ordinal suffix for n: "st", "nd", "rd" or "th" (11–13 take "th").</summary>
    public static string OrdinalSuffix(int n)
    {
        var lastTwo = Math.Abs(n % 100);
        if (lastTwo is >= 11 and <= 13) return "th";
        return (lastTwo % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }

    /// <summary>
    /// The bare number in UN style: words under 10 ("three"), figures from 10 ("12", "1,500").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n is negative.</exception>
    public static string Cardinal(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return n < 10 ? Units[n] : Figures(n);
    }

    /// <summary>
    /// A counted noun: "no documents", "an observer State", "three days", "94 Member States".
    /// Words under 10, figures from 10. For 1 the indefinite article is chosen by the sound of the next word
    /// ("an institute", "a Member State", "a United Nations body", "an hour", "an NGO").
    /// </summary>
    /// <param name="n">The count (0 or more).</param>
    /// <param name="singular">The singular noun phrase.</param>
    /// <param name="plural">
    /// The plural noun phrase; when null, the last word of <paramref name="singular"/> is pluralized
    /// regularly: consonant + "y" → "ies", sibilant endings (s, x, z, ch, sh) → "es", otherwise + "s".
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">n is negative.</exception>
    /// <exception cref="ArgumentException">singular is null or blank.</exception>
    public static string Count(int n, string singular, string? plural = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentException.ThrowIfNullOrWhiteSpace(singular);
        singular = singular.Trim();

        if (n == 1) return IndefiniteArticle(singular) + " " + singular;

        var plur = string.IsNullOrWhiteSpace(plural) ? Pluralize(singular) : plural.Trim();
        return n == 0 ? "no " + plur : Cardinal(n) + " " + plur;
    }

    /// <summary>Regular English plural of the last word of a noun phrase ("Member State" → "Member States", "body" → "bodies").</summary>
    public static string Pluralize(string singular)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(singular);
        var s = singular.Trim();
        var lastWordStart = s.LastIndexOf(' ') + 1;
        var lastWord = s[lastWordStart..];

        // Initialisms take a plain "s": "NGOs", "SDGs".
        if (lastWord.Length >= 2 && lastWord.Where(char.IsLetter).All(char.IsUpper)) return s + "s";

        if (s.Length >= 2 && char.ToLowerInvariant(s[^1]) == 'y' && !IsVowel(s[^2]) && char.IsLetter(s[^2]))
            return s[..^1] + "ies";

        if (char.ToLowerInvariant(s[^1]) is 's' or 'x' or 'z'
            || s.EndsWith("ch", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith("sh", StringComparison.OrdinalIgnoreCase))
            return s + "es";

        return s + "s";
    }

    /// <summary>
    /// "a" or "an" for the given word or phrase, chosen by the sound of its first word:
    /// "an observer", "a Member", "a unit", "a one-day", "an hour", "an NGO", "a UNDP", "an 8-hour", "an 11-member".
    /// </summary>
    public static string IndefiniteArticle(string nextWord)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nextWord);
        return StartsWithVowelSound(nextWord.Trim()) ? "an" : "a";
    }

    // --- internals -------------------------------------------------------------------------------------------

    internal static string Figures(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Compose(int n, bool ordinal)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        if (hundreds == 0) return UnderHundred(rest, ordinal);

        var head = Units[hundreds] + " hundred";
        if (rest == 0) return ordinal ? head + "th" : head;
        return head + " and " + UnderHundred(rest, ordinal);
    }

    private static string UnderHundred(int n, bool ordinal)
    {
        if (n < 20) return ordinal ? UnitOrdinals[n] : Units[n];
        var tens = n / 10;
        var units = n % 10;
        if (units == 0) return ordinal ? TensOrdinals[tens] : Tens[tens];
        return Tens[tens] + "-" + (ordinal ? UnitOrdinals[units] : Units[units]);
    }

    private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u';

    // Prefixes (lower case) that begin with a vowel letter but a consonant sound ("you", "w").
    private static readonly string[] VowelLetterConsonantSound =
    [
        "one", "once", "uni", "unan", "use", "usa", "usu", "uti", "uto", "ura", "ure", "uri", "uru", "uga", "ukr",
        "ubiq", "eu", "ewe",
    ];

    // Exceptions to the prefixes above that do start with a vowel sound ("an unidentified", "an uninformed").
    private static readonly string[] VowelSoundDespitePrefix = ["unid", "unim", "unin"];

    // Silent "h": "an hour", "an honorary member".
    private static readonly string[] SilentH = ["hour", "honest", "honour", "honor", "heir"];

    // Letters whose spoken name starts with a vowel sound (for initialisms read letter by letter).
    private const string VowelSoundLetters = "AEFHILMNORSX";

    private static bool StartsWithVowelSound(string phrase)
    {
        var word = FirstWord(phrase);
        if (word.Length == 0) return false;

        if (char.IsDigit(word[0])) return NumberStartsWithVowelSound(word);

        if (word.Length == 1) return VowelSoundLetters.Contains(char.ToUpperInvariant(word[0]));

        if (IsInitialism(word))
        {
            // Acronyms starting with U are read "you-" ("a UNDP project", "a UNICEF office").
            if (word[0] == 'U') return false;
            return VowelSoundLetters.Contains(word[0]);
        }

        var lower = word.ToLowerInvariant();
        if (SilentH.Any(p => lower.StartsWith(p, StringComparison.Ordinal))) return true;
        if (!IsVowel(lower[0])) return false;
        if (VowelSoundDespitePrefix.Any(p => lower.StartsWith(p, StringComparison.Ordinal))) return true;
        return !VowelLetterConsonantSound.Any(p => lower.StartsWith(p, StringComparison.Ordinal));
    }

    private static string FirstWord(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && !char.IsWhiteSpace(phrase[end]) && phrase[end] != '-') end++;
        return phrase[..end].Trim('"', '\'', '(', '\u201C', '\u2018');
    }

    private static bool IsInitialism(string word) =>
        word.Length >= 2 && word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).Take(2).All(char.IsUpper);

    private static bool NumberStartsWithVowelSound(string word)
    {
        var digits = new string(word.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray());
        if (digits.Length == 0) return false;
        if (digits[0] == '8') return true; // eight, eighty, eight hundred, ...
        // "eleven", "eighteen" (and 11,000 / 18,000 and 11 / 18 million ...): group of the leading digits is 11 or 18.
        var leadingGroupLength = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
        var leadingGroup = digits[..leadingGroupLength];
        return leadingGroup is "11" or "18";
    }
}
