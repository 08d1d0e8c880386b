using System.Diagnostics;
using System.Globalization;
using Plenary.Application.Recommendations.Similarity;

namespace Plenary.Benchmarks.Similarity;

/// <summary>
/// The similarity assistant's calibration and timing, outside BenchmarkDotNet:
/// <c>similarity calibrate SET.tsv</c> sweeps thresholds and variants and reports the held-out and
/// cross-validated figures; <c>similarity time CORPUS.tsv [RUNS]</c> times one grouping the way
/// <c>sklearn_group.py</c> times itself (bench/similarity/compare.sh runs both side by side).
/// </summary>
internal static class SimilarityTool
{
    public static int Run(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return args switch
        {
            ["calibrate", var set] => Calibrate(SimilarityEvaluation.ReadLabelledSet(set)),
            ["time", var corpus] => Time(corpus, 5, null),
            ["time", var corpus, var runs] => Time(corpus, int.Parse(runs), null),
            ["time", var corpus, var runs, var threshold] => Time(corpus, int.Parse(runs), double.Parse(threshold)),
            ["threshold"] => PrintThreshold(),
            ["profile", var corpus, var threshold] => Profile(corpus, double.Parse(threshold)),
            _ => Usage(),
        };
    }

    private static int PrintThreshold()
    {
        Console.WriteLine(SimilarityOptions.CalibratedThreshold.ToString("0.00", CultureInfo.InvariantCulture));
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: similarity calibrate SET.tsv | similarity time CORPUS.tsv [RUNS] [THRESHOLD]");
        return 1;
    }

    private static readonly IReadOnlyList<double> Grid = SimilarityEvaluation.ThresholdGrid;

    private static readonly (string Name, SimilarityOptions Options)[] Variants =
    [
        ("stems, connected components", new SimilarityOptions { UseSynonyms = false, Grouping = GroupingMethod.ConnectedComponents }),
        ("stems, average linkage", new SimilarityOptions { UseSynonyms = false }),
        ("stems + synonyms, connected components", new SimilarityOptions { Grouping = GroupingMethod.ConnectedComponents }),
        ("stems + synonyms, average linkage (floor 0.3)", new SimilarityOptions { EdgeFloor = 0.3 }),
        ("stems + synonyms, average linkage (floor 0.5)", new SimilarityOptions { EdgeFloor = 0.5 }),
        ("stems + synonyms, average linkage (floor 0.7)", new SimilarityOptions { EdgeFloor = 0.7 }),
        ("stems + synonyms, average linkage (floor 1.0)", new SimilarityOptions { EdgeFloor = 1.0 }),
    ];

