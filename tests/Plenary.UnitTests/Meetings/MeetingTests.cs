using Plenary.Domain.Agenda;
using Plenary.Domain.Bureau;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Meetings;

public sealed class MeetingTests
{
    private static readonly DateOnly Start = new(2021, 4, 6);
    private static readonly DateOnly Middle = new(2021, 4, 7);
    private static readonly DateOnly End = new(2021, 4, 8);
    private static readonly string[] NoLanguages = [];

    private static TimeOnly T(int hour, int minute = 0) => new(hour, minute);

    /// <summary>The seventh meeting: 6 to 8 April 2021, Vienna.</summary>
    private static Meeting NewMeeting() =>
        Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(Start, End), MeetingFormat.Hybrid);

    /// <summary>A meeting with sittings on the first two days, items 1, 1 (a), 1 (b) and 2.</summary>
    private static Meeting MeetingWithSittingsAndAgenda()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);
        m.AddPlenaryMeeting(Start, T(15), T(18), NoLanguages);
        m.AddPlenaryMeeting(Middle, T(10), T(13), NoLanguages);
        m.AddAgendaItem("Organizational matters", null, null);
        m.AddAgendaItem("Opening of the meeting", null, null, 1);
        m.AddAgendaItem("Adoption of the agenda", null, null, 1);
        m.AddAgendaItem("International cooperation", null, null);
        return m;
    }

    // ---- DateRange and Schedule ------------------------------------------------------------------------------

    [Fact]
    public void DateRange_EndBeforeStart_IsRefused() =>
        Refused(() => DateRange.Create(End, Start), "dates.end_before_start",
            "The end date 6 April 2021 is before the start date 8 April 2021");

    [Fact]
    public void DateRange_OfOneDay_ContainsOnlyThatDay()
    {
        var range = DateRange.Create(Start, Start);

        Assert.Equal(1, range.Days);
        Assert.True(range.Contains(Start));
        Assert.False(range.Contains(Middle));
        Assert.Equal([Start], range.EachDay());
    }

    [Fact]
    public void DateRange_ContainsBothEnds_AndListsEveryDay()
    {
        var range = DateRange.Create(Start, End);

        Assert.True(range.Contains(Start));
        Assert.True(range.Contains(End));
        Assert.False(range.Contains(End.AddDays(1)));
        Assert.False(range.Contains(Start.AddDays(-1)));
        Assert.Equal([Start, Middle, End], range.EachDay());
        Assert.Equal("2021-04-06/2021-04-08", range.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Schedule_NumberOutsideOneTo999_IsRefused(int number) =>
        Refused(() => Meeting.Schedule(Guid.NewGuid(), number, "Vienna", DateRange.Create(Start, End), MeetingFormat.InPerson),
            "meeting.number", $"{number} is outside that range");

    [Theory]
    [InlineData(1)]
    [InlineData(999)]
    public void Schedule_NumberAtTheEndsOfTheRange_GivesAPlannedMeeting(int number)
    {
        var m = Meeting.Schedule(Guid.NewGuid(), number, "  Vienna ", DateRange.Create(Start, End), MeetingFormat.Online);

        Assert.Equal(number, m.Number);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal("Vienna", m.Venue);
        Assert.Equal((Start, End), (m.StartDate, m.EndDate));
        Assert.Equal(AgendaStatus.Provisional, m.AgendaStatus);
    }

    [Fact]
    public void Schedule_WithoutVenue_IsRefused() =>
        Refused(() => Meeting.Schedule(Guid.NewGuid(), 1, "  ", DateRange.Create(Start, End), MeetingFormat.InPerson),
            "meeting.venue", "The venue is required");

    [Fact]
    public void Describe_NormalisesTheReportSymbol()
    {
        var m = NewMeeting();

        m.Describe(["international cooperation"], "  Met online. ", "unodc/ccpcj/eg.4/2021/2", isStocktaking: true);

        Assert.Equal("UNODC/CCPCJ/EG.4/2021/2", m.ReportSymbol);
        Assert.Equal("Met online.", m.Summary);
        Assert.True(m.IsStocktaking);
    }

    [Fact]
    public void Describe_WithABadReportSymbol_IsRefused() =>
        Refused(() => NewMeeting().Describe([], null, "UNODC//2021/2", false), "symbol.invalid", "empty component");

    [Fact]
    public void Describe_WithABlankTopic_IsRefused() =>
        Refused(() => NewMeeting().Describe(["cooperation", " "], null, null, false), "meeting.topic", "A topic is required");

    // ---- Plenary meetings ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(2021, 4, 5)]
    [InlineData(2021, 4, 9)]
    public void AddPlenaryMeeting_OutsideTheMeetingDates_IsRefused(int year, int month, int day)
    {
        var m = NewMeeting();

        Refused(() => m.AddPlenaryMeeting(new DateOnly(year, month, day), T(10), T(13), NoLanguages),
            "plenary.date", "falls outside the convening's dates (from 6 to 8 April 2021)");
        Assert.Empty(m.PlenaryMeetings);
    }

    [Fact]
    public void AddPlenaryMeeting_OnTheFirstAndLastDay_IsAccepted()
    {
        var m = NewMeeting();

        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);
        m.AddPlenaryMeeting(End, T(10), T(13), NoLanguages);

        Assert.Equal([Start, End], m.PlenaryMeetings.Select(p => p.Date));
    }

    [Fact]
    public void AddPlenaryMeeting_OverlappingAnotherOnTheSameDay_IsRefused()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);

        Refused(() => m.AddPlenaryMeeting(Start, T(12), T(14), NoLanguages),
            "plenary.overlap", "from 12:00 to 14:00 overlaps plenary meeting 1 (10:00–13:00)");
        Assert.Single(m.PlenaryMeetings);
    }

    [Fact]
    public void AddPlenaryMeeting_StartingWhenThePreviousEnds_DoesNotOverlap()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);

        var second = m.AddPlenaryMeeting(Start, T(13), T(15), NoLanguages);

        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void AddPlenaryMeeting_SameHoursOnAnotherDay_DoesNotOverlap()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);

        m.AddPlenaryMeeting(Middle, T(10), T(13), NoLanguages);

        Assert.Equal(2, m.PlenaryMeetings.Count);
    }

    [Fact]
    public void AddPlenaryMeeting_WithoutTimes_IsNotCheckedForOverlap()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);

        m.AddPlenaryMeeting(Start, null, null, NoLanguages);
        m.AddPlenaryMeeting(Start, null, null, NoLanguages);

        Assert.Equal([1, 2, 3], m.PlenaryMeetings.Select(p => p.Number));
        Assert.All(m.PlenaryMeetings.Skip(1), p => Assert.False(p.HasTimes));
    }

    [Fact]
    public void AddPlenaryMeeting_InDateAndTimeOrder_NumbersThemContiguouslyFromOne()
    {
        var m = NewMeeting();

        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);
        m.AddPlenaryMeeting(Start, T(15), T(18), NoLanguages);
        m.AddPlenaryMeeting(Middle, null, null, NoLanguages);
        m.AddPlenaryMeeting(End, T(10), T(13), NoLanguages);

        Assert.Equal([1, 2, 3, 4], m.PlenaryMeetings.Select(p => p.Number));
        Assert.Equal(Middle, m.PlenaryMeeting(3).Date);
        Assert.All(m.PlenaryMeetings, p => Assert.Equal(m.Id, p.MeetingId));
    }

    [Fact]
    public void AddPlenaryMeeting_OnAnEarlierDayThanTheLast_IsRefused()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Middle, T(10), T(13), NoLanguages);

        Refused(() => m.AddPlenaryMeeting(Start, T(15), T(18), NoLanguages),
            "plenary.order", "add them in date and time order");
        Assert.Single(m.PlenaryMeetings);
    }

    [Fact]
    public void AddPlenaryMeeting_EarlierInTheDayThanTheLast_IsRefused()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Start, T(15), T(18), NoLanguages);

        Refused(() => m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages),
            "plenary.order", "numbered in the order they are held");
    }

    [Theory]
    [InlineData(10, null)]
    [InlineData(null, 13)]
    public void AddPlenaryMeeting_WithOnlyOneOfItsTimes_IsRefused(int? startHour, int? endHour)
    {
        var m = NewMeeting();

        Refused(() => m.AddPlenaryMeeting(Start, startHour is { } s ? T(s) : null, endHour is { } e ? T(e) : null, NoLanguages),
            "plenary.times", "Plenary meeting 1 needs both a start and an end time, or neither");
        Assert.Empty(m.PlenaryMeetings);
    }

    [Theory]
    [InlineData(13, 13)]
    [InlineData(13, 10)]
    public void AddPlenaryMeeting_EndingAtOrBeforeItsStart_IsRefused(int startHour, int endHour) =>
        Refused(() => NewMeeting().AddPlenaryMeeting(Start, T(startHour), T(endHour), NoLanguages),
            "plenary.times", $"must end after it starts ({startHour}:00–{endHour}:00)");

    [Fact]
    public void AddPlenaryMeeting_InterpretationLanguages_AreNormalisedIntoUnOrder()
    {
        var m = NewMeeting();

        var p = m.AddPlenaryMeeting(Start, T(10), T(13), [" ES", "en", "FR", "en", "ar", "zh", "RU"]);

        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], p.InterpretationLanguages);
    }

    [Fact]
    public void AddPlenaryMeeting_WithAnUnknownInterpretationLanguage_IsRefused()
    {
        var m = NewMeeting();

        Refused(() => m.AddPlenaryMeeting(Start, T(10), T(13), ["en", "de"]),
            "language.unknown", "'de' is not an official language of the United Nations");
        Assert.Empty(m.PlenaryMeetings);
    }

    [Fact]
    public void PlenaryMeeting_ByAnUnknownNumber_IsRefused() =>
        Refused(() => MeetingWithSittingsAndAgenda().PlenaryMeeting(4), "plenary.unknown", "no plenary meeting numbered 4");

    // ---- Postponement and status -----------------------------------------------------------------------------

    [Fact]
    public void Postpone_WithNewDates_MovesTheDatesAndStaysPlanned()
    {
        var m = NewMeeting();

        m.Postpone(new DateOnly(2021, 3, 12), DateRange.Create(new(2021, 7, 27), new(2021, 7, 29)),
            "COVID-19", "extended Bureau", DecisionMeans.SilenceProcedure);

        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal((new DateOnly(2021, 7, 27), new DateOnly(2021, 7, 29)), (m.StartDate, m.EndDate));
    }

    [Fact]
    public void Postpone_WithNewDates_RecordsAnEventWithThePreviousAndNewDates()
    {
        var m = NewMeeting();
        var newDates = DateRange.Create(new(2021, 7, 27), new(2021, 7, 29));

        m.Postpone(new DateOnly(2021, 3, 12), newDates, "owing to the COVID-19 pandemic", "extended Bureau", DecisionMeans.SilenceProcedure);

        var e = Assert.Single(m.History);
        Assert.Equal(MeetingEventKind.Postponed, e.Kind);
        Assert.Equal(new DateOnly(2021, 3, 12), e.OccurredOn);
        Assert.Equal(DateRange.Create(Start, End), e.PreviousDates);
        Assert.Equal(newDates, e.NewDates);
        Assert.Equal("extended Bureau", e.DecidedBy);
        Assert.Equal(DecisionMeans.SilenceProcedure, e.Means);
        Assert.Equal("owing to the COVID-19 pandemic", e.Details);
        Assert.Equal(m.Id, e.MeetingId);
    }

    [Fact]
    public void Postpone_WithNewDates_DropsThePlenaryMeetingsAndOrganizationOfWorkOfTheOldDates()
    {
        var m = MeetingWithSittingsAndAgenda();
        m.PlanWork(1, AgendaItemNumber.Parse("1 (a)"), false);

        m.Postpone(new DateOnly(2021, 3, 12), DateRange.Create(new(2021, 7, 27), new(2021, 7, 29)), null, null, DecisionMeans.None);

        Assert.Empty(m.PlenaryMeetings);
        Assert.Empty(m.OrganizationOfWork);
        Assert.Equal(4, m.AgendaItems.Count);
    }

    [Fact]
    public void Postpone_WithoutNewDates_SetsPostponedAndKeepsTheDates()
    {
        var m = NewMeeting();

        m.Postpone(new DateOnly(2021, 3, 12), null, "restrictions on travel", null, DecisionMeans.Notification);

        Assert.Equal(MeetingStatus.Postponed, m.Status);
        Assert.Equal((Start, End), (m.StartDate, m.EndDate));
        var e = Assert.Single(m.History);
        Assert.Equal(DateRange.Create(Start, End), e.PreviousDates);
        Assert.Null(e.NewDates);
    }

    [Fact]
    public void Postpone_APostponedMeetingToNewDates_MakesItPlannedAgain()
    {
        var m = NewMeeting();
        m.Postpone(new DateOnly(2021, 3, 12), null, null, null, DecisionMeans.None);

        m.Postpone(new DateOnly(2021, 4, 15), DateRange.Create(new(2021, 7, 27), new(2021, 7, 29)), null, null, DecisionMeans.None);

        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(2, m.History.Count);
    }

    [Theory]
    [InlineData(2021, 4, 8)]
    [InlineData(2021, 3, 1)]
    public void Postpone_ToDatesThatDoNotFollowTheCurrentOnes_IsRefused(int year, int month, int day)
    {
        var m = NewMeeting();
        var newStart = new DateOnly(year, month, day);

        Refused(() => m.Postpone(new DateOnly(2021, 2, 1), DateRange.Create(newStart, newStart.AddDays(2)), null, null, DecisionMeans.None),
            "meeting.postpone", "moves the convening to dates after the ones it had");
        Assert.Empty(m.History);
        Assert.Equal(Start, m.StartDate);
    }

    [Fact]
    public void Postpone_AHeldMeeting_IsRefused()
    {
        var m = NewMeeting();
        m.MarkHeld();

        Refused(() => m.Postpone(new DateOnly(2021, 5, 1), null, null, null, DecisionMeans.None),
            "meeting.status", "A convening that is held cannot be postponed");
        Assert.Empty(m.History);
        Assert.Equal(MeetingStatus.Held, m.Status);
    }

    [Fact]
    public void Postpone_ACancelledMeeting_IsRefused()
    {
        var m = NewMeeting();
        m.Cancel();

        Refused(() => m.Postpone(new DateOnly(2021, 5, 1), null, null, null, DecisionMeans.None),
            "meeting.status", "A convening that is cancelled cannot be postponed");
    }

    [Fact]
    public void Postpone_BySilenceProcedureWithoutSayingWhoDecided_IsRefusedAndChangesNothing()
    {
        var m = NewMeeting();

        Refused(() => m.Postpone(new DateOnly(2021, 3, 12), null, null, null, DecisionMeans.SilenceProcedure),
            "event.decided_by", "must name the circle that took it");
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Empty(m.History);
    }

    [Fact]
    public void MarkHeld_APlannedMeeting_MakesItHeld()
    {
        var m = NewMeeting();

        m.MarkHeld();

        Assert.Equal(MeetingStatus.Held, m.Status);
    }

    [Theory]
    [InlineData(MeetingStatus.Postponed, "postponed")]
    [InlineData(MeetingStatus.Cancelled, "cancelled")]
    [InlineData(MeetingStatus.Held, "held")]
    public void MarkHeld_AMeetingThatIsNotPlanned_IsRefused(MeetingStatus status, string word)
    {
        var m = NewMeeting();
        switch (status)
        {
            case MeetingStatus.Postponed: m.MarkPostponed(); break;
            case MeetingStatus.Cancelled: m.Cancel(); break;
            case MeetingStatus.Held: m.MarkHeld(); break;
        }

        Refused(m.MarkHeld, "meeting.status", $"Only a planned convening can be marked as held; this one is {word}");
        Assert.Equal(status, m.Status);
    }

    [Fact]
    public void Cancel_AHeldMeeting_IsRefused()
    {
        var m = NewMeeting();
        m.MarkHeld();

        Refused(m.Cancel, "meeting.status", "has been held cannot be cancelled");
        Assert.Equal(MeetingStatus.Held, m.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cancel_APlannedOrPostponedMeeting_CancelsIt(bool postponedFirst)
    {
        var m = NewMeeting();
        if (postponedFirst) m.MarkPostponed();

        m.Cancel();

        Assert.Equal(MeetingStatus.Cancelled, m.Status);
    }

    [Fact]
    public void MarkPostponed_AHeldMeeting_IsRefused()
    {
        var m = NewMeeting();
        m.MarkHeld();

        Refused(m.MarkPostponed, "meeting.status", "Only a planned convening can be postponed; this one is held");
    }

    // ---- Relocate ----------------------------------------------------------------------------------------------

    [Fact]
    public void Relocate_ChangesOnlyTheVenue_TheDatesChangeAsALifecycleStep()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(Middle, null, null, NoLanguages);

        m.Relocate(" Geneva ");

        Assert.Equal("Geneva", m.Venue);
        Assert.Equal((Start, End), (m.StartDate, m.EndDate));
        Assert.Empty(m.History);
    }

    [Fact]
    public void Relocate_WithoutAVenue_IsRefusedAndChangesNothing()
    {
        var m = NewMeeting();

        Refused(() => m.Relocate("  "), "meeting.venue", "The venue is required.");
        Assert.Equal("Vienna", m.Venue);
    }

    // ---- Organization of work --------------------------------------------------------------------------------

    [Fact]
    public void PlanWork_AtAnUnknownPlenaryMeeting_IsRefused()
    {
        var m = MeetingWithSittingsAndAgenda();

        Refused(() => m.PlanWork(4, AgendaItemNumber.Of(1), false), "plenary.unknown", "no plenary meeting numbered 4");
        Assert.Empty(m.OrganizationOfWork);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("1 (c)")]
    [InlineData("2 (a)")]
    public void PlanWork_ForAnUnknownAgendaItem_IsRefused(string item) =>
        Refused(() => MeetingWithSittingsAndAgenda().PlanWork(1, AgendaItemNumber.Parse(item), false),
            "agenda.unknown", $"The agenda has no item {item}");

    [Fact]
    public void PlanWork_ARowForAnEarlierPlenaryMeetingThanTheLastRow_IsRefused()
    {
        var m = MeetingWithSittingsAndAgenda();
        m.PlanWork(2, AgendaItemNumber.Of(2), false);

        Refused(() => m.PlanWork(1, AgendaItemNumber.Of(1, 'a'), false),
            "work.order", "follows the plenary meetings in order");
        Assert.Single(m.OrganizationOfWork);
    }

    [Fact]
    public void AssignToPlenaryMeeting_AnEarlierPlenaryMeeting_TakesItsPlaceInOrder()
    {
        var m = MeetingWithSittingsAndAgenda();
        m.PlanWork(1, AgendaItemNumber.Of(1, 'a'), false);
        m.PlanWork(2, AgendaItemNumber.Of(2), false);

        var row = m.AssignToPlenaryMeeting(1, AgendaItemNumber.Of(2), false);

        Assert.Equal(2, row.Position);
        Assert.Equal(["1 (a)@1", "2@1", "2@2"], m.OrganizationOfWork.OrderBy(r => r.Position).Select(r => $"{r.AgendaItem}@{r.PlenaryMeetingNumber}"));
        Assert.Equal([1, 2, 3], m.OrganizationOfWork.OrderBy(r => r.Position).Select(r => r.Position));
    }

    [Fact]
    public void AssignToPlenaryMeeting_TheSameItemTwiceToOnePlenaryMeeting_IsRefused()
    {
        var m = MeetingWithSittingsAndAgenda();
        m.AssignToPlenaryMeeting(2, AgendaItemNumber.Of(2), false);

        Refused(() => m.AssignToPlenaryMeeting(2, AgendaItemNumber.Of(2), true), "work.duplicate", "already assigned to plenary meeting 2");
        Assert.Single(m.OrganizationOfWork);
    }

    [Fact]
    public void PlanWork_RowsInPlenaryOrder_TakeTheSittingsDateAndRunInPosition()
    {
        var m = MeetingWithSittingsAndAgenda();

        m.PlanWork(1, AgendaItemNumber.Of(1, 'a'), false);
        m.PlanWork(1, AgendaItemNumber.Of(1, 'b'), false);
        m.PlanWork(1, AgendaItemNumber.Of(2), false);
        m.PlanWork(3, AgendaItemNumber.Of(2), true, " Cooperation (continued) ");

        Assert.Equal([1, 2, 3, 4], m.OrganizationOfWork.Select(r => r.Position));
        Assert.Equal(["1 (a)", "1 (b)", "2", "2"], m.OrganizationOfWork.Select(r => r.AgendaItem));
        var last = m.OrganizationOfWork[^1];
        Assert.Equal(Middle, last.Date);
        Assert.Equal(3, last.PlenaryMeetingNumber);
        Assert.True(last.Continued);
        Assert.Equal("Cooperation (continued)", last.Description);
        Assert.Equal(AgendaItemNumber.Of(2), last.ItemNumber);
    }

    [Theory]
    [InlineData(2021, 4, 5)]
    [InlineData(2021, 4, 9)]
    public void PlanNonWorkingDay_OutsideTheMeetingDates_IsRefused(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Refused(() => MeetingWithSittingsAndAgenda().PlanNonWorkingDay(date, "Public holiday"),
            "work.date", $"The non-working day {Plenary.Domain.Editorial.Dates.Day(date)} falls outside the convening's dates");
    }

    [Fact]
    public void PlanNonWorkingDay_OnADayWithPlenaryMeetings_IsRefused() =>
        Refused(() => MeetingWithSittingsAndAgenda().PlanNonWorkingDay(Middle, "Public holiday"),
            "work.date", "7 April 2021 has plenary meetings, so it cannot be a non-working day");

    [Fact]
    public void PlanNonWorkingDay_OnAFreeDayInside_AddsANonWorkingRow()
    {
        var m = MeetingWithSittingsAndAgenda();
        m.PlanWork(1, AgendaItemNumber.Of(1, 'a'), false);

        var row = m.PlanNonWorkingDay(End, " Public holiday ");

        Assert.True(row.NonWorking);
        Assert.Equal(2, row.Position);
        Assert.Equal(End, row.Date);
        Assert.Equal("Public holiday", row.Description);
        Assert.Null(row.PlenaryMeetingNumber);
        Assert.Null(row.ItemNumber);
    }

    [Fact]
    public void PlanNonWorkingDay_WithoutADescription_IsRefused() =>
        Refused(() => MeetingWithSittingsAndAgenda().PlanNonWorkingDay(End, ""),
            "work.description", "A non-working row's description is required");
}
