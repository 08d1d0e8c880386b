using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Plenary.Application.Recommendations.Similarity;

namespace Plenary.Benchmarks.Similarity;

/// <summary>
/// The similarity assistant proposing groups, warm and in-process, on the labelled set and on
/// corpora of 1,000 and 10,000 texts from the shared generator (<c>gen_corpus.py</c>, made on the
/// fly with python3). Budgets (README): under 200 ms for 1,000 texts and under 3 s for 10,000, and
/// faster than the scikit-learn baseline run in the same session (bench/similarity/compare.sh).
/// </summary>
[MemoryDiagnoser]
public class SimilarityBenchmarks
{
    private readonly SimilarityAssistant _assistant = new();
    private List<SimilarityText> _texts = [];

    [Params("labelled set", "1000", "10000")]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Corpus == "labelled set" ? Path.Combine(Repo.Root, "data", "similarity", "labelled-set.tsv") : Generate(int.Parse(Corpus));
        _texts = SimilarityEvaluation.ReadLabelledSet(path).Select((t, i) => new SimilarityText(i.ToString(), t.Text)).ToList();
    }

    [Benchmark(Description = "Propose groups")]
    public int Propose() => _assistant.Propose(_texts).Count;

    private static string Generate(int n)
    {
        var generator = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "bench", "gen_corpus.py"));
        generator = Environment.GetEnvironmentVariable("PLENARY_GEN_CORPUS") ?? generator;
        if (!File.Exists(generator)) throw new InvalidOperationException($"No corpus generator at {generator}; set PLENARY_GEN_CORPUS to shared/bench/gen_corpus.py.");
        var output = Path.Combine(Path.GetTempPath(), $"plenary-similarity-{n}.tsv");
        using var p = Process.Start(new ProcessStartInfo("python3", [generator, n.ToString(), output]) { UseShellExecute = false })!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"gen_corpus.py exited with {p.ExitCode}.");
        return output;
    }
}
