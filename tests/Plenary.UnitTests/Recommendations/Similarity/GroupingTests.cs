using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Application.Recommendations.Similarity;

namespace Plenary.UnitTests.Recommendations.Similarity;

/// <summary>The fast paths (pruned pair search, average linkage by best partners) against the plain definitions.</summary>
public class GroupingTests
{
    private static readonly string[] Vocabulary =
        ["ransomware", "hospitals", "victims", "fraud", "extradition", "treaty", "forensic", "laboratory", "awareness", "schools", "encryption", "preservation"];

    /// <summary>Random texts over a small vocabulary, so that many share terms and some are identical.</summary>
    private static Gen<List<List<Term>>> Corpora() =>
        Gen.Choose(0, Vocabulary.Length - 1).Select(i => new Term(Vocabulary[i], 0, 0)).ListOf().Select(l => l.Take(5).ToList())
            .ListOf().Select(l => l.Take(40).ToList());

    [Property(MaxTest = 200)]
    public Property SimilarPairs_FindsExactlyThePairsThatComparingEveryPairFinds() =>
        Prop.ForAll(Corpora().ToArbitrary(), Gen.Choose(5, 90).ToArbitrary(), (texts, percent) =>
        {
            var v = TermVectors.Build(texts);
            var threshold = percent / 100.0;
            var expected = new HashSet<(int, int)>();
            for (var a = 0; a < v.Vectors.Length; a++)
            for (var b = a + 1; b < v.Vectors.Length; b++)
                if (v.Dot(a, b) >= threshold - 1e-6) expected.Add((a, b));
            var found = SimilarPairs.Find(v, threshold, Math.Max(1, v.Vectors.Length)).Select(p => (p.A, p.B)).ToHashSet();
            return found.IsSubsetOf(expected) && expected.Where(p => v.Dot(p.Item1, p.Item2) >= threshold + 1e-6).All(found.Contains);
        });

    [Fact]
    public void SimilarPairs_InADenseCorpus_KeepsOnlyEachTextsNearestPartners()
    {
        var texts = Enumerable.Range(0, 30).Select(i => new List<Term> { new("common", 0, 0), new("shared", 0, 0), new($"own{i}", 0, 0) }).ToList();
        var v = TermVectors.Build(texts);
        var pairs = SimilarPairs.Find(v, 0.1, 3);
        var degree = new int[30];
        foreach (var p in pairs) { degree[p.A]++; degree[p.B]++; }
        Assert.True(pairs.Count < 30 * 29 / 2);
        Assert.All(degree, d => Assert.InRange(d, 3, 29));
    }

    [Fact]
    public void TermVectors_GiveTextsWithTheSameTermsOnePrototype_AndEachTextWithoutTermsItsOwn()
    {
        var v = TermVectors.Build([
            [new("a1", 0, 0), new("b1", 0, 0)], [new("b1", 0, 0), new("a1", 0, 0)], [], [], [new("a1", 0, 0)],
        ]);
        Assert.Equal(v.PrototypeOf[0], v.PrototypeOf[1]);
        Assert.NotEqual(v.PrototypeOf[2], v.PrototypeOf[3]);
        Assert.Equal(1, v.TextSimilarity(0, 1), 6);
        Assert.Equal(0, v.TextSimilarity(2, 3), 6);
        Assert.Equal(4, v.Vectors.Length);
    }

    /// <summary>Average linkage as defined: merge the two groups with the highest mean over all text pairs (absent pairs 0) while it reaches the threshold.</summary>
    private static List<List<int>> NaiveAverageLinkage(int[] multiplicity, List<SimilarPair> pairs, double threshold)
    {
        var sim = new Dictionary<(int, int), double>();
        foreach (var p in pairs) sim[(p.A, p.B)] = sim[(p.B, p.A)] = p.Similarity;
        var clusters = Enumerable.Range(0, multiplicity.Length).Select(i => new List<int> { i }).ToList();
        double Mean(List<int> x, List<int> y) =>
            x.Sum(a => y.Sum(b => (double)multiplicity[a] * multiplicity[b] * sim.GetValueOrDefault((a, b)))) / (x.Sum(a => multiplicity[a]) * (double)y.Sum(b => multiplicity[b]));
        while (true)
        {
            var best = (Mean: double.MinValue, I: -1, J: -1);
            for (var i = 0; i < clusters.Count; i++)
            for (var j = i + 1; j < clusters.Count; j++)
            {
                var m = Mean(clusters[i], clusters[j]);
                if (m > best.Mean) best = (m, i, j);
            }
            if (best.I < 0 || best.Mean < threshold) return clusters;
            clusters[best.I].AddRange(clusters[best.J]);
            clusters.RemoveAt(best.J);
        }
    }

    private static Gen<(int[] Multiplicity, List<SimilarPair> Pairs)> Graphs() =>
        from n in Gen.Choose(2, 14)
        from multiplicity in Gen.Choose(1, 3).ArrayOf(n)
        from edges in Gen.Choose(0, 1_000_000).ArrayOf(n * (n - 1) / 2)
        select (multiplicity, Pairs(n, edges));

    private static List<SimilarPair> Pairs(int n, int[] draws)
    {
        var pairs = new List<SimilarPair>();
        var k = 0;
        for (var a = 0; a < n; a++)
        for (var b = a + 1; b < n; b++, k++)
            if (draws[k] % 3 != 0) pairs.Add(new SimilarPair(a, b, draws[k] / 1_000_000f));
        return pairs;
    }

    private static string Canonical(IEnumerable<List<int>> clusters) =>
        string.Join(" | ", clusters.Select(c => string.Join(",", c.Order())).Order(StringComparer.Ordinal));

    [Property(MaxTest = 300)]
    public Property AverageLinkage_GivesTheGroupsOfThePlainDefinition() =>
        Prop.ForAll(Graphs().ToArbitrary(), Gen.Choose(10, 80).ToArbitrary(), (graph, percent) =>
            Canonical(Grouping.AverageLinkage(graph.Multiplicity, graph.Pairs, percent / 100.0))
            == Canonical(NaiveAverageLinkage(graph.Multiplicity, graph.Pairs, percent / 100.0)));

    [Fact]
    public void ConnectedComponents_LinkEveryChainOfPairsAtTheThreshold()
    {
        var groups = Grouping.ConnectedComponents(5, [new(0, 1, 0.5f), new(1, 2, 0.5f), new(3, 4, 0.2f)], 0.4);
        Assert.Equal("0,1,2 | 3 | 4", Canonical(groups));
    }
}
