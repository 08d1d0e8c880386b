using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Domain.Editorial;
using static Plenary.UnitTests.Editorial.EditorialGenerators;

namespace Plenary.UnitTests.Editorial;

public class ListsTests
{
    public static TheoryData<string[], string> JoinExamples => new()
    {
        { [], "" },
        { ["A"], "A" },
        { ["A", "B"], "A and B" },
        { ["A", "B", "C"], "A, B and C" },
        { ["France", "Ghana", "Mexico", "Japan"], "France, Ghana, Mexico and Japan" },
    };

    [Theory]
    [MemberData(nameof(JoinExamples))]
    public void Join_UsesCommasAndAFinalAndWithoutOxfordComma(string[] items, string expected) =>
        Assert.Equal(expected, Lists.Join(items));

    [Fact]
    public void Join_WithOr_UsesThatConjunction() =>
        Assert.Equal("English, French or Spanish", Lists.Join(["English", "French", "Spanish"], "or"));

    [Fact]
    public void Join_AcceptsALazySequence() =>
        Assert.Equal("1, 2 and 3", Lists.Join(Enumerable.Range(1, 3).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Property]
    public Property Join_OfTwoOrMoreItems_HasOneAndBeforeTheLastItemAndTwoFewerCommasThanItems() =>
        Prop.ForAll(Words().ToArbitrary(), items =>
        {
            var text = Lists.Join(items);
            return Occurrences(text, " and ") == 1
                && text.EndsWith(" and " + items[^1], StringComparison.Ordinal)
                && Occurrences(text, ',') == items.Length - 2
                && !text.Contains(", and", StringComparison.Ordinal);
        });

    [Property]
    public Property Join_KeepsEveryItemInOrder() =>
        Prop.ForAll(Words(1, 12).ToArbitrary(), items =>
            Lists.Join(items).Split([", ", " and "], StringSplitOptions.None).SequenceEqual(items));

    [Property]
    public Property Join_WithOr_HasNoAnd() =>
        Prop.ForAll(Words(2, 12).ToArbitrary(), items =>
        {
            var text = Lists.Join(items, "or");
            return !text.Contains(" and ", StringComparison.Ordinal) && Occurrences(text, " or ") == 1;
        });
}
