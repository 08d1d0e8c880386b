using Plenary.Domain;
using Plenary.Domain.Documents;

namespace Plenary.UnitTests.Documents;

public sealed class DocumentSymbolTests
{
    // Symbols of documents the UN has issued, already in normalised form.
    public static TheoryData<string> RealSymbols =>
    [
        // From our source documents.
        "A/RES/65/230",
        "A/RES/70/174",
        "A/RES/74/173",
        "A/RES/74/247",
        "E/CN.15/2011/19",
        "E/CN.15/2018/12",
        "E/CN.15/2017/CRP.5",
        "UNODC/CCPCJ/EG.4/2013/3",
        "UNODC/CCPCJ/EG.4/2017/4",
        "UNODC/CCPCJ/EG.4/2018/CRP.1",
        "UNODC/CCPCJ/EG.4/2019/2",
        "UNODC/CCPCJ/EG.4/2020/2",
        "UNODC/CCPCJ/EG.4/2020/1",
        "UNODC/CCPCJ/EG.4/2020/INF/1",
        "UNODC/CCPCJ/EG.4/2021/CRP.1",
        "E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9",

        // General Assembly resolutions, including special and emergency special sessions.
        "A/RES/70/1",
        "A/RES/75/282",
        "A/RES/73/187",
        "A/RES/55/25",
        "A/RES/58/4",
        "A/RES/51/216",
        "A/RES/ES-10/19",
        "A/RES/S-26/2",

        // General Assembly documents, records and drafts.
        "A/74/PV.52",
        "A/C.3/74/L.11",
        "A/C.4/64/SR.22",
        "A/75/L.55",
        "A/70/L.1",
        "A/57/100",
        "A/57/50/Rev.1",
        "A/56/120/Rev.1",
        "A/51/643/Add.2",
        "A/64/13/Add.1",
        "A/59/2005",
        "A/59/2005/Add.3",
        "A/65/260/Corr.1",
        "A/AC.109/2019/L.18",
        "A/CONF.213/18",
        "A/CONF.183/9",

        // Ad Hoc Committee on the cybercrime convention.
        "A/AC.291/6",
        "A/AC.291/7",
        "A/AC.291/27",
        "A/AC.291/22/Rev.3",
        "A/AC.291/24/Add.1",
        "A/AC.291/25/Rev.1",

        // Human Rights Council.
        "A/HRC/17/31",
        "A/HRC/RES/17/4",
        "A/HRC/20/23/Corr.1",

        // Security Council, and a joint General Assembly / Security Council report.
        "S/RES/1373",
        "S/2004/616",
        "S/2000/809",
        "A/55/305-S/2000/809",

        // Economic and Social Council and its commissions.
        "E/2019/30",
        "E/RES/2019/19",
        "E/CN.4/1998/53/Add.2",
        "E/CN.4/Sub.2/2003/12/Rev.2",

        // Treaty bodies.
        "CCPR/C/GC/36",
        "CCPR/C/21/Rev.1/Add.13",
        "CERD/C/AUS/CO/18-20",
        "CERD/C/SR.2596",

        // Conferences of the parties and the Secretariat.
        "CTOC/COP/2020/1",
        "CAC/COSP/2021/3",
        "ST/SGB/2003/13",
        "ST/AI/2010/3",
        "FCCC/CP/2015/10/Add.1",
        "FCCC/CP/2015/L.9/Rev.1",
        "FCCC/CP/2016/10",
        "UNEP/CBD/COP/10/L.1/Add.1",
    ];

    [Theory]
    [MemberData(nameof(RealSymbols))]
    public void Create_WithRealUnSymbol_ParsesAndRoundTrips(string symbol)
    {
        var parsed = DocumentSymbol.Create(symbol);

        Assert.Equal(symbol, parsed.Value);
        Assert.Equal(symbol, parsed.ToString());
        Assert.Equal(parsed, DocumentSymbol.Create(parsed.Value));
    }

