using System.Globalization;
using Plenary.Domain.Editorial;

namespace Plenary.UnitTests.Editorial;

public class CultureIndependenceTests
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("ru-RU")]
    public void Output_IsTheSameWhateverTheCurrentCulture(string cultureName)
    {
        static string Render() => string.Join(" | ",
            Dates.DayHeading(new DateOnly(2021, 4, 6)),
            Dates.Masthead(new DateOnly(2022, 2, 28), new DateOnly(2022, 3, 11)),
            Dates.RangeInText(new DateOnly(2021, 12, 30), new DateOnly(2022, 1, 2)),
            Times.Slot(new TimeOnly(9, 30), new TimeOnly(12, 30)),
            Numbers.Count(1500, "participant"),
            Numbers.OrdinalInFigures(101),
            Sittings.AtItsMeetings([(1, new DateOnly(2020, 7, 27)), (2, new DateOnly(2020, 7, 28))]));

        var expected =
            "Tuesday, 6 April 2021 | 28 February–11 March 2022 | from 30 December 2021 to 2 January 2022 | "
            + "9.30 a.m.–12.30 p.m. | 1,500 participants | 101st | at its 1st and 2nd meetings, on 27 and 28 July 2020";

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal(expected, Render());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
