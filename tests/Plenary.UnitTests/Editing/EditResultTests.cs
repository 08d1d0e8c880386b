using Plenary.Application.Audit;
using Plenary.Application.Editing;

namespace Plenary.UnitTests.Editing;

public sealed class EditResultTests
{
    [Fact]
    public void AStaleEdit_SaysWhoChangedItAndWhen_WithTheDateInWords_NeverAnIsoTime()
    {
        var change = new AuditRow(1, new DateTimeOffset(2021, 4, 6, 15, 30, 0, TimeSpan.Zero), "secretariat@plenary.demo", "Web", "Meeting", "7", "Modified", null, null);

        var result = EditResult.StaleSince("The meeting", "the meeting as it stands", [change]);

        Assert.True(result.IsStale);
        Assert.Contains("(secretariat@plenary.demo at 3.30 p.m. on 6 April 2021 UTC)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("2021-04-06", result.Error, StringComparison.Ordinal);
    }
}
