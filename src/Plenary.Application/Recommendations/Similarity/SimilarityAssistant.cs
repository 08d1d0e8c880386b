namespace Plenary.Application.Recommendations.Similarity;

/// <summary>A text to compare: its stable identifier (such as "2020/IC/12") and its wording.</summary>
public sealed record SimilarityText(string Id, string Text);

/// <summary>A stretch of a text to mark as wording it shares with other members of its group.</summary>
/// <param name="Start">Index of the first character in the member's text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The characters themselves, as they stand in the text.</param>
public sealed record HighlightSpan(int Start, int Length, string Text);

/// <summary>A text in a proposed group.</summary>
/// <param name="Id">The text's identifier, as given.</param>
/// <param name="Cohesion">Its mean similarity to the other members (0–1): the lowest is the first candidate to split off.</param>
/// <param name="Shared">Its wording that other members of the group share (same stem or same synonym group), in text order.</param>
public sealed record GroupMember(string Id, double Cohesion, IReadOnlyList<HighlightSpan> Shared);

/// <summary>A proposal: texts that say nearly the same thing.</summary>
/// <param name="Score">Mean similarity over every pair of members (0–1).</param>
/// <param name="Members">Two or more members, in the order the texts were given.</param>
public sealed record ProposedGroup(double Score, IReadOnlyList<GroupMember> Members);

/// <summary>How texts are compared and grouped. The defaults are the calibrated ones (ADR 0016).</summary>
public sealed record SimilarityOptions
{
    /// <summary>The calibrated threshold (README, "Similarity assistant").</summary>
    public const double CalibratedThreshold = 0.22;

    /// <summary>Two groups are merged while the mean similarity between their texts is at least this.</summary>
    public double Threshold { get; init; } = CalibratedThreshold;

    /// <summary>How texts join groups: average linkage (the default) or connected components.</summary>
    public GroupingMethod Grouping { get; init; } = GroupingMethod.AverageLinkage;

    /// <summary>Read the expressions of a synonym group of <see cref="RegisterVocabulary"/> as one term.</summary>
    public bool UseSynonyms { get; init; } = true;

    /// <summary>Under average linkage, pairs below this share of the threshold count as unrelated (0).</summary>
    public double EdgeFloor { get; init; } = 0.5;

    /// <summary>In a dense corpus, each text keeps only this many most similar partners as links (a pair stays when either side keeps it).</summary>
    public int Neighbours { get; init; } = 10;
}

/// <summary>How texts join groups.</summary>
public enum GroupingMethod
{
    /// <summary>Groups merge while the mean similarity across them stays at or above the threshold: no chaining.</summary>
    AverageLinkage,

    /// <summary>Any pair at or above the threshold links two groups (what the scikit-learn baseline does): chains.</summary>
    ConnectedComponents,
}

/// <summary>
/// Proposes groups of texts that say nearly the same thing (ADR 0016): TF-IDF over stemmed terms and
/// synonym groups of the register, cosine similarity, pairs found through an inverted index that
/// skips pairs which cannot reach the threshold, and groups formed by average linkage. Pure and
/// thread-safe: no store, no I/O.
/// </summary>
public sealed class SimilarityAssistant
{
    private readonly SimilarityOptions _options;
    private readonly TextAnalyzer _analyzer;

    public SimilarityAssistant(SimilarityOptions? options = null)
    {
        _options = options ?? new SimilarityOptions();
        if (_options.Threshold is <= 0 or > 1 || double.IsNaN(_options.Threshold))
            throw new ArgumentOutOfRangeException(nameof(options), _options.Threshold, "The threshold must be above 0 and at most 1.");
        if (_options.EdgeFloor is <= 0 or > 1 || double.IsNaN(_options.EdgeFloor))
            throw new ArgumentOutOfRangeException(nameof(options), _options.EdgeFloor, "The edge floor must be above 0 and at most 1.");
        if (_options.Neighbours < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Neighbours, "Each text must keep at least one neighbour.");
        _analyzer = new TextAnalyzer(_options.UseSynonyms);
    }

    public SimilarityOptions Options => _options;