    [Theory]
    [MemberData(nameof(RealSymbols))]
    public void TryCreate_WithRealUnSymbol_SucceedsWithoutError(string symbol)
    {
        var ok = DocumentSymbol.TryCreate(symbol, out var parsed, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal(symbol, parsed!.Value);
    }

    [Fact]
    public void RealSymbols_AreAtLeastFortyFive()
    {
        Assert.True(RealSymbols.Count >= 45);
    }

    [Theory]
    [InlineData("A/RES/65/230", "A", null, 65, null, "RES", "230", "")]
    [InlineData("A/RES/70/174", "A", null, 70, null, "RES", "174", "")]
    [InlineData("E/RES/2019/19", "E", 2019, null, null, "RES", "19", "")]
    [InlineData("S/RES/1373", "S", null, null, null, "RES", "1373", "")]
    [InlineData("A/HRC/RES/17/4", "A/HRC", null, 17, null, "RES", "4", "")]
    [InlineData("A/RES/ES-10/19", "A", null, null, "ES-10", "RES", "19", "")]
    [InlineData("A/RES/S-26/2", "A", null, null, "S-26", "RES", "2", "")]
    [InlineData("E/CN.15/2011/19", "E/CN.15", 2011, null, null, null, "19", "")]
    [InlineData("E/CN.15/2017/CRP.5", "E/CN.15", 2017, null, null, "CRP", "5", "")]
    [InlineData("E/CN.15/2019/SR.3", "E/CN.15", 2019, null, null, "SR", "3", "")]
    [InlineData("E/CN.15/2019/NGO/1", "E/CN.15", 2019, null, null, "NGO", "1", "")]
    [InlineData("E/CN.7/2019/CRP.13", "E/CN.7", 2019, null, null, "CRP", "13", "")]
    [InlineData("UNODC/CCPCJ/EG.4/2021/CRP.1", "UNODC/CCPCJ/EG.4", 2021, null, null, "CRP", "1", "")]
    [InlineData("UNODC/CCPCJ/EG.4/2020/INF/1", "UNODC/CCPCJ/EG.4", 2020, null, null, "INF", "1", "")]
    [InlineData("UNODC/CCPCJ/EG.4/2013/3", "UNODC/CCPCJ/EG.4", 2013, null, null, null, "3", "")]
    [InlineData("UNODC/CCPCJ/EG.4/2021/Misc.1", "UNODC/CCPCJ/EG.4", 2021, null, null, "Misc", "1", "")]
    [InlineData("A/74/PV.52", "A", null, 74, null, "PV", "52", "")]
    [InlineData("A/C.3/74/L.11", "A/C.3", null, 74, null, "L", "11", "")]
    [InlineData("A/59/2005/Add.3", "A", null, 59, null, null, "2005", "Add.3")]
    [InlineData("A/AC.291/22/Rev.3", "A/AC.291", null, null, null, null, "22", "Rev.3")]
    [InlineData("A/AC.291/24/Add.1", "A/AC.291", null, null, null, null, "24", "Add.1")]
    [InlineData("A/65/100/Add.2/Rev.3", "A", null, 65, null, null, "100", "Add.2|Rev.3")]
    [InlineData("A/65/260/Rev.1/Corr.1", "A", null, 65, null, null, "260", "Rev.1|Corr.1")]
    [InlineData("A/65/260/Amend.1", "A", null, 65, null, null, "260", "Amend.1")]
    [InlineData("A/65/100/Summary", "A", null, 65, null, null, "100", "Summary")]
    [InlineData("CCPR/C/21/Rev.1/Add.13", "CCPR/C", null, null, null, null, "21", "Rev.1|Add.13")]
    [InlineData("CCPR/C/GC/36", "CCPR/C/GC", null, null, null, null, "36", "")]
    [InlineData("CERD/C/AUS/CO/18-20", "CERD/C/AUS/CO", null, null, null, null, "18-20", "")]
    [InlineData("E/CN.4/Sub.2/2003/12/Rev.2", "E/CN.4/Sub.2", 2003, null, null, null, "12", "Rev.2")]
    [InlineData("ST/SGB/2003/13", "ST/SGB", 2003, null, null, null, "13", "")]
    [InlineData("S/PRST/2019/1", "S", 2019, null, null, "PRST", "1", "")]
    [InlineData("CBD/COP/DEC/14/1", "CBD/COP", null, 14, null, "DEC", "1", "")]
    [InlineData("UNEP/CBD/COP/10/L.1/Add.1", "UNEP/CBD/COP", null, 10, null, "L", "1", "Add.1")]
    [InlineData("CTOC/COP/2020/1", "CTOC/COP", 2020, null, null, null, "1", "")]
    [InlineData("CAC/COSP/2021/3", "CAC/COSP", 2021, null, null, null, "3", "")]
    [InlineData("ECE/TRANS/WP.29/2019/1", "ECE/TRANS/WP.29", 2019, null, null, null, "1", "")]
    public void Create_ExtractsEachComponent(
        string input, string organ, int? year, int? session, string? specialSession, string? special, string number, string finals)
    {
        var symbol = DocumentSymbol.Create(input);

        Assert.Equal(organ, symbol.Organ);
        Assert.Equal(year, symbol.Year);
        Assert.Equal(session, symbol.Session);
        Assert.Equal(specialSession, symbol.SpecialSession);
        Assert.Equal(special, symbol.Special);
        Assert.Equal(number, symbol.Number);
        Assert.Equal(finals.Length == 0 ? [] : finals.Split('|'), symbol.FinalComponents);
        Assert.False(symbol.IsJoint);
        Assert.Empty(symbol.JointParts);
    }

    public static TheoryData<string?, string> MalformedSymbols => new()
    {
        { null, "is empty" },
        { "", "is empty" },
        { "   ", "is empty" },
        { "A/" + new string('1', 99), "is 101 characters long; the limit is 100" },
        { "A/RES/65/230#", "contains the illegal character '#'" },
        { "A/RES/65/230;", "contains the illegal character ';'" },
        { "A/RES/65/230É", "contains the illegal character 'É'" },
        { "A/RES/65 230", "contains a space inside a component" },
        { "/A/RES/65/230", "begins with a slash" },
        { "A/RES/65/230/", "ends with a slash" },
        { "A//RES/65/230", "has an empty component between two slashes" },
        { "A/./65/230", "has a component that is only a dot ('.')" },
        { "A/Add.1", "has the final component 'Add.1' before any document number" },
        { "A/Rev.1/65/100", "has the final component 'Rev.1' before any document number" },
        { "A/65/100/Rev.", "has the final component 'Rev.' with no number" },
        { "A/65/100/Rev", "has the final component 'Rev' with no number" },
        { "A/65/100/Rev.0", "the numbering of 'Rev.' starts at 1" },
        { "A/65/100/Add.x", "malformed final component 'Add.X'; 'Add.' must be followed by a whole number" },
        { "A/65/100/Rev1", "malformed final component 'Rev1'" },
        { "A/65/100/Summary.1", "'Summary' takes no number" },
        { "A/65/100/Rev.1/Rev.2", "repeats 'Rev' in a row ('Rev.1/Rev.2')" },
        { "A/65/100/Add.1/Add.1", "repeats 'Add' in a row" },
        { "E/CN.15/2019/CRP.9-", "ends with a hyphen that joins nothing" },
        { "-E/CN.15/2019/CRP.9", "begins with a hyphen that joins nothing" },
        { "E/CN.7/2019/CRP.13--E/CN.15/2019/CRP.9", "has two hyphens in a row" },
        { "A/RES/65/230-A/RES/65/230", "joins the same symbol to itself" },
        { "UNODC/CCPCJ/EG.4/2021/CRP.", "has the special component 'CRP.' with no number after it" },
        { "A/C.3/74/L", "has the special component 'L' with no number after it" },
        { "UNODC/CCPCJ/EG.4/2020/INF", "has the special component 'INF' with no number after it" },
        { "A/C.3/74/L.x", "malformed special component 'L.X'" },
        { "A", "is only an organ ('A')" },
        { "E/CN.15", "does not end with a document number; 'CN.15' is not a serial" },
        { "E/CN.15/1945/3", "has the year 1945, which is not between 1946 and 2100" },
        { "UNODC/CCPCJ/EG.4/2101/1", "has the year 2101, which is not between 1946 and 2100" },
        { "65/230", "must begin with an organ such as 'A', 'S', 'E' or 'UNODC'; '65' is not an organ" },
        { "RES/65/230", "'RES' is not an organ" },
        { "E/CN./2019/1", "has the malformed component 'CN.'" },
        { "A/ABC-10/1", "has a hyphen inside 'ABC-10'" },
        { "A/RES/65/230/1", "has the special component 'RES' out of place" },
        { "https://undocs.org/", "is an undocs.org link with no symbol after it" },
    };

    [Theory]
    [MemberData(nameof(MalformedSymbols))]
    public void Create_WhenMalformed_IsRefusedNamingTheInputAndTheRule(string? input, string rule)
    {
        var error = Assert.Throws<DomainException>(() => DocumentSymbol.Create(input));

        Assert.Equal("symbol.invalid", error.Code);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Document symbol '{Shown(input)}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedSymbols))]
    public void TryCreate_WhenMalformed_ReturnsFalseWithTheSameMessage(string? input, string rule)
    {
        var ok = DocumentSymbol.TryCreate(input, out var symbol, out var error);

        Assert.False(ok);
        Assert.Null(symbol);
        Assert.Contains(rule, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenComponentIsEmpty_IsRefusedNamingTheProblem()
    {
        var error = Assert.Throws<DomainException>(() => DocumentSymbol.Create("A//RES/65/230"));

        Assert.Equal("symbol.invalid", error.Code);
        Assert.Equal("Document symbol 'A//RES/65/230' has an empty component between two slashes.", error.Message);
    }

    [Fact]
    public void Create_WhenInputIsVeryLong_QuotesOnlyItsBeginning()
    {
        var input = "A/RES/" + new string('9', 5000);

        var error = Assert.Throws<DomainException>(() => DocumentSymbol.Create(input));

        Assert.Contains("characters long; the limit is 100", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 200);
    }

    [Fact]
    public void Create_WhenInputHasControlCharacter_IsRefusedWithPrintableMessage()
    {
        var error = Assert.Throws<DomainException>(() => DocumentSymbol.Create("A/RES/65/230\u0007"));

        Assert.Equal("Document symbol 'A/RES/65/230?' contains the illegal character U+0007; only letters, digits, '/', '.' and '-' are allowed.", error.Message);
    }

    [Fact]
    public void Create_WhenOneJointPartIsMalformed_IsRefusedNamingTheWholeInput()
    {
        var error = Assert.Throws<DomainException>(() => DocumentSymbol.Create("E/CN.7/2019/CRP.13-E/CN.15/2019/CRP."));

        Assert.Contains("'E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.'", error.Message, StringComparison.Ordinal);
        Assert.Contains("special component 'CRP.' with no number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/res/65/230", "A/RES/65/230")]
    [InlineData("  A/RES/65/230  ", "A/RES/65/230")]
    [InlineData("\tA/RES/65/230\u00A0", "A/RES/65/230")]
    [InlineData("A / RES / 65 / 230", "A/RES/65/230")]
    [InlineData("e/cn.15/2019/l.3/rev.1", "E/CN.15/2019/L.3/Rev.1")]
    [InlineData("A/59/2005/ADD.3", "A/59/2005/Add.3")]
    [InlineData("a/65/260/rev.1/corr.1", "A/65/260/Rev.1/Corr.1")]
    [InlineData("A/65/260/AMEND.1", "A/65/260/Amend.1")]
    [InlineData("A/65/100/SUMMARY", "A/65/100/Summary")]
    [InlineData("unodc/ccpcj/eg.4/2021/misc.1", "UNODC/CCPCJ/EG.4/2021/Misc.1")]
    [InlineData("E/CN.4/SUB.2/2003/12/REV.2", "E/CN.4/Sub.2/2003/12/Rev.2")]
    [InlineData("a/res/es-10/19", "A/RES/ES-10/19")]
    [InlineData("https://undocs.org/A/RES/65/230", "A/RES/65/230")]
    [InlineData("http://undocs.org/en/A/RES/70/174", "A/RES/70/174")]
    [InlineData("undocs.org/en/E/CN.15/2018/12", "E/CN.15/2018/12")]
    [InlineData("https://undocs.org/fr/S/2004/616", "S/2004/616")]
    [InlineData("HTTPS://UNDOCS.ORG/a/res/74/247", "A/RES/74/247")]
    [InlineData("https://www.undocs.org/UNODC/CCPCJ/EG.4/2020/INF/1", "UNODC/CCPCJ/EG.4/2020/INF/1")]
    [InlineData("E/CN.7/2019/CRP.13 - E/CN.15/2019/CRP.9", "E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9")]
    [InlineData("e/cn.7/2019/crp.13 -e/cn.15/2019/crp.9", "E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9")]
    public void Create_NormalisesCaseWhitespaceAndPastedLinks(string input, string expected)
    {
        Assert.Equal(expected, DocumentSymbol.Create(input).Value);
    }

    [Fact]
    public void ResolverLink_PointsAtUndocs()
    {
        var symbol = DocumentSymbol.Create("A/RES/65/230");

        Assert.Equal("https://undocs.org/A/RES/65/230", symbol.ResolverLink.AbsoluteUri);
    }

    [Fact]
    public void ResolverLink_OfPastedLink_IsTheCanonicalLink()
    {
        var symbol = DocumentSymbol.Create("undocs.org/en/unodc/ccpcj/eg.4/2021/crp.1");

        Assert.Equal("https://undocs.org/UNODC/CCPCJ/EG.4/2021/CRP.1", symbol.ResolverLink.AbsoluteUri);
    }

    [Fact]
    public void ResolverLink_OfJointSymbol_IsTheFirstSymbolsLink()
    {
        var symbol = DocumentSymbol.Create("E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9");

        Assert.Equal("https://undocs.org/E/CN.7/2019/CRP.13", symbol.ResolverLink.AbsoluteUri);
    }

    [Fact]
    public void Create_WithJointSymbol_ExposesBothParts()
    {
        var symbol = DocumentSymbol.Create("E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9");

        Assert.True(symbol.IsJoint);
        Assert.Collection(
            symbol.JointParts,
            first => Assert.Equal("E/CN.7/2019/CRP.13", first.Value),
            second => Assert.Equal("E/CN.15/2019/CRP.9", second.Value));
        Assert.All(symbol.JointParts, part => Assert.False(part.IsJoint));
    }

    [Fact]
    public void Create_WithJointSymbol_DescribesItselfThroughItsFirstPart()
    {
        var symbol = DocumentSymbol.Create("A/55/305-S/2000/809");

        Assert.Equal("A", symbol.Organ);
        Assert.Equal(55, symbol.Session);
        Assert.Equal("305", symbol.Number);
        Assert.Equal("S", symbol.JointParts[1].Organ);
        Assert.Equal(2000, symbol.JointParts[1].Year);
    }

    [Fact]
    public void CompareTo_OrdersBySessionNumerically()
    {
        var earlier = DocumentSymbol.Create("A/RES/65/230");
        var later = DocumentSymbol.Create("A/RES/70/174");

        Assert.True(earlier.CompareTo(later) < 0);
        Assert.True(later.CompareTo(earlier) > 0);
        Assert.True(earlier < later);
    }

    [Fact]
    public void CompareTo_OrdersSerialNumbersNumericallyNotAlphabetically()
    {
        var two = DocumentSymbol.Create("UNODC/CCPCJ/EG.4/2020/2");
        var twelve = DocumentSymbol.Create("UNODC/CCPCJ/EG.4/2020/12");

        Assert.True(two.CompareTo(twelve) < 0);
        Assert.True(string.CompareOrdinal(two.Value, twelve.Value) > 0);
    }

    [Fact]
    public void Sorting_FollowsOrganThenYearOrSessionThenNumberThenFinalComponents()
    {
        string[] expected =
        [
            "A/RES/65/230",
            "A/RES/70/174",
            "A/RES/74/173",
            "A/RES/74/247",
            "A/AC.291/7",
            "A/AC.291/22",
            "A/AC.291/22/Rev.1",
            "A/AC.291/22/Rev.3",
            "E/CN.7/2019/CRP.13",
            "E/CN.15/2011/19",
            "E/CN.15/2017/CRP.5",
            "E/CN.15/2018/12",
            "UNODC/CCPCJ/EG.4/2020/1",
            "UNODC/CCPCJ/EG.4/2020/2",
            "UNODC/CCPCJ/EG.4/2020/12",
            "UNODC/CCPCJ/EG.4/2021/CRP.1",
        ];
        var shuffled = Enumerable.Reverse(expected).Select(DocumentSymbol.Create).ToList();

        shuffled.Sort();

        Assert.Equal(expected, shuffled.Select(s => s.Value));
    }

    [Fact]
    public void CompareTo_PlacesDocumentBeforeItsAddendaAndRevisions()
    {
        var document = DocumentSymbol.Create("A/65/100");
        var addendum = DocumentSymbol.Create("A/65/100/Add.1");
        var revisedAddendum = DocumentSymbol.Create("A/65/100/Add.1/Rev.1");
        var secondAddendum = DocumentSymbol.Create("A/65/100/Add.2");

        Assert.True(document < addendum);
        Assert.True(addendum < revisedAddendum);
        Assert.True(revisedAddendum < secondAddendum);
    }

    [Fact]
    public void CompareTo_IsZeroOnlyForEqualSymbolsAndPositiveAgainstNull()
    {
        var symbol = DocumentSymbol.Create("A/RES/65/230");

        Assert.Equal(0, symbol.CompareTo(DocumentSymbol.Create("a/res/65/230")));
        Assert.True(symbol.CompareTo(null) > 0);
        Assert.NotEqual(0, DocumentSymbol.Create("A/RES/65/230").CompareTo(DocumentSymbol.Create("A/65/230")));
    }

    [Fact]
    public void Equality_IsByNormalisedValue()
    {
        var typed = DocumentSymbol.Create("A/RES/65/230");
        var pasted = DocumentSymbol.Create(" https://undocs.org/en/a/res/65/230 ");

        Assert.Equal(typed, pasted);
        Assert.True(typed == pasted);
        Assert.False(typed != pasted);
        Assert.Equal(typed.GetHashCode(), pasted.GetHashCode());
        Assert.Single(new HashSet<DocumentSymbol> { typed, pasted });
    }

    [Fact]
    public void Equality_DistinguishesDifferentSymbols()
    {
        var resolution = DocumentSymbol.Create("A/RES/65/230");

        Assert.NotEqual(resolution, DocumentSymbol.Create("A/RES/65/230/Corr.1"));
        Assert.NotEqual(resolution, DocumentSymbol.Create("A/65/230"));
        Assert.False(resolution.Equals(null));
        Assert.False(resolution.Equals((object)"A/RES/65/230"));
        Assert.False(resolution == null);
    }

    [Fact]
    public void WithFinalComponent_AppendsAndLeavesTheOriginalUnchanged()
    {
        var original = DocumentSymbol.Create("A/RES/65/230");

        var revised = original.WithFinalComponent("Rev.1");

        Assert.Equal("A/RES/65/230/Rev.1", revised.Value);
        Assert.Equal(["Rev.1"], revised.FinalComponents);
        Assert.Equal("A/RES/65/230", original.Value);
        Assert.Empty(original.FinalComponents);
    }

    [Fact]
    public void WithFinalComponent_NormalisesTheComponentAndExtendsAChain()
    {
        var symbol = DocumentSymbol.Create("A/65/100/Add.2");

        var revised = symbol.WithFinalComponent(" rev.3 ");

        Assert.Equal("A/65/100/Add.2/Rev.3", revised.Value);
        Assert.Equal(["Add.2", "Rev.3"], revised.FinalComponents);
    }

    [Fact]
    public void WithFinalComponent_WhenItRepeatsTheLastComponent_IsRefused()
    {
        var revised = DocumentSymbol.Create("A/AC.291/22/Rev.1");

        var error = Assert.Throws<DomainException>(() => revised.WithFinalComponent("Rev.1"));

        Assert.Equal("symbol.invalid", error.Code);
        Assert.Contains("repeats 'Rev' in a row", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rev.0", "the numbering of 'Rev.' starts at 1")]
    [InlineData("Add.", "with no number")]
    [InlineData("L.1", "is not a final component")]
    [InlineData("Rev.1/Add.1", "is not a final component")]
    [InlineData("", "is not a final component")]
    public void WithFinalComponent_WhenComponentIsInvalid_IsRefusedNamingTheProblem(string component, string rule)
    {
        var symbol = DocumentSymbol.Create("A/RES/65/230");

        var error = Assert.Throws<DomainException>(() => symbol.WithFinalComponent(component));

        Assert.Equal("symbol.invalid", error.Code);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithFinalComponent_OnJointSymbol_AppendsToEveryPart()
    {
        var joint = DocumentSymbol.Create("E/CN.7/2019/CRP.13-E/CN.15/2019/CRP.9");

        var corrected = joint.WithFinalComponent("Corr.1");

        Assert.Equal("E/CN.7/2019/CRP.13/Corr.1-E/CN.15/2019/CRP.9/Corr.1", corrected.Value);
        Assert.True(corrected.IsJoint);
    }

    private static string Shown(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        return trimmed.Length <= 60 ? trimmed : trimmed[..57] + "...";
    }
}
