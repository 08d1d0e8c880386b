using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Domain.Editorial;

namespace Plenary.UnitTests.Editorial;

public class NumbersTests
{
    // ---- InWords ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(7, "seven")]
    [InlineData(10, "ten")]
    [InlineData(11, "eleven")]
    [InlineData(15, "fifteen")]
    [InlineData(19, "nineteen")]
    [InlineData(20, "twenty")]
    [InlineData(26, "twenty-six")]
    [InlineData(40, "forty")]
    [InlineData(99, "ninety-nine")]
    [InlineData(100, "one hundred")]
    [InlineData(105, "one hundred and five")]
    [InlineData(126, "one hundred and twenty-six")]
    [InlineData(300, "three hundred")]
    [InlineData(999, "nine hundred and ninety-nine")]
    public void InWords_SpellsOutTheNumberWithHyphenatedCompoundsAndBritishAnd(int n, string expected) =>
        Assert.Equal(expected, Numbers.InWords(n));

    [Theory]
    [InlineData(-1)]
    [InlineData(1000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void InWords_OutsideZeroTo999_Throws(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.InWords(n));

    [Property]
    public Property InWords_ContainsOnlyLettersSpacesAndHyphens() =>
        Prop.ForAll(Gen.Choose(0, 999).ToArbitrary(),
            n => Numbers.InWords(n).All(c => c is ' ' or '-' || char.IsAsciiLetterLower(c)));

    [Property]
    public Property InWords_IsHyphenatedExactlyWhenTheLastTwoDigitsAreACompoundFrom21To99() =>
        Prop.ForAll(Gen.Choose(0, 999).ToArbitrary(), n =>
        {
            var lastTwo = n % 100;
            var compound = lastTwo > 20 && lastTwo % 10 != 0;
            return Numbers.InWords(n).Contains('-') == compound;
        });

    [Fact]
    public void InWords_IsDistinctForEveryNumberFrom0To999() =>
        Assert.Equal(1000, Enumerable.Range(0, 1000).Select(Numbers.InWords).Distinct().Count());

    // ---- OrdinalInWords --------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, "first")]
    [InlineData(2, "second")]
    [InlineData(3, "third")]
    [InlineData(5, "fifth")]
    [InlineData(7, "seventh")]
    [InlineData(8, "eighth")]
    [InlineData(9, "ninth")]
    [InlineData(11, "eleventh")]
    [InlineData(12, "twelfth")]
    [InlineData(13, "thirteenth")]
    [InlineData(20, "twentieth")]
    [InlineData(21, "twenty-first")]
    [InlineData(26, "twenty-sixth")]
    [InlineData(30, "thirtieth")]
    [InlineData(42, "forty-second")]
    [InlineData(99, "ninety-ninth")]
    [InlineData(100, "one hundredth")]
    [InlineData(101, "one hundred and first")]
    [InlineData(112, "one hundred and twelfth")]
    [InlineData(250, "two hundred and fiftieth")]
    [InlineData(999, "nine hundred and ninety-ninth")]
    public void OrdinalInWords_GivesTheOrdinalUsedForMeetingsOfABody(int n, string expected) =>
        Assert.Equal(expected, Numbers.OrdinalInWords(n));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1000)]
    public void OrdinalInWords_OutsideOneTo999_Throws(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.OrdinalInWords(n));

