using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Participation;

public sealed class StatementTests
{
    private static Meeting Meeting()
    {
        var meeting = Plenary.Domain.Meetings.Meeting.Schedule(Guid.NewGuid(), 6, "Vienna", DateRange.Create(new(2020, 7, 27), new(2020, 7, 29)), MeetingFormat.Hybrid);
        meeting.AddAgendaItem("International cooperation", null, null);
        meeting.SchedulePlenaryMeeting(new(2020, 7, 27), new(10, 0), new(13, 0), []);
        return meeting;
    }

    [Fact]
    public void Record_NeedsAPlenaryMeeting_AnItem_AndAStateThatMayReply()
    {
        var meeting = Meeting();
        Refused(() => Statement.Record(meeting, 2, AgendaItemNumber.Of(1), true, "ZAF", ParticipantCategory.MemberState, null, false), "statement.plenary", "no plenary meeting numbered 2");
        Refused(() => Statement.Record(meeting, 1, AgendaItemNumber.Of(4), true, "ZAF", ParticipantCategory.MemberState, null, false), "statement.item", "no item 4");
        Refused(() => Statement.Record(meeting, 1, AgendaItemNumber.Of(1), false, "Council of Europe", ParticipantCategory.IntergovernmentalOrganization, null, true),
            "statement.right_of_reply", "exercised by a State");

        var statement = Statement.Record(meeting, 1, AgendaItemNumber.Of(1), true, "zaf", ParticipantCategory.MemberState, "the Group of African States", false);
        Assert.Equal("South Africa (on behalf of the Group of African States)", statement.Describe());
    }

    [Fact]
    public void Publish_NeedsAText_AndRemovingTheTextUnpublishesIt()
    {
        var statement = Statement.Record(Meeting(), 1, AgendaItemNumber.Of(1), true, "ZAF", ParticipantCategory.MemberState, null, false);
        Refused(() => statement.Publish(true), "statement.text", "Upload the text of the statement before publishing it");

        statement.AttachText("statement.pdf", "%PDF-1.7 text"u8.ToArray(), DateTimeOffset.UnixEpoch, "delegate");
        statement.Publish(true);
        Assert.True(statement.Published);

        statement.RemoveText();
        Assert.False(statement.Published);
        Assert.False(statement.HasText);
    }
}
