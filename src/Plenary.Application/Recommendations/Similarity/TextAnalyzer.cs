namespace Plenary.Application.Recommendations.Similarity;

/// <summary>A term found in a text, with where it stands in the original (for highlighting).</summary>
/// <param name="Key">What is compared: a stem ("legisl"), or "=" and the canonical form of a synonym group ("=electron evid").</param>
/// <param name="Start">Index of its first character in the text.</param>
/// <param name="End">Index just after its last character.</param>
public readonly record struct Term(string Key, int Start, int End);

/// <summary>
/// Turns a text into the terms the assistant compares: words (runs of letters and digits, lower
/// case, one-letter words dropped), general English stop words removed, Porter stems, expressions of
/// one synonym group read as one term (longest match first), then the register's stop words removed.
/// Thread-safe once built; build one and reuse it.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly HashSet<string> _englishStopWords;
    private readonly HashSet<string> _registerStopStems;
    private readonly PhraseNode _phrases = new();
    private readonly bool _useSynonyms;

    public TextAnalyzer(bool useSynonyms = true)
    {
        _useSynonyms = useSynonyms;
        _englishStopWords = new HashSet<string>(RegisterVocabulary.EnglishStopWords, StringComparer.Ordinal);
        _registerStopStems = new HashSet<string>(RegisterVocabulary.RegisterStopWords.Select(PorterStemmer.Stem), StringComparer.Ordinal);
        if (!useSynonyms) return;
        foreach (var group in RegisterVocabulary.Synonyms)
        {
            var key = "=" + string.Join(' ', StemsOf(group[0]));
            foreach (var expression in group)
            {
                var stems = StemsOf(expression);
                if (stems.Count == 0) continue;
                var node = _phrases;
                foreach (var stem in stems)
                {
                    node.Next ??= new Dictionary<string, PhraseNode>(StringComparer.Ordinal);
                    if (!node.Next.TryGetValue(stem, out var next)) node.Next[stem] = next = new PhraseNode();
                    node = next;
                }
                node.Key ??= key; // an expression listed in two groups keeps the first
            }
        }
    }

    /// <summary>The synonym groups' expressions that were listed in more than one group (each keeps its first).</summary>
    public static IReadOnlyList<string> AmbiguousExpressions()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var analyzer = new TextAnalyzer(useSynonyms: false);
        var ambiguous = new List<string>();
        for (var g = 0; g < RegisterVocabulary.Synonyms.Count; g++)
            foreach (var expression in RegisterVocabulary.Synonyms[g])
            {
                var stems = string.Join(' ', analyzer.StemsOf(expression));
                if (seen.TryGetValue(stems, out var other) && other != g) ambiguous.Add(expression);
                else seen[stems] = g;
            }
        return ambiguous;
    }

    /// <summary>The terms of a text, in order.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public List<Term> Analyze(string text)
    {
        var words = Words(text);
        var terms = new List<Term>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            if (_useSynonyms && Match(words, i) is var (key, length) && length > 0)
            {
                terms.Add(new Term(key, words[i].Start, words[i + length - 1].End));
                i += length;
                continue;
            }
            if (!_registerStopStems.Contains(words[i].Stem)) terms.Add(new Term(words[i].Stem, words[i].Start, words[i].End));
            i++;
        }
        return terms;
    }

    private (string Key, int Length) Match(List<Word> words, int from)
    {
        var node = _phrases;
        (string Key, int Length) best = ("", 0);
        for (var i = from; i < words.Count && node.Next is not null && node.Next.TryGetValue(words[i].Stem, out var next); i++)
        {
            node = next;
            if (node.Key is not null) best = (node.Key, i - from + 1);
        }
        return best;
    }

    private List<string> StemsOf(string expression) => Words(expression).Select(w => w.Stem).ToList();

    private readonly record struct Word(string Stem, int Start, int End);

    /// <summary>Runs of letters or digits, lower-cased, without one-letter words and English stop words, each stemmed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private List<Word> Words(string text)
    {
        var words = new List<Word>(text.Length / 6);
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var length = i - start;
            if (length == 1 && char.IsLetter(text[start])) continue;
            string lower;
            if (length <= buffer.Length)
            {
                var span = buffer[..length];
                text.AsSpan(start, length).ToLowerInvariant(span);
                lower = StemCache.Lower(span);
            }
            else lower = text.Substring(start, length).ToLowerInvariant();
            if (_englishStopWords.Contains(lower)) continue;
            words.Add(new Word(StemCache.Stem(lower), start, i));
        }
        return words;
    }

    private sealed class PhraseNode
    {
        public Dictionary<string, PhraseNode>? Next;
        public string? Key;
    }
}

/// <summary>Remembers lower-case words and their stems: the vocabulary of recommendations is small and repeats.</summary>
internal static class StemCache
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Words =
        new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int Limit = 200_000;

    public static string Lower(ReadOnlySpan<char> lower)
    {
        if (Words.TryGetValue(lower, out var s)) return s;
        s = lower.ToString();
        if (Words.Dictionary.Count < Limit) Words.TryAdd(s, s);
        return s;
    }

    public static string Stem(string lower)
    {
        if (Stems.TryGetValue(lower, out var s)) return s;
        s = PorterStemmer.Stem(lower);
        if (Stems.Count < Limit) Stems.TryAdd(lower, s);
        return s;
    }
}
