namespace Plenary.Application.Audit;

public enum DiffKind { Same, Removed, Added }

/// <summary>A run of text that a change kept, removed or added.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// A word-level difference between two texts, for reading what an edit changed in a long text (an
/// annotation, a summary): the longest common subsequence of their words, with the changed words
/// between. The kept and removed pieces give the text before, the kept and added ones the text after.
/// </summary>
public static class WordDiff
{
    /// <summary>Beyond this many cells (words before × words after, once the common start and end are set aside), the middle is shown as replaced whole.</summary>
    public const long MaxCells = 1_000_000;

    public static IReadOnlyList<DiffPiece> Compare(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix]) suffix++;

        var pieces = new List<DiffPiece>();
        foreach (var t in a.Take(prefix)) pieces.Add(new(DiffKind.Same, t));
        var midA = a.Skip(prefix).Take(a.Count - prefix - suffix).ToList();
        var midB = b.Skip(prefix).Take(b.Count - prefix - suffix).ToList();
        if ((long)midA.Count * midB.Count > MaxCells)
        {
            pieces.AddRange(midA.Select(t => new DiffPiece(DiffKind.Removed, t)));
            pieces.AddRange(midB.Select(t => new DiffPiece(DiffKind.Added, t)));
        }
        else
        {
            pieces.AddRange(Lcs(midA, midB));
        }
        foreach (var t in a.Skip(a.Count - suffix)) pieces.Add(new(DiffKind.Same, t));
        return Readable(pieces);
    }

    /// <summary>Words, the white space between them and each punctuation mark, each a token of its own ("report." is "report" and ".").</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
            if (i == text.Length || ClassOf(text[i]) != ClassOf(text[start]) || ClassOf(text[i]) == 2)
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        return tokens;
    }

    /// <summary>0 white space, 1 a letter or digit, 2 anything else (a token by itself).</summary>
    private static int ClassOf(char c) => char.IsWhiteSpace(c) ? 0 : char.IsLetterOrDigit(c) ? 1 : 2;

    private static List<DiffPiece> Lcs(List<string> a, List<string> b)
    {
        // length[i, j]: the longest common subsequence of a[i..] and b[j..].
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                length[i, j] = a[i] == b[j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
        var pieces = new List<DiffPiece>();
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                pieces.Add(new(DiffKind.Same, a[x++]));
                y++;
            }
            else if (length[x + 1, y] >= length[x, y + 1]) pieces.Add(new(DiffKind.Removed, a[x++]));
            else pieces.Add(new(DiffKind.Added, b[y++]));
        }
        while (x < a.Count) pieces.Add(new(DiffKind.Removed, a[x++]));
        while (y < b.Count) pieces.Add(new(DiffKind.Added, b[y++]));
        return pieces;
    }

    /// <summary>
    /// Joins neighbouring pieces into runs, and reads a change of several words as one: white space
    /// kept between two changes goes into both the removed and the added run ("[-quick brown-]{+slow red+}").
    /// </summary>
    private static List<DiffPiece> Readable(List<DiffPiece> pieces)
    {
        var runs = new List<DiffPiece>();
        var i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Kind == DiffKind.Same)
            {
                var same = new System.Text.StringBuilder();
                while (i < pieces.Count && pieces[i].Kind == DiffKind.Same && !IsSpaceBetweenChanges(pieces, i)) same.Append(pieces[i++].Text);
                if (same.Length > 0) runs.Add(new(DiffKind.Same, same.ToString()));
                continue;
            }
            var removed = new System.Text.StringBuilder();
            var added = new System.Text.StringBuilder();
            while (i < pieces.Count)
            {
                var p = pieces[i];
                if (p.Kind == DiffKind.Removed) removed.Append(p.Text);
                else if (p.Kind == DiffKind.Added) added.Append(p.Text);
                else if (IsSpaceBetweenChanges(pieces, i))
                {
                    removed.Append(p.Text);
                    added.Append(p.Text);
                }
                else break;
                i++;
            }
            if (removed.Length > 0) runs.Add(new(DiffKind.Removed, removed.ToString()));
            if (added.Length > 0) runs.Add(new(DiffKind.Added, added.ToString()));
        }
        return runs;
    }

    /// <summary>White space kept between a change and the next one (so part of neither's context).</summary>
    private static bool IsSpaceBetweenChanges(List<DiffPiece> pieces, int i) =>
        pieces[i].Kind == DiffKind.Same && string.IsNullOrWhiteSpace(pieces[i].Text)
        && i > 0 && pieces[i - 1].Kind != DiffKind.Same && i + 1 < pieces.Count && pieces[i + 1].Kind != DiffKind.Same;
}
