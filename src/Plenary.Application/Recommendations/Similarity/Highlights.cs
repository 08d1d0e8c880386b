namespace Plenary.Application.Recommendations.Similarity;

/// <summary>Turns the shared terms of a text into the spans a page marks.</summary>
internal static class Highlights
{
    /// <summary>
    /// One span per shared term, merged with the next when only spaces, hyphens or the small words
    /// inside a noun phrase stand between them ("exchange of information" is one span; a comma, a
    /// word such as "when" or a word of substance that is not shared ends a span).
    /// </summary>
    public static IReadOnlyList<HighlightSpan> Spans(string text, IReadOnlyList<Term> shared)
    {
        var spans = new List<HighlightSpan>();
        var i = 0;
        while (i < shared.Count)
        {
            var start = shared[i].Start;
            var end = shared[i].End;
            while (i + 1 < shared.Count && OnlyJoiners(text, end, shared[i + 1].Start)) end = shared[++i].End;
            spans.Add(new HighlightSpan(start, end - start, text[start..end]));
            i++;
        }
        return spans;
    }

    private static readonly HashSet<string> Joiners = new(["a", "an", "the", "of", "for", "in", "on", "to", "by", "with", "at", "from", "and", "or", "their", "its"], StringComparer.Ordinal);

    private static bool OnlyJoiners(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (c is ' ' or '-' or '\u2011') { i++; continue; }
            if (!char.IsLetter(c)) return false;
            var start = i;
            while (i < to && char.IsLetter(text[i])) i++;
            if (!Joiners.Contains(text[start..i].ToLowerInvariant())) return false;
        }
        return true;
    }
}
