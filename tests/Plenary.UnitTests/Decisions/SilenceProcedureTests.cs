using Microsoft.Extensions.Time.Testing;
using Plenary.Domain.Decisions;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Decisions;

/// <summary>A silence procedure's workflow, with time from a fake clock: circulation, breaks, extension, withdrawal, conclusion by time.</summary>
public sealed class SilenceProcedureTests
{
    // Circulated on Monday 16 November 2020 at 9 a.m. in Vienna (8 a.m. UTC); deadline Friday 20 November, noon in Vienna (11 a.m. UTC).
    private static readonly DateTimeOffset Circulation = new(2020, 11, 16, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DeadlineUtc = new(2020, 11, 20, 11, 0, 0, TimeSpan.Zero);
    private static readonly Guid Chair = Guid.NewGuid();
    private static readonly Guid GroupChair = Guid.NewGuid();
    private static readonly Guid Outsider = Guid.NewGuid();

    private readonly FakeTimeProvider _clock = new(Circulation);

    private static SilenceProposal Dates(DateOnly? deadline = null, TimeOnly? time = null, string zone = "Europe/Vienna") => new(
        ProcedureSubject.ConveningDates, 8, "Dates of the eighth meeting",
        "The extended Bureau approves the dates of the eighth meeting, from 4 to 6 May 2022.",
        ProcedureCircle.ExtendedBureau, deadline ?? new DateOnly(2020, 11, 20), time ?? new TimeOnly(12, 0), zone,
        ProposedStart: new DateOnly(2022, 5, 4), ProposedEnd: new DateOnly(2022, 5, 6));

    private static readonly CircleCandidate[] Circle =
    [
        new(Chair, "Ms. A. Chair", "chair@example.org", "officer"),
        new(GroupChair, "Mr. B. Member", "member@example.org", "extended Bureau member"),
    ];

    private SilenceProcedure Circulated()
    {
        var p = SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates(), _clock.GetUtcNow(), null, "the secretariat");
        p.Circulate(Circle, _clock.GetUtcNow(), SilenceProcedure.DefaultMinimumNotice, null, "the secretariat");
        return p;
    }

    [Fact]
    public void Circulate_OpensTheProcedure_WithTheCircleFixedAndTheDeadlineInUtc()
    {
        var p = Circulated();

        Assert.Equal(ProcedureStatus.Open, p.Status);
        Assert.Equal(DeadlineUtc, p.DeadlineAt);
        Assert.Equal([Chair, GroupChair], p.Members.Select(m => m.UserId));
        Assert.Equal([ProcedureStepKind.Drafted, ProcedureStepKind.Circulated], p.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void Circulate_WithADeadlineLessThan72HoursAway_IsRefusedNamingTheEarliest()
    {
        var p = SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates(new DateOnly(2020, 11, 18)), _clock.GetUtcNow(), null, null);

        Refused(() => p.Circulate(Circle, _clock.GetUtcNow(), SilenceProcedure.DefaultMinimumNotice, null, null),
            "silence.deadline", "at least 72 hours after circulation: noon on 18 November 2020 (Europe/Vienna) is too early; the earliest is 9 a.m. on 19 November 2020");
    }

    [Fact]
    public void Circulate_ExactlyTheBodysMinimumNoticeBeforeTheDeadline_IsAllowed()
    {
        var p = SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates(), _clock.GetUtcNow(), null, null);
        _clock.SetUtcNow(DeadlineUtc - TimeSpan.FromHours(24));

        p.Circulate(Circle, _clock.GetUtcNow(), TimeSpan.FromHours(24), null, null);

        Assert.Equal(ProcedureStatus.Open, p.Status);
    }

    [Fact]
    public void Circulate_ToACircleWithoutAccounts_IsRefused()
    {
        var p = SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates(), _clock.GetUtcNow(), null, null);