    /// <summary>
    /// The assistant reads no label, so it always runs on the whole set; the labels are split by
    /// group and a pair of texts belongs to the side of its first text. Held-out half: the threshold
    /// is the best on the pairs of the calibration half (groups 1st, 3rd, 5th ... in order of
    /// appearance) and is reported on the pairs of the held-out half. Cross-validation: groups dealt
    /// into five folds; each fold is scored at the threshold that is best on the pairs of the other
    /// folds; counts are pooled.
    /// </summary>
    private static int Calibrate(List<LabelledText> set)
    {
        var groups = set.Select(t => t.Group).Distinct().ToList();
        var calibration = SimilarityEvaluation.Fold(set, 0);
        var heldOut = SimilarityEvaluation.Fold(set, 1);
        var calibrationTexts = Enumerable.Range(0, set.Count).Count(i => calibration(i, i));
        Console.WriteLine($"labelled set: {set.Count} texts, {groups.Count} groups, {set.Count(t => set.Count(u => u.Group == t.Group) == 1)} singletons; " +
            $"calibration half {calibrationTexts} texts, held-out half {set.Count - calibrationTexts} texts");
        Console.WriteLine();
        Console.WriteLine("| variant | threshold chosen on the calibration half | its F1 there | held-out half P / R / F1 | 5-fold CV P / R / F1 | whole set at that threshold P / R / F1 | whole set, best threshold (in-sample) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, options) in Variants)
        {
            var (t, onCalibration) = SimilarityEvaluation.BestThreshold(set, options, calibration);
            var run = SimilarityEvaluation.Propose(new SimilarityAssistant(options with { Threshold = t }), set);
            var held = SimilarityEvaluation.Score(set, run, heldOut);
            var cv = new PairwiseScore(0, 0, 0);
            for (var fold = 0; fold < 5; fold++)
            {
                var test = SimilarityEvaluation.Fold(set, fold, 5);
                var (foldT, _) = SimilarityEvaluation.BestThreshold(set, options, (i, j) => !test(i, j));
                cv += SimilarityEvaluation.Score(set, SimilarityEvaluation.Propose(new SimilarityAssistant(options with { Threshold = foldT }), set), test);
            }
            var whole = SimilarityEvaluation.Score(set, run);
            var (bestT, bestWhole) = SimilarityEvaluation.BestThreshold(set, options);
            Console.WriteLine($"| {name} | {t:0.00} | {onCalibration.F1:0.000} | {Prf(held)} | {Prf(cv)} | {Prf(whole)} | {bestWhole.F1:0.000} at {bestT:0.00} |");
        }
        Console.WriteLine();
        Console.WriteLine("Sweep on the whole set (default variant):");
        foreach (var t in Grid.Where((_, i) => i % 5 == 0))
            Console.WriteLine($"  {t:0.00}: {SimilarityEvaluation.Score(new SimilarityAssistant(new SimilarityOptions { Threshold = t }), set)}");
        return 0;
    }

    private static string Prf(PairwiseScore s) => $"{s.Precision:0.000} / {s.Recall:0.000} / {s.F1:0.000}";

    private static int Profile(string corpus, double threshold)
    {
        var texts = SimilarityEvaluation.ReadLabelledSet(corpus).Select(t => t.Text).ToList();
        foreach (var synonyms in new[] { false, true })
        for (var round = 0; round < 2; round++)
        {
            var analyzer = new TextAnalyzer(synonyms);
            var sw = Stopwatch.StartNew();
            var analysed = texts.Select(analyzer.Analyze).ToList();
            var a = sw.Elapsed.TotalMilliseconds;
            var vectors = TermVectors.Build(analysed);
            var b = sw.Elapsed.TotalMilliseconds;
            var pairs = SimilarPairs.Find(vectors, threshold * 0.5, 30);
            var c = sw.Elapsed.TotalMilliseconds;
            var groups = Grouping.AverageLinkage(vectors.Multiplicity, pairs, threshold);
            var d = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"synonyms={synonyms} analyse {a:0} ms, vectors {b - a:0} ms, pairs {c - b:0} ms ({pairs.Count} pairs), average linkage {d - c:0} ms ({groups.Count(g => g.Count > 1)} groups); terms {vectors.TermCount}, prototypes {vectors.Vectors.Length}, mean length {vectors.Vectors.Average(v => v.Ids.Length):0.0}");
        }
        return 0;
    }

    private static int Time(string corpus, int runs, double? threshold)
    {
        var set = SimilarityEvaluation.ReadLabelledSet(corpus);
        var texts = set.Select((t, i) => new SimilarityText(i.ToString(CultureInfo.InvariantCulture), t.Text)).ToList();
        var assistant = new SimilarityAssistant(threshold is { } t ? new SimilarityOptions { Threshold = t } : null);
        // Warm-up, as BenchmarkDotNet would: the JIT's optimizing tier and the stem cache (at most 40 runs or 3 s).
        var warm = Stopwatch.StartNew();
        for (var w = 0; w < 40 && warm.Elapsed.TotalSeconds < 3; w++) assistant.Propose(texts);
        var times = new List<double>();
        IReadOnlyList<ProposedGroup> groups = [];
        for (var r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            groups = assistant.Propose(texts);
            times.Add(sw.Elapsed.TotalSeconds);
        }
        times.Sort();
        var score = SimilarityEvaluation.Score(set, groups.Select(g => g.Members.Select(m => int.Parse(m.Id, CultureInfo.InvariantCulture)).ToList()).ToList());
        Console.WriteLine($"n={texts.Count} seconds={times[times.Count / 2]:0.000} min={times[0]:0.000} proposals={groups.Count} precision={score.Precision:0.000} recall={score.Recall:0.000}");
        return 0;
    }
}