    /// <summary>
    /// The groups of two or more texts that say nearly the same thing, highest score first. Texts
    /// that resemble none are left out. Identifiers must be unique and not blank.
    /// </summary>
    public IReadOnlyList<ProposedGroup> Propose(IReadOnlyList<SimilarityText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i] ?? throw new ArgumentException($"Text {i + 1} is missing.", nameof(texts));
            if (string.IsNullOrWhiteSpace(t.Id)) throw new ArgumentException($"Text {i + 1} has no identifier.", nameof(texts));
            if (t.Text is null) throw new ArgumentException($"Text '{t.Id}' has no wording.", nameof(texts));
            if (!ids.Add(t.Id)) throw new ArgumentException($"The identifier '{t.Id}' is given twice; each text needs its own.", nameof(texts));
        }

        var analysed = texts.Select(t => _analyzer.Analyze(t.Text)).ToList();
        var vectors = TermVectors.Build(analysed);
        var grouping = _options.Grouping;
        var edgeThreshold = grouping == GroupingMethod.AverageLinkage ? _options.Threshold * _options.EdgeFloor : _options.Threshold;
        var pairs = SimilarPairs.Find(vectors, edgeThreshold, _options.Neighbours);
        var clusters = grouping == GroupingMethod.AverageLinkage
            ? Grouping.AverageLinkage(vectors.Multiplicity, pairs, _options.Threshold)
            : Grouping.ConnectedComponents(vectors.Vectors.Length, pairs, _options.Threshold);

        // Prototypes back to texts.
        var clusterOf = new int[vectors.Vectors.Length];
        for (var c = 0; c < clusters.Count; c++)
            foreach (var p in clusters[c]) clusterOf[p] = c;
        var textsOf = new List<int>?[clusters.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var c = clusterOf[vectors.PrototypeOf[i]];
            if (vectors.Multiplicity[vectors.PrototypeOf[i]] > 1 || clusters[c].Count > 1) (textsOf[c] ??= []).Add(i);
        }

        var proposals = new List<(ProposedGroup Group, int First)>();
        foreach (var members in textsOf)
        {
            if (members is null || members.Count < 2) continue;
            proposals.Add((Describe(texts, analysed, vectors, members), members[0]));
        }
        return proposals.OrderByDescending(p => p.Group.Score).ThenBy(p => p.First).Select(p => p.Group).ToList();
    }

    /// <summary>The similarity (0–1) of every pair of texts, weighted as in one run over <paramref name="texts"/>: for a page that explains a proposal.</summary>
    public double[,] Similarities(IReadOnlyList<string> texts)
    {
        var vectors = TermVectors.Build(texts.Select(_analyzer.Analyze).ToList());
        var s = new double[texts.Count, texts.Count];
        for (var i = 0; i < texts.Count; i++)
        for (var j = 0; j < texts.Count; j++)
            s[i, j] = vectors.TextSimilarity(i, j);
        return s;
    }

    /// <summary>
    /// Each member's summed similarity to the other members, and the sum over all pairs, computed
    /// once per pair of prototypes (a large group of template-like texts repeats few of them).
    /// </summary>
    private static double[] GroupSimilarities(TermVectors vectors, List<int> members, out double total)
    {
        var prototypes = members.Select(m => vectors.PrototypeOf[m]).Distinct().ToArray();
        var index = new Dictionary<int, int>(prototypes.Length);
        for (var i = 0; i < prototypes.Length; i++) index[prototypes[i]] = i;
        var count = new long[prototypes.Length];
        foreach (var m in members) count[index[vectors.PrototypeOf[m]]]++;

        var perPrototype = new double[prototypes.Length]; // summed similarity of one text of the prototype to all the others
        total = 0;
        for (var a = 0; a < prototypes.Length; a++)
        {
            var self = vectors.Vectors[prototypes[a]].Ids.Length > 0 ? 1.0 : 0.0;
            perPrototype[a] += (count[a] - 1) * self;
            total += count[a] * (count[a] - 1) / 2.0 * self;
            for (var b = a + 1; b < prototypes.Length; b++)
            {
                var s = vectors.Dot(prototypes[a], prototypes[b]);
                perPrototype[a] += count[b] * s;
                perPrototype[b] += count[a] * s;
                total += count[a] * count[b] * s;
            }
        }
        return members.Select(m => perPrototype[index[vectors.PrototypeOf[m]]]).ToArray();
    }

    private static ProposedGroup Describe(IReadOnlyList<SimilarityText> texts, List<List<Term>> analysed, TermVectors vectors, List<int> members)
    {
        var n = members.Count;
        var cohesion = GroupSimilarities(vectors, members, out var sum);

        // A term is shared when at least one other member has it.
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var key in analysed[m].Select(t => t.Key).Distinct())
                holders[key] = holders.GetValueOrDefault(key) + 1;

        var result = new List<GroupMember>(n);
        for (var a = 0; a < n; a++)
        {
            var text = texts[members[a]].Text;
            var shared = analysed[members[a]].Where(t => holders[t.Key] >= 2).ToList();
            result.Add(new GroupMember(texts[members[a]].Id, cohesion[a] / (n - 1), Highlights.Spans(text, shared)));
        }
        return new ProposedGroup(sum / (n * (n - 1) / 2.0), result);
    }
}
