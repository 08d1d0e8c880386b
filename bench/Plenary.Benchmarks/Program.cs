using BenchmarkDotNet.Running;
using Plenary.Benchmarks.Similarity;

// dotnet run -c Release --project bench/Plenary.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Plenary.Benchmarks -- similarity calibrate data/similarity/labelled-set.tsv
if (args is ["similarity", .. var rest]) return SimilarityTool.Run(rest);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;
