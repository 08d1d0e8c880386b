using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Meetings;

/// <summary>The convening's lifecycle as a workflow of dated events, each with its authority and who recorded it.</summary>
public sealed class MeetingLifecycleTests
{
    private static readonly DateOnly Start = new(2020, 7, 27);
    private static readonly DateOnly End = new(2020, 7, 29);
    private static readonly Recorded BySecretariat = new("Secretariat officer", new DateTimeOffset(2020, 7, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly Authority ByExtendedBureau = new(DecisionMeans.SilenceProcedure, "extended Bureau");
    private static readonly Authority ByTheChair = new(DecisionMeans.DecisionOfTheChair);

    /// <summary>A planned convening with three plenary meetings, an agenda and one row of work.</summary>
    private static Meeting Planned()
    {
        var m = Meeting.Schedule(Guid.NewGuid(), 6, "Vienna", DateRange.Create(Start, End), MeetingFormat.InPerson);
        m.AddPlenaryMeeting(Start, new(10, 0), new(13, 0), []);
        m.AddPlenaryMeeting(Start.AddDays(1), new(10, 0), new(13, 0), []);
        m.AddPlenaryMeeting(End, new(10, 0), new(13, 0), []);
        m.AddAgendaItem("Organizational matters", null, null);
        m.AddAgendaItem("International cooperation", null, null);
        m.PlanWork(2, AgendaItemNumber.Parse("2"), false);
        return m;
    }

    private static Meeting InSession()
    {
        var m = Planned();
        m.Convene(Start, 1, BySecretariat);
        return m;
    }

    [Fact]
    public void Convene_AdoptAgenda_Close_AdoptReport_RecordsEachStepAndEndsHeld()
    {
        var m = Planned();

        m.Convene(Start, 1, BySecretariat);
        Assert.True(m.InSession);
        m.AdoptAgendaAt(1, BySecretariat);
        m.AdoptReport(End, new Authority(DecisionMeans.Meeting, null, 3), BySecretariat);
        m.Close(End, 3, BySecretariat);

        Assert.Equal(MeetingStatus.Held, m.Status);
        Assert.Equal("held", m.StateInWords);
        Assert.Equal([MeetingEventKind.Convened, MeetingEventKind.AgendaAdopted, MeetingEventKind.ReportAdopted, MeetingEventKind.Closed], m.History.Select(e => e.Kind));
        var adopted = m.History[1];
        Assert.Equal((Start, 1, DecisionMeans.Meeting), (adopted.OccurredOn, adopted.PlenaryMeetingNumber!.Value, adopted.Means));
        Assert.Equal((AgendaStatus.Adopted, 1), (m.AgendaStatus, m.AgendaAdoptedAtPlenaryMeeting!.Value));
        Assert.All(m.History, e => Assert.Equal(("Secretariat officer", BySecretariat.At), (e.RecordedBy!, e.RecordedAt!.Value)));
    }

    [Fact]
    public void AdoptAgenda_BeforeTheConveningIsConvened_IsRefusedNamingTheState() =>
        Refused(() => Planned().AdoptAgendaAt(1, BySecretariat), "meeting.status", "This convening is planned; the agenda is adopted at a plenary meeting once the convening is in session");

    [Fact]
    public void Close_AConveningNotInSession_IsRefusedNamingTheState() =>
        Refused(() => Planned().Close(End, null, BySecretariat), "meeting.status", "This convening is planned; only a convening in session is closed");

    [Fact]
    public void Convene_OutsideItsDates_IsRefusedWithUnStyleDates() =>
        Refused(() => Planned().Convene(new DateOnly(2020, 8, 3), null, BySecretariat), "event.date", "from 27 to 29 July 2020); 3 August 2020 is outside them");

    [Fact]
    public void Convene_AtAPlenaryMeetingOfAnotherDay_IsRefused() =>
        Refused(() => Planned().Convene(Start, 3, BySecretariat), "event.plenary_meeting", "Plenary meeting 3 is on 29 July 2020, not on 27 July 2020");

    [Fact]
    public void Postpone_AConveningInSession_IsRefusedNamingTheState() =>
        Refused(() => InSession().Postpone(Start, null, "owing to the pandemic", ByTheChair, BySecretariat, SittingsOnMove.Move),
            "meeting.status", "This convening is in session; only a planned or postponed convening can be postponed");

    [Fact]
    public void Cancel_AHeldConvening_IsRefused()
    {
        var m = InSession();
        m.Close(End, null, BySecretariat);

        Refused(() => m.Cancel(End.AddDays(1), null, ByTheChair, BySecretariat), "meeting.status", "This convening is held; only a planned or postponed convening can be cancelled");
    }

    [Fact]
    public void Postpone_WithoutAReason_IsRefused() =>
        Refused(() => Planned().Postpone(Start, null, " ", ByTheChair, BySecretariat, SittingsOnMove.Move), "event.details", "Say why the convening is postponed");

    [Fact]
    public void Postpone_ToNewDatesMovingTheSittings_ShiftsPlenaryMeetingsAndWorkByTheSameDays()
    {
        var m = Planned();
        var newDates = DateRange.Create(new(2020, 10, 12), new(2020, 10, 14));

        Assert.Contains("The three plenary meetings and the organization of work move with the dates, 77 days later", m.WhatMovingDoes(newDates, SittingsOnMove.Move), StringComparison.Ordinal);
        m.Postpone(new DateOnly(2020, 6, 1), newDates, "owing to the COVID-19 pandemic", ByExtendedBureau, BySecretariat, SittingsOnMove.Move);

        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal([new DateOnly(2020, 10, 12), new(2020, 10, 13), new(2020, 10, 14)], m.PlenaryMeetings.Select(p => p.Date));
        Assert.Equal(new DateOnly(2020, 10, 13), Assert.Single(m.OrganizationOfWork).Date);
        var e = Assert.Single(m.History);
        Assert.Equal((MeetingEventKind.Postponed, DateRange.Create(Start, End), newDates), (e.Kind, e.PreviousDates!, e.NewDates!));
    }

    [Fact]
    public void Postpone_ToNewDatesReplanningTheSittings_TakesThemOut()
    {
        var m = Planned();
        var newDates = DateRange.Create(new(2020, 10, 12), new(2020, 10, 13));

        Assert.Contains("are taken out, to be planned again", m.WhatMovingDoes(newDates, SittingsOnMove.Replan), StringComparison.Ordinal);
        m.Postpone(new DateOnly(2020, 6, 1), newDates, "owing to the COVID-19 pandemic", ByTheChair, BySecretariat, SittingsOnMove.Replan);

        Assert.Empty(m.PlenaryMeetings);
        Assert.Empty(m.OrganizationOfWork);
        Assert.Equal(2, m.AgendaItems.Count);
    }

    [Fact]
    public void Postpone_ToShorterDatesMovingTheSittings_IsRefusedSayingWhichFallsOutside()
    {
        var m = Planned();

        Refused(() => m.Postpone(new DateOnly(2020, 6, 1), DateRange.Create(new(2020, 10, 12), new(2020, 10, 13)), "owing to the pandemic", ByTheChair, BySecretariat, SittingsOnMove.Move),
            "meeting.dates", "plenary meeting 3 would fall on 14 October 2020, outside the new dates (on 12 and 13 October 2020)");
        Assert.Equal(Start, m.PlenaryMeetings[0].Date);
        Assert.Empty(m.History);
    }

    [Fact]
    public void Postpone_ToDatesToBeDetermined_KeepsTheSittingsUntilNewDatesAreApproved_ThenTheyMove()
    {
        var m = Planned();

        Assert.Contains("kept as they are", m.WhatMovingDoes(null, SittingsOnMove.Move), StringComparison.Ordinal);
        m.Postpone(new DateOnly(2020, 3, 12), null, "owing to the COVID-19 pandemic", ByTheChair, BySecretariat, SittingsOnMove.Move);
        Assert.Equal((MeetingStatus.Postponed, "postponed"), (m.Status, m.StateInWords));
        Assert.Equal(3, m.PlenaryMeetings.Count);

        m.ApproveDates(new DateOnly(2020, 4, 15), DateRange.Create(new(2020, 11, 2), new(2020, 11, 4)), ByExtendedBureau, BySecretariat);

        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(new DateOnly(2020, 11, 2), m.PlenaryMeetings[0].Date);
        Assert.Equal([MeetingEventKind.Postponed, MeetingEventKind.DatesApproved], m.History.Select(e => e.Kind));
    }

    [Fact]
    public void ChangeFormat_RecordsTheFormatAndItsArrangementsWithTheAuthority()
    {
        var m = Planned();

        m.ChangeFormat(new DateOnly(2020, 6, 22), MeetingFormat.Hybrid, "with remote simultaneous interpretation", ByExtendedBureau, BySecretariat);

        Assert.Equal(MeetingFormat.Hybrid, m.Format);
        var e = Assert.Single(m.History);
        Assert.Equal((MeetingEventKind.FormatApproved, MeetingFormat.Hybrid, "with remote simultaneous interpretation", "extended Bureau", DecisionMeans.SilenceProcedure),
            (e.Kind, e.Format!.Value, e.Details!, e.DecidedBy!, e.Means));
    }

    [Fact]
    public void ADecisionOfTheChair_NamesTheChairAsWhoDecided()
    {
        var m = Planned();

        var e = m.Cancel(new DateOnly(2020, 5, 1), "owing to the pandemic", ByTheChair, BySecretariat);

        Assert.Equal((MeetingStatus.Cancelled, "Chair", DecisionMeans.DecisionOfTheChair), (m.Status, e.DecidedBy!, e.Means));
    }

    [Fact]
    public void ADecisionAtAPlenaryMeeting_WithoutItsNumber_IsRefused() =>
        Refused(() => Planned().ApproveAgenda(new DateOnly(2020, 6, 1), new Authority(DecisionMeans.Meeting), BySecretariat),
            "event.plenary_meeting", "names the plenary meeting");

    [Fact]
    public void AdoptReport_Twice_IsRefused()
    {
        var m = InSession();
        m.AdoptReport(End, ByTheChair, BySecretariat);

        Refused(() => m.AdoptReport(End, ByTheChair, BySecretariat), "meeting.report", "already been adopted");
    }

    [Fact]
    public void Hold_APlannedConvening_IsConvenedOnItsFirstDayAtItsFirstPlenaryMeeting_AndClosedOnItsLastAtItsLast()
    {
        var m = Planned();

        var events = m.Hold(BySecretariat);

        Assert.Equal([(MeetingEventKind.Convened, Start, (int?)1), (MeetingEventKind.Closed, End, (int?)3)],
            events.Select(e => (e.Kind, e.OccurredOn, e.PlenaryMeetingNumber)));
        Assert.Equal(MeetingStatus.Held, m.Status);
    }

    [Fact]
    public void Hold_AConveningInSession_OnlyClosesIt()
    {
        var m = InSession();

        var events = m.Hold(BySecretariat);

        Assert.Equal([MeetingEventKind.Closed], events.Select(e => e.Kind));
        Assert.Single(m.History, e => e.Kind == MeetingEventKind.Convened);
    }

    [Fact]
    public void Hold_APostponedConvening_IsRefusedNamingItsState()
    {
        var m = Planned();
        m.Postpone(new(2020, 3, 12), null, "owing to the pandemic", ByExtendedBureau, BySecretariat, SittingsOnMove.Move);

        Refused(() => m.Hold(BySecretariat), "meeting.status", "This convening is postponed; only a planned convening is convened.");
    }

    [Fact]
    public void TakeUp_APlannedSession_TakesItsTopicsAndStocktaking_AndRefusesDatesOutsideTheYearPlanned()
    {
        var body = Plenary.Domain.Bodies.Body.Create("ahc-test", "Ad Hoc Committee on Testing", "Ad Hoc Committee", null, "A/AC.987", Plenary.Domain.Bodies.Membership.OpenEnded);
        body.SetConventions(body.Conventions with { Convenes = Plenary.Domain.Bodies.Convenes.Sessions });
        var workplan = body.AddWorkplan("Programme of work", 2020, 2021, null, null);
        var planned = body.PlanInWorkplan(workplan.Id, 2020, 6, ["Data exchange"], true, null);

        var m = Planned();
        m.TakeUp(planned, body.Convenes);
        Assert.Equal(["Data exchange"], m.Topics);
        Assert.True(m.IsStocktaking);

        var later = Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(new(2021, 1, 4), new(2021, 1, 8)), MeetingFormat.InPerson);
        later.Designate(ConveningKind.Regular, 6, null, null);
        Refused(() => later.TakeUp(planned, body.Convenes), "meeting.dates", "The workplan plans this session for 2020; its dates (from 4 to 8 January 2021) are not in 2020.");
        var seventh = Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(Start, End), MeetingFormat.InPerson);
        Refused(() => seventh.TakeUp(planned, body.Convenes), "convening.ordinal", "The workplan plans the sixth session; this one is named the seventh.");
    }
}