    [Property]
    public Property OrdinalInWords_ContainsNoDigits() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), n => !Numbers.OrdinalInWords(n).Any(char.IsDigit));

    [Property]
    public Property OrdinalInWords_IsDistinctForDistinctNumbers() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), Gen.Choose(1, 999).ToArbitrary(),
            (a, b) => (a == b) == (Numbers.OrdinalInWords(a) == Numbers.OrdinalInWords(b)));

    [Fact]
    public void OrdinalInWords_IsDistinctForEveryNumberFrom1To999() =>
        Assert.Equal(999, Enumerable.Range(1, 999).Select(Numbers.OrdinalInWords).Distinct().Count());

    [Property]
    public Property OrdinalInWords_DiffersFromTheCardinalOnlyInItsLastWord() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), n =>
        {
            static string Head(string s) => s[..(s.LastIndexOfAny([' ', '-']) + 1)];
            return Head(Numbers.OrdinalInWords(n)) == Head(Numbers.InWords(n));
        });

    [Property]
    public Property OrdinalInWords_EndsLikeTheFigureSuffix() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), n =>
        {
            var words = Numbers.OrdinalInWords(n);
            var suffix = ExpectedSuffix(n);
            return suffix switch
            {
                "st" => words.EndsWith("first", StringComparison.Ordinal),
                "nd" => words.EndsWith("second", StringComparison.Ordinal),
                "rd" => words.EndsWith("third", StringComparison.Ordinal),
                _ => words.EndsWith("th", StringComparison.Ordinal),
            };
        });

    // ---- OrdinalInFigures ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(10, "10th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(100, "100th")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    [InlineData(113, "113th")]
    [InlineData(1011, "1011th")]
    [InlineData(1021, "1021st")]
    public void OrdinalInFigures_GivesThePlenaryMeetingNumber(int n, string expected) =>
        Assert.Equal(expected, Numbers.OrdinalInFigures(n));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void OrdinalInFigures_BelowOne_Throws(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.OrdinalInFigures(n));

    [Property]
    public Property OrdinalInFigures_SuffixAgreesWithTheLastTwoDigits() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), n =>
        {
            var s = Numbers.OrdinalInFigures(n);
            return s == n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ExpectedSuffix(n);
        });

    [Property]
    public Property OrdinalInFigures_SmallNumbersFollowTheSameRule() =>
        Prop.ForAll(Gen.Choose(1, 2000).ToArbitrary(), n =>
            Numbers.OrdinalInFigures(n).EndsWith(ExpectedSuffix(n), StringComparison.Ordinal)
            && Numbers.OrdinalInFigures(n)[..^2].All(char.IsAsciiDigit));

    // Oracle written independently of the implementation.
    private static string ExpectedSuffix(int n) =>
        (n % 100) is 11 or 12 or 13 ? "th"
        : (n % 10) == 1 ? "st"
        : (n % 10) == 2 ? "nd"
        : (n % 10) == 3 ? "rd"
        : "th";

    // ---- Count -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, "document", null, "no documents")]
    [InlineData(1, "observer State", null, "an observer State")]
    [InlineData(1, "institute", null, "an institute")]
    [InlineData(1, "Member State", null, "a Member State")]
    [InlineData(1, "intergovernmental organization", null, "an intergovernmental organization")]
    [InlineData(1, "day", null, "a day")]
    [InlineData(2, "day", null, "two days")]
    [InlineData(3, "day", null, "three days")]
    [InlineData(9, "meeting", null, "nine meetings")]
    [InlineData(10, "meeting", null, "10 meetings")]
    [InlineData(94, "Member State", null, "94 Member States")]
    [InlineData(193, "Member State", null, "193 Member States")]
    [InlineData(1500, "participant", null, "1,500 participants")]
    [InlineData(4, "body", null, "four bodies")]
    [InlineData(2, "entity", null, "two entities")]
    [InlineData(12, "agency", null, "12 agencies")]
    [InlineData(2, "key", null, "two keys")]
    [InlineData(2, "witness", null, "two witnesses")]
    [InlineData(5, "NGO", null, "five NGOs")]
    [InlineData(2, "Vice-Chair", null, "two Vice-Chairs")]
    [InlineData(2, "person", "people", "two people")]
    [InlineData(0, "child", "children", "no children")]
    [InlineData(1, "child", "children", "a child")]
    public void Count_SpellsOutUnderTenUsesFiguresFromTenAndPluralizes(int n, string singular, string? plural, string expected) =>
        Assert.Equal(expected, Numbers.Count(n, singular, plural));

    [Theory]
    [InlineData("observer State", "an")]
    [InlineData("institute", "an")]
    [InlineData("intergovernmental organization", "an")]
    [InlineData("Member State", "a")]
    [InlineData("United Nations entity", "a")]
    [InlineData("unit", "a")]
    [InlineData("universal periodic review", "a")]
    [InlineData("user", "a")]
    [InlineData("European Union member", "a")]
    [InlineData("one-day meeting", "a")]
    [InlineData("unidentified speaker", "an")]
    [InlineData("informal consultation", "an")]
    [InlineData("agenda item", "an")]
    [InlineData("expert", "an")]
    [InlineData("hour", "an")]
    [InlineData("honorary member", "an")]
    [InlineData("high-level meeting", "a")]
    [InlineData("NGO", "an")]
    [InlineData("SDG target", "an")]
    [InlineData("UNDP project", "a")]
    [InlineData("WHO report", "a")]
    [InlineData("8-hour session", "an")]
    [InlineData("11-member committee", "an")]
    [InlineData("18-month cycle", "an")]
    [InlineData("10-day session", "a")]
    [InlineData("1,800 metre", "a")]
    public void IndefiniteArticle_IsChosenByTheSoundOfTheNextWord(string next, string expected) =>
        Assert.Equal(expected, Numbers.IndefiniteArticle(next));

    [Fact]
    public void Count_NegativeNumber_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.Count(-1, "day"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Count_BlankNoun_Throws(string singular) =>
        Assert.Throws<ArgumentException>(() => Numbers.Count(2, singular));

    [Property]
    public Property Count_UsesWordsIffTheNumberIsUnderTen() =>
        Prop.ForAll(Gen.Frequency((1, Gen.Choose(0, 20)), (1, Gen.Choose(0, 1_000_000))).ToArbitrary(), n =>
        {
            var text = Numbers.Count(n, "meeting");
            var usesFigures = text.Any(char.IsDigit);
            return (n < 10) == !usesFigures
                && (n < 10 || text == Numbers.Cardinal(n) + " meetings");
        });

    [Property]
    public Property Count_IsSingularOnlyForOne() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), n =>
            Numbers.Count(n, "Member State").EndsWith("States", StringComparison.Ordinal) == (n != 1));

    // ---- Cardinal --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(3, "three")]
    [InlineData(9, "nine")]
    [InlineData(10, "10")]
    [InlineData(12, "12")]
    [InlineData(193, "193")]
    [InlineData(1000, "1,000")]
    [InlineData(2500000, "2,500,000")]
    public void Cardinal_IsWordsUnderTenAndFiguresFromTen(int n, string expected) =>
        Assert.Equal(expected, Numbers.Cardinal(n));

    [Fact]
    public void Cardinal_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.Cardinal(-5));

    [Property]
    public Property Cardinal_FromTenIsTheNumberInFiguresWithThousandsCommas() =>
        Prop.ForAll(Gen.Choose(10, int.MaxValue).ToArbitrary(), n =>
            int.Parse(Numbers.Cardinal(n).Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) == n
            && Numbers.Cardinal(n).Split(',').Skip(1).All(group => group.Length == 3));

    [Property]
    public Property Cardinal_UnderTenAgreesWithInWords() =>
        Prop.ForAll(Gen.Choose(0, 9).ToArbitrary(), n => Numbers.Cardinal(n) == Numbers.InWords(n));
}
