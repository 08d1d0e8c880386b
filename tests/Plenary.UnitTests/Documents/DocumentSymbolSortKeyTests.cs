using Plenary.Domain.Documents;

namespace Plenary.UnitTests.Documents;

/// <summary>
/// The register is sorted by the store on <see cref="DocumentSymbol.SortKey"/>: its byte order must be the
/// order of <see cref="DocumentSymbol.CompareTo"/> for every pair, or a page of the register would list
/// documents in another order than the symbols give.
/// </summary>
public class DocumentSymbolSortKeyTests
{
    private static readonly string[] Organs = ["A", "E", "S", "A/HRC", "A/C.3", "A/AC.291", "E/CN.15", "E/CN.7", "UNODC/CCPCJ/EG.4", "UNODC/CCPCJ/EG.10", "UNEP/EA.5", "CTOC/COP/WG.2", "FCCC/CP"];
    private static readonly string[] Middles = ["", "/2019", "/2020", "/2021", "/9", "/10", "/74", "/100", "/ES-10", "/S-26", "/2013"];
    private static readonly string[] Specials = ["", "/CRP.", "/L.", "/INF/", "/RES/", "/PV.", "/Misc.", "/NGO/", "/SR.", "/WP."];
    private static readonly string[] Numbers = ["1", "2", "3", "9", "10", "11", "19", "100", "230", "1373", "2005", "07"];
    private static readonly string[] Finals = ["", "/Add.1", "/Add.2", "/Add.10", "/Rev.1", "/Rev.2", "/Corr.1", "/Rev.1/Corr.1", "/Add.1/Rev.1", "/Amend.1", "/Summary"];

    private static List<DocumentSymbol> Corpus(int seed, int count)
    {
        var random = new Random(seed);
        var symbols = new Dictionary<string, DocumentSymbol>(StringComparer.Ordinal);
        while (symbols.Count < count)
        {
            string Pick(string[] from) => from[random.Next(from.Length)];
            var text = Pick(Organs) + Pick(Middles) + (Pick(Specials) is { Length: > 0 } special ? special : "/") + Pick(Numbers) + Pick(Finals);
            if (DocumentSymbol.TryCreate(text, out var symbol, out _)) symbols.TryAdd(symbol!.Value, symbol);
        }
        return symbols.Values.ToList();
    }

    [Theory]
    [InlineData(20261127)]
    [InlineData(7)]
    [InlineData(2021)]
    public void EveryPair_OrdersByTheKeyAsByTheSymbol(int seed)
    {
        var symbols = Corpus(seed, 250);
        foreach (var a in symbols)
            foreach (var b in symbols)
                Assert.True(Math.Sign(string.CompareOrdinal(a.SortKey, b.SortKey)) == Math.Sign(a.CompareTo(b)),
                    $"seed {seed}: {a.Value} against {b.Value}: the symbols compare {Math.Sign(a.CompareTo(b))}, their keys {Math.Sign(string.CompareOrdinal(a.SortKey, b.SortKey))}");
    }

    [Fact]
    public void NumbersSortByValue_AndAnAddendumAfterItsDocument_AndAJointSymbolByItsFirstPart()
    {
        var ordered = new[] { "E/CN.15/2019/9", "E/CN.15/2019/10", "E/CN.15/2019/10/Add.1", "E/CN.15/2019/10/Add.2", "E/CN.15/2019/10/Add.10", "E/CN.15/2019/CRP.1", "E/CN.15/2020/1" }
            .Select(DocumentSymbol.Create).ToList();
        Assert.Equal(ordered.Select(s => s.Value), ordered.AsEnumerable().Reverse().OrderBy(s => s.SortKey, StringComparer.Ordinal).Select(s => s.Value));
        var joint = DocumentSymbol.Create("A/74/1-S/2019/2");
        Assert.True(string.CompareOrdinal(DocumentSymbol.Create("A/74/1").SortKey, joint.SortKey) < 0);
        Assert.True(string.CompareOrdinal(joint.SortKey, DocumentSymbol.Create("A/74/2").SortKey) < 0);
    }
}