        Refused(() => p.Circulate([], _clock.GetUtcNow(), SilenceProcedure.DefaultMinimumNotice, null, null), "silence.circle", "would reach no one");
    }

    [Fact]
    public void Conclude_BeforeTheDeadline_DoesNothing()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc.AddTicks(-1));

        Assert.False(p.ConcludeIfDue(_clock.GetUtcNow()));
        Assert.Equal(ProcedureStatus.Open, p.Status);
        Assert.Equal(ProcedureStatus.Open, p.StatusAt(_clock.GetUtcNow()));
    }

    [Fact]
    public void Conclude_ExactlyAtTheDeadline_WithoutABreak_Adopts()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc);

        Assert.Equal(ProcedureStatus.Adopted, p.StatusAt(_clock.GetUtcNow()));
        Assert.True(p.ConcludeIfDue(_clock.GetUtcNow()));
        Assert.Equal(ProcedureStatus.Adopted, p.Status);
        Assert.Equal(DeadlineUtc, p.ConcludedAt);
        Assert.Equal(new DateOnly(2020, 11, 20), p.OutcomeOn);
    }

    [Fact]
    public void Conclude_LongAfterTheDeadline_IsDatedAtTheDeadline_AndHappensOnce()
    {
        var p = Circulated();
        _clock.Advance(TimeSpan.FromDays(30));

        Assert.True(p.ConcludeIfDue(_clock.GetUtcNow()));
        Assert.False(p.ConcludeIfDue(_clock.GetUtcNow()));
        Assert.Equal(DeadlineUtc, p.ConcludedAt);
        Assert.Single(p.Steps, s => s.Kind == ProcedureStepKind.Adopted);
    }

    [Fact]
    public void NoObjection_IsRecorded_AndTheProcedureGoesOnToItsDeadline()
    {
        var p = Circulated();
        _clock.Advance(TimeSpan.FromHours(1));

        p.RecordNoObjection(Chair, _clock.GetUtcNow());

        Assert.Equal(ProcedureStatus.Open, p.Status);
        Assert.Single(p.NoObjections);
        Refused(() => p.RecordNoObjection(Chair, _clock.GetUtcNow()), "silence.response", "already answered");
        _clock.SetUtcNow(DeadlineUtc);
        p.ConcludeIfDue(_clock.GetUtcNow());
        Assert.Equal(ProcedureStatus.Adopted, p.Status);
    }

    [Fact]
    public void BreakAtTheLastTick_BeforeTheDeadline_MakesTheOutcomeNotAdopted()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc.AddTicks(-1));

        p.BreakSilence(GroupChair, ResponseKind.Amendment, "Replace \"4 to 6 May\" by \"11 to 13 May\".", _clock.GetUtcNow());
        _clock.SetUtcNow(DeadlineUtc);
        p.ConcludeIfDue(_clock.GetUtcNow());

        Assert.Equal(ProcedureStatus.NotAdopted, p.Status);
        var broken = Assert.Single(p.Breaks);
        Assert.Equal("Mr. B. Member (extended Bureau member)", broken.By);
        Assert.Equal(ResponseKind.Amendment, broken.Response);
    }

    [Fact]
    public void Break_ExactlyAtTheDeadline_IsRefused_AndTheOutcomeStands()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc);

        Refused(() => p.BreakSilence(Chair, ResponseKind.Objection, "We object.", _clock.GetUtcNow()),
            "silence.deadline_passed", "passed at noon on 20 November 2020 (Europe/Vienna); a member can break silence only before the deadline");
        Assert.Equal(ProcedureStatus.Adopted, p.StatusAt(_clock.GetUtcNow()));
    }

    [Fact]
    public void Break_AfterTheDeadline_IsRefused()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc.AddMinutes(5));

        Refused(() => p.BreakSilence(Chair, ResponseKind.Objection, "Too late.", _clock.GetUtcNow()), "silence.deadline_passed", "only before the deadline");
        Assert.Empty(p.Breaks);
    }

    [Fact]
    public void Break_FromOutsideTheCircle_IsRefusedNamingTheRule()
    {
        var p = Circulated();

        Refused(() => p.BreakSilence(Outsider, ResponseKind.Objection, "We object.", _clock.GetUtcNow()),
            "silence.circle", "Only the members of the extended Bureau to whom silence procedure 1 was circulated may break silence");
        Refused(() => p.RecordNoObjection(Outsider, _clock.GetUtcNow()), "silence.circle", "may record no objection");
    }

    [Fact]
    public void Break_WithoutText_OrOnADraft_IsRefused()
    {
        var p = Circulated();
        Refused(() => p.BreakSilence(Chair, ResponseKind.Objection, " ", _clock.GetUtcNow()), "silence.text", "The text of the objection is required");

        var draft = SilenceProcedure.Draft(Guid.NewGuid(), 2, Dates(), _clock.GetUtcNow(), null, null);
        Refused(() => draft.BreakSilence(Chair, ResponseKind.Objection, "No.", _clock.GetUtcNow()), "silence.status", "has not been circulated yet");
    }

    [Fact]
    public void Extend_MovesTheDeadline_SoThatABreakAfterTheOldOneCounts()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc.AddHours(-1));

        p.ExtendDeadline(Deadline.Create(new DateOnly(2020, 11, 23), new TimeOnly(12, 0), "Europe/Vienna"), "At the request of a regional group.", _clock.GetUtcNow(), null, "the secretariat");
        _clock.SetUtcNow(DeadlineUtc.AddHours(1));
        p.BreakSilence(Chair, ResponseKind.Objection, "We object.", _clock.GetUtcNow());
        Assert.False(p.ConcludeIfDue(_clock.GetUtcNow()));

        var extension = Assert.Single(p.Steps, s => s.Kind == ProcedureStepKind.DeadlineExtended);
        Assert.Equal(DeadlineUtc, extension.PreviousDeadline);
        _clock.SetUtcNow(new DateTimeOffset(2020, 11, 23, 11, 0, 0, TimeSpan.Zero));
        Assert.True(p.ConcludeIfDue(_clock.GetUtcNow()));
        Assert.Equal(ProcedureStatus.NotAdopted, p.Status);
        Assert.Equal(new DateOnly(2020, 11, 23), p.OutcomeOn);
    }

    [Fact]
    public void Extend_ToAnEarlierDeadline_OrAfterTheDeadline_IsRefused()
    {
        var p = Circulated();
        Refused(() => p.ExtendDeadline(Deadline.Create(new DateOnly(2020, 11, 19), new TimeOnly(12, 0), "Europe/Vienna"), null, _clock.GetUtcNow(), null, null),
            "silence.deadline", "moves the deadline later than noon on 20 November 2020");

        _clock.SetUtcNow(DeadlineUtc);
        Refused(() => p.ExtendDeadline(Deadline.Create(new DateOnly(2020, 11, 27), new TimeOnly(12, 0), "Europe/Vienna"), null, _clock.GetUtcNow(), null, null),
            "silence.deadline_passed", "can no longer be extended");
    }

    [Fact]
    public void Withdraw_BeforeTheDeadline_EndsTheProcedure_AndTimeNoLongerDecides()
    {
        var p = Circulated();
        _clock.Advance(TimeSpan.FromDays(1));

        p.Withdraw("The dates are no longer available.", _clock.GetUtcNow(), null, "the secretariat");
        _clock.SetUtcNow(DeadlineUtc.AddDays(1));

        Assert.False(p.ConcludeIfDue(_clock.GetUtcNow()));
        Assert.Equal(ProcedureStatus.Withdrawn, p.StatusAt(_clock.GetUtcNow()));
        Refused(() => p.BreakSilence(Chair, ResponseKind.Objection, "No.", _clock.GetUtcNow()), "silence.status", "was withdrawn");
    }

    [Fact]
    public void Withdraw_AfterTheDeadline_IsRefused()
    {
        var p = Circulated();
        _clock.SetUtcNow(DeadlineUtc.AddSeconds(1));

        Refused(() => p.Withdraw(null, _clock.GetUtcNow(), null, null), "silence.deadline_passed", "can no longer be withdrawn");
    }

    [Fact]
    public void Revision_AfterABreak_IsANewProcedureLinkedToTheFirst()
    {
        var p = Circulated();
        p.BreakSilence(GroupChair, ResponseKind.Amendment, "Hold it a week later.", _clock.GetUtcNow());

        var revised = SilenceProcedure.DraftRevision(p, 2, Dates(new DateOnly(2020, 11, 24)) with { ProposedStart = new DateOnly(2022, 5, 11), ProposedEnd = new DateOnly(2022, 5, 13) },
            _clock.GetUtcNow(), null, "the secretariat");

        Assert.Equal(p.Id, revised.RevisesId);
        Assert.Equal(1, revised.RevisesNumber);
        Assert.Equal(ProcedureStatus.Draft, revised.Status);
    }

    [Fact]
    public void Revision_WithoutABreak_IsRefused()
    {
        var p = Circulated();

        Refused(() => SilenceProcedure.DraftRevision(p, 2, Dates(), _clock.GetUtcNow(), null, null), "silence.revision", "has not been broken");
    }

    [Fact]
    public void Draft_OfDates_WithoutDates_OrWithoutAConvening_IsRefused()
    {
        Refused(() => SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates() with { ProposedEnd = null }, _clock.GetUtcNow(), null, null), "silence.dates", "first and the last day");
        Refused(() => SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates() with { MeetingNumber = null }, _clock.GetUtcNow(), null, null), "silence.meeting", "names the convening");
        Refused(() => SilenceProcedure.Draft(Guid.NewGuid(), 1, Dates() with { ProposedStart = new DateOnly(2022, 5, 9) }, _clock.GetUtcNow(), null, null), "silence.dates", "is before the first");
    }

    [Fact]
    public void Draft_OfAFormat_NeedsTheFormat_AndAnOtherDecisionNeedsNoConvening()
    {
        var format = new SilenceProposal(ProcedureSubject.Format, 6, "Format of the sixth meeting", "The sixth meeting is held in a hybrid format.",
            ProcedureCircle.ExtendedBureau, new DateOnly(2020, 11, 20), new TimeOnly(12, 0), "Europe/Vienna");
        Refused(() => SilenceProcedure.Draft(Guid.NewGuid(), 1, format, _clock.GetUtcNow(), null, null), "silence.format", "in person, hybrid or online");

        var hybrid = SilenceProcedure.Draft(Guid.NewGuid(), 1, format with { ProposedFormat = MeetingFormat.Hybrid, FormatArrangements = "with remote simultaneous interpretation" }, _clock.GetUtcNow(), null, null);
        Assert.Equal(MeetingFormat.Hybrid, hybrid.ProposedFormat);

        var other = SilenceProcedure.Draft(Guid.NewGuid(), 2, format with { Subject = ProcedureSubject.Other, MeetingNumber = null, AttachedDocument = "UNODC/CCPCJ/EG.4/2021/CRP.1" }, _clock.GetUtcNow(), null, null);
        Assert.Null(other.MeetingNumber);
        Assert.Equal("UNODC/CCPCJ/EG.4/2021/CRP.1", other.AttachedDocument);
    }

    [Fact]
    public void EditDraft_AfterCirculation_IsRefused()
    {
        var p = Circulated();

        Refused(() => p.EditDraft(Dates()), "silence.status", "a circulated proposal is not changed");
    }
}
