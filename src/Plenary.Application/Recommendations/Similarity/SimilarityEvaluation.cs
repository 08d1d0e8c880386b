namespace Plenary.Application.Recommendations.Similarity;

/// <summary>A labelled text: the human's group and the wording (a line <c>group_id&lt;TAB&gt;text</c> of a labelled set).</summary>
public sealed record LabelledText(string Group, string Text);

/// <summary>Pairwise agreement of proposed groups with a human grouping.</summary>
/// <param name="TruePairs">Pairs of texts grouped together by both.</param>
/// <param name="ProposedPairs">Pairs grouped together by the assistant.</param>
/// <param name="GoldPairs">Pairs grouped together by the human.</param>
public sealed record PairwiseScore(long TruePairs, long ProposedPairs, long GoldPairs)
{
    public double Precision => ProposedPairs == 0 ? 1 : (double)TruePairs / ProposedPairs;
    public double Recall => GoldPairs == 0 ? 1 : (double)TruePairs / GoldPairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseScore operator +(PairwiseScore a, PairwiseScore b) =>
        new(a.TruePairs + b.TruePairs, a.ProposedPairs + b.ProposedPairs, a.GoldPairs + b.GoldPairs);

    public override string ToString() => $"precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}";
}

/// <summary>Reads labelled sets and scores the assistant on them, the way the scikit-learn baseline scores itself.</summary>
public static class SimilarityEvaluation
{
    /// <summary>Reads <c>group_id&lt;TAB&gt;text</c> lines; blank lines are skipped.</summary>
    public static List<LabelledText> ReadLabelledSet(string path)
    {
        var set = new List<LabelledText>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"{path}, line {lineNumber}: expected a group, a tab and a text.");
            set.Add(new LabelledText(line[..tab], line[(tab + 1)..]));
        }
        return set;
    }

    /// <summary>Runs the assistant on the texts (identifiers are their positions) and scores its groups against the labels.</summary>
    public static PairwiseScore Score(SimilarityAssistant assistant, IReadOnlyList<LabelledText> set) => Score(set, Propose(assistant, set));

    /// <summary>The assistant's groups of the set's texts, as positions in the set.</summary>
    public static List<IReadOnlyList<int>> Propose(SimilarityAssistant assistant, IReadOnlyList<LabelledText> set) =>
        assistant.Propose(set.Select((t, i) => new SimilarityText(i.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Text)).ToList())
            .Select(g => (IReadOnlyList<int>)g.Members.Select(m => int.Parse(m.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList()).ToList();

    /// <summary>
    /// Scores proposed groups (positions in <paramref name="set"/>; texts in no group stand alone)
    /// against the labels, over every pair, or over the pairs <paramref name="include"/> accepts
    /// (positions i &lt; j): how a threshold is chosen on some labels and checked on others while the
    /// assistant, which reads no label, runs on every text.
    /// </summary>
    public static PairwiseScore Score(IReadOnlyList<LabelledText> set, IReadOnlyList<IReadOnlyList<int>> proposed, Func<int, int, bool>? include = null)
    {
        var cluster = new int[set.Count];
        Array.Fill(cluster, -1);
        for (var g = 0; g < proposed.Count; g++)
            foreach (var i in proposed[g]) cluster[i] = g;
        long truePairs = 0, proposedPairs = 0, goldPairs = 0;
        for (var i = 0; i < set.Count; i++)
        for (var j = i + 1; j < set.Count; j++)
        {
            if (include is not null && !include(i, j)) continue;
            var same = cluster[i] >= 0 && cluster[i] == cluster[j];
            var gold = set[i].Group == set[j].Group;
            if (same) proposedPairs++;
            if (gold) goldPairs++;
            if (same && gold) truePairs++;
        }
        return new PairwiseScore(truePairs, proposedPairs, goldPairs);
    }

    /// <summary>The thresholds a calibration tries: 0.10 to 0.80 by 0.01.</summary>
    public static IReadOnlyList<double> ThresholdGrid { get; } = Enumerable.Range(10, 71).Select(i => i / 100.0).ToArray();

    /// <summary>
    /// The pairs of one side of a labelled set split by group: groups are numbered in order of
    /// appearance and dealt into <paramref name="folds"/> folds (0 = 1st, 3rd, 5th ... group of two
    /// folds); a pair of texts belongs to the fold of its first text, so every fold has its share of
    /// the pairs that cross folds (which are never in one human group).
    /// </summary>
    public static Func<int, int, bool> Fold(IReadOnlyList<LabelledText> set, int fold, int folds = 2)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var foldOf = set.Select(t => (groups.TryGetValue(t.Group, out var g) ? g : groups[t.Group] = groups.Count) % folds).ToArray();
        return (i, _) => foldOf[i] == fold;
    }

    /// <summary>
    /// The threshold of <see cref="ThresholdGrid"/> with the highest F1 on the pairs accepted (the
    /// lowest such threshold on a tie). The assistant reads no label, so it runs on the whole set at
    /// each threshold; only the scoring is limited to the accepted pairs.
    /// </summary>
    public static (double Threshold, PairwiseScore Score) BestThreshold(IReadOnlyList<LabelledText> set, SimilarityOptions options, Func<int, int, bool>? include = null)
    {
        (double Threshold, PairwiseScore Score)? best = null;
        foreach (var t in ThresholdGrid)
        {
            var s = Score(set, Propose(new SimilarityAssistant(options with { Threshold = t }), set), include);
            if (best is null || s.F1 > best.Value.Score.F1) best = (t, s);
        }
        return best!.Value;
    }
}
