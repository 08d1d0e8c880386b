using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Domain.Editorial;
using static Plenary.UnitTests.Editorial.EditorialGenerators;

namespace Plenary.UnitTests.Editorial;

public class SittingsTests
{
    private static DateOnly July(int day) => new(2020, 7, day);

    public static TheoryData<(int, DateOnly)[], string> Examples => new()
    {
        { [(1, July(27))], "at its 1st meeting, on 27 July 2020" },
        { [(1, July(27)), (2, July(28))], "at its 1st and 2nd meetings, on 27 and 28 July 2020" },
        { [(1, July(27)), (2, July(27))], "at its 1st and 2nd meetings, on 27 July 2020" },
        { [(3, July(28)), (4, July(28)), (5, July(29))], "at its 3rd to 5th meetings, on 28 and 29 July 2020" },
        { [(5, July(29)), (3, July(28)), (4, July(28))], "at its 3rd to 5th meetings, on 28 and 29 July 2020" },
        { [(1, July(27)), (3, July(28)), (5, July(29))], "at its 1st, 3rd and 5th meetings, on 27, 28 and 29 July 2020" },
        { [(1, July(27)), (2, July(27)), (3, July(28)), (5, July(29))], "at its 1st to 3rd and 5th meetings, on 27, 28 and 29 July 2020" },
        { [(21, July(30)), (22, July(31)), (23, new DateOnly(2020, 8, 3))], "at its 21st to 23rd meetings, on 30 and 31 July and 3 August 2020" },
        { [(101, July(27)), (102, July(27))], "at its 101st and 102nd meetings, on 27 July 2020" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void AtItsMeetings_GivesNumbersInFiguresAndTheDates((int, DateOnly)[] sittings, string expected) =>
        Assert.Equal(expected, Sittings.AtItsMeetings(sittings));

    [Fact]
    public void AtItsMeetings_RepeatedIdenticalSitting_IsCountedOnce() =>
        Assert.Equal("at its 1st meeting, on 27 July 2020", Sittings.AtItsMeetings([(1, July(27)), (1, July(27))]));

    [Fact]
    public void AtItsMeetings_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => Sittings.AtItsMeetings([]));

    [Fact]
    public void AtItsMeetings_OneNumberWithTwoDates_Throws() =>
        Assert.Throws<ArgumentException>(() => Sittings.AtItsMeetings([(1, July(27)), (1, July(28))]));

    [Fact]
    public void AtItsMeetings_NumberBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sittings.AtItsMeetings([(0, July(27))]));

    private static Gen<(int Number, DateOnly Date)[]> SittingSets =>
        from first in Gen.Choose(1, 500)
        from steps in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(2, 5))))
        from start in Date
        from dayGaps in Gen.ArrayOf(Gen.Choose(0, 2), steps.Length)
        select Enumerable.Range(0, steps.Length + 1)
            .Select(i => (first + steps.Take(i).Sum(), start.AddDays(dayGaps.Take(i).Sum())))
            .ToArray();

    [Property]
    public Property AtItsMeetings_AgreesInNumberAndEndsWithTheDateList() =>
        Prop.ForAll(SittingSets.ToArbitrary(), sittings =>
        {
            var text = Sittings.AtItsMeetings(sittings);
            var noun = sittings.Length == 1 ? " meeting, " : " meetings, ";
            return text.StartsWith("at its ", StringComparison.Ordinal)
                && Occurrences(text, noun) == 1
                && text.EndsWith(noun + Dates.ListInText(sittings.Select(s => s.Date)), StringComparison.Ordinal);
        });

    [Property]
    public Property AtItsMeetings_WritesAConsecutiveRunOfThreeOrMoreAsFirstToLast() =>
        Prop.ForAll(Gen.Choose(1, 900).ToArbitrary(), Gen.Choose(3, 30).ToArbitrary(), (first, count) =>
        {
            var sittings = Enumerable.Range(first, count).Select(n => (n, new DateOnly(2020, 7, 27))).ToArray();
            return Sittings.AtItsMeetings(sittings) ==
                $"at its {Numbers.OrdinalInFigures(first)} to {Numbers.OrdinalInFigures(first + count - 1)} meetings, on 27 July 2020";
        });

    [Property]
    public Property AtItsMeetings_NumbersReadBackAsExactlyTheMeetingsGiven() =>
        Prop.ForAll(SittingSets.ToArbitrary(), sittings =>
        {
            var text = Sittings.AtItsMeetings(sittings);
            var list = text["at its ".Length..text.IndexOf(" meeting", StringComparison.Ordinal)];
            var read = new List<int>();
            foreach (var part in list.Split([", ", " and "], StringSplitOptions.None))
            {
                var ends = part.Split(" to ").Select(Ordinal).ToArray();
                if (ends.Length == 2 && ends[1] - ends[0] < 2) return false; // a run written "to" must cover three or more
                read.AddRange(Enumerable.Range(ends[0], ends[^1] - ends[0] + 1));
            }
            return read.SequenceEqual(sittings.Select(s => s.Number).Distinct().Order());
        });

    private static int Ordinal(string figures)
    {
        Assert.Equal(Numbers.OrdinalInFigures(int.Parse(figures[..^2], System.Globalization.CultureInfo.InvariantCulture)), figures);
        return int.Parse(figures[..^2], System.Globalization.CultureInfo.InvariantCulture);
    }
}
