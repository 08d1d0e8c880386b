using BenchmarkDotNet.Attributes;
using Plenary.Application.Records;
using Plenary.Domain.Documents;

namespace Plenary.Benchmarks;

/// <summary>
/// The in-process cost of reading a record file: schema check, then building the domain objects
/// (every business rule), then writing the normal form back. No store involved.
/// </summary>
[MemoryDiagnoser]
public class RecordBenchmarks
{
    private string _demo = "";
    private RecordFile _file = null!;

    [GlobalSetup]
    public void Setup()
    {
        _demo = File.ReadAllText(Repo.DemoRecord);
        _file = RecordJson.Deserialize(_demo);
    }

    [Benchmark(Description = "Schema check of the demo record")]
    public int ValidateSchema() => RecordSchema.Validate(_demo).Count;

    [Benchmark(Description = "Build the demo record through the domain")]
    public int Build() => new RecordBuilder().Build(_file)!.Meetings.Count;

    [Benchmark(Description = "Build and write the normal form")]
    public int BuildAndSerialise()
    {
        var built = new RecordBuilder().Build(_file)!;
        return RecordJson.Serialize(RecordMapper.ToRecord(built.Body, null, built.Meetings, built.Documents, procedures: built.Procedures)).Length;
    }

    [Benchmark(Description = "Parse 10 document symbols")]
    public static int ParseSymbols()
    {
        var n = 0;
        foreach (var s in Symbols) n += DocumentSymbol.Create(s).Value.Length;
        return n;
    }

    private static readonly string[] Symbols =
    [
        "A/RES/65/230", "E/CN.15/2018/12", "UNODC/CCPCJ/EG.4/2021/CRP.1", "UNODC/CCPCJ/EG.4/2020/INF/1", "A/74/PV.52",
        "E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9", "A/AC.291/22/Rev.3", "E/CN.15/2017/CRP.5", "A/C.3/74/L.11/Rev.1", "S/RES/1373",
    ];
}

internal static class Repo
{
    public static string DemoRecord => Path.Combine(Root, "data", "demo", "eg-cybercrime.json");

    /// <summary>The folder that holds Plenary.sln.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Plenary.sln"))) return dir.FullName;
            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }
    }
}
