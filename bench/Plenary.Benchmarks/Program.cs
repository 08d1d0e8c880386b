using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Plenary.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
