using System.Text.Json.Nodes;
using Plenary.Application.Records;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Records.RecordFixtures;

namespace Plenary.UnitTests.Records;

public sealed class RecordBuilderTests
{
    private static IReadOnlyList<RecordError> Errors(string json)
    {
        var builder = new RecordBuilder();
        var built = builder.Build(RecordJson.Deserialize(RecordUpgrade.ToCurrent(json)));
        Assert.Null(built);
        return builder.Errors;
    }

    private static RecordError SingleError(string json) => Assert.Single(Errors(json));

    // ---- The demo file ---------------------------------------------------------------------------------------

    [Fact]
    public void DemoFile_BuildsWithoutErrors_IntoSevenMeetings()
    {
        var built = Build(DemoJson);

        Assert.Equal("eg-cybercrime", built.Body.Slug);
        Assert.Equal("UNODC/CCPCJ/EG.4", built.Body.SymbolSeries);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], built.Meetings.Select(m => m.Number));
        Assert.Equal(10, built.Documents.Count);
        Assert.Equal(4, Assert.Single(built.Body.Workplans).PlannedMeetings.Count);
    }

    [Fact]
    public void DemoFile_SeventhMeeting_HasItsAgendaSittingsAndOrganizationOfWork()
    {
        var seventh = Build(DemoJson).Meetings.Single(m => m.Number == 7);

        Assert.Equal(5, seventh.AgendaItems.Count(i => !i.Number.IsSubItem));
        Assert.Equal(["1 (a)", "1 (b)"], seventh.AgendaInOrder.Where(i => i.Number.IsSubItem).Select(i => i.Number.ToString()));
        Assert.Equal(10, seventh.OrganizationOfWork.Count);
        Assert.Equal(6, seventh.PlenaryMeetings.Count);
        Assert.Equal(MeetingStatus.Planned, seventh.Status);
        Assert.Equal(AgendaStatus.Provisional, seventh.AgendaStatus);
    }

    [Fact]
    public void DemoFile_SixthMeeting_HasItsSixStepHistoryAndAdoptedAgenda()
    {
        var sixth = Build(DemoJson).Meetings.Single(m => m.Number == 6);

        Assert.Equal(6, sixth.History.Count);
        Assert.Equal(
            [MeetingEventKind.DatesApproved, MeetingEventKind.AgendaAgreed, MeetingEventKind.PostponementAnnounced,
             MeetingEventKind.DatesApproved, MeetingEventKind.FormatApproved, MeetingEventKind.OrganizationOfWorkCirculated],
            sixth.History.Select(e => e.Kind));
        Assert.Equal(DateRange.Create(new(2020, 4, 6), new(2020, 4, 8)), sixth.History[3].PreviousDates);
        Assert.Equal(MeetingStatus.Held, sixth.Status);
        Assert.Equal(1, sixth.AgendaAdoptedAtPlenaryMeeting);
        Assert.NotNull(sixth.OpenedBy);
        Assert.NotNull(sixth.PresidedBy);
    }

    [Fact]
    public void DemoFile_RoundTripsThroughTheNormalFormUnchanged()
    {
        var once = NormalForm(DemoJson);
        var twice = NormalForm(once);

        Assert.Equal(once, twice);
        Assert.Contains("\"slug\": \"ccpcj\"", once, StringComparison.Ordinal);
    }

    // ---- The small record ------------------------------------------------------------------------------------

    [Fact]
    public void SmallRecord_BuildsEveryPart()
    {
        var built = Build(SmallValidJson);

        var first = built.Meetings[0];
        Assert.Equal(MeetingStatus.Held, first.Status);
        Assert.Equal(MeetingFormat.Hybrid, first.Format);
        Assert.Equal(["en", "fr"], first.PlenaryMeeting(1).InterpretationLanguages);
        Assert.False(first.PlenaryMeeting(2).HasTimes);
        Assert.Equal(["1", "1 (a)", "1 (b)", "2", "3"], first.AgendaInOrder.Select(i => i.Number.ToString()));
        Assert.Equal("UNODC/CCPCJ/EG.9/2021/1", Assert.Single(first.AgendaItem(AgendaItemNumber.Of(1, 'b')).Documentation).Symbol);
        Assert.Equal("Mr. B. Example (Chile)", Assert.Single(first.AgendaItem(AgendaItemNumber.Of(2)).Panellists).ToString());
        Assert.True(first.OrganizationOfWork[^1].NonWorking);
        Assert.Equal(["en", "fr"], built.Documents[0].LanguageVersions);
        Assert.Equal(["en"], built.Documents[1].LanguageVersions);
        Assert.Equal("65/230", Assert.Single(built.Body.Mandates).Number);
    }

    [Fact]
    public void SmallRecord_RoundTripsThroughTheNormalFormUnchanged()
    {
        var once = NormalForm(SmallValidJson);

        Assert.Equal(once, NormalForm(once));
        Assert.Empty(RecordSchema.Validate(once));
    }

    // ---- Broken files ----------------------------------------------------------------------------------------

    [Fact]
    public void BrokenFile_ReportsEveryDomainMistakeAtOnce_EachAtItsPath()
    {
        var errors = Errors(BrokenJson);

        Assert.Equal(
        [
            "$.officers[1].office",
            "$.meetings[0].agenda.items[3].number",
            "$.meetings[1].endDate",
            "$.meetings[2].number",
            "$.documents[1].symbol",
            "$.documents[2].meeting",
        ], errors.Select(e => e.Path));
        Assert.Equal("Ms. A. Example (Austria) is Chair from 1 December 2020; a body has one Chair at a time. End that term, or record the new officer as replacing them.", errors[0].Message);
        Assert.Contains("Agenda item 5 breaks the numbering: the next number here is 4", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("The end date 1 May 2022 is before the start date 2 May 2022", errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("Convening 1 appears more than once", errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("Document symbol 'UNODC//2022/1' has an empty component", errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("belongs to convening 9, which this record does not hold", errors[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedMeeting_IsReportedAndStillCheckedForItsOwnMistakes()
    {
        var errors = Errors(Edited(root => root["meetings"]!.AsArray().Add(
            new JsonObject { ["number"] = 2, ["venue"] = "Geneva", ["startDate"] = "2023-01-10", ["endDate"] = "2023-01-09" })));

        Assert.Equal(["$.meetings[2].number", "$.meetings[2].endDate"], errors.Select(e => e.Path));
        Assert.Contains("Convening 2 appears more than once", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SilenceProcedureWithoutWhoDecided_IsReportedAtDecidedBy()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["history"]![0]!.AsObject().Remove("decidedBy")));

        Assert.Equal("$.meetings[0].history[0].decidedBy", error.Path);
        Assert.Contains("must name the circle that took it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlenaryMeetingNumberedOutOfSequence_IsReportedAtItsNumber()
    {
        var error = SingleError(Edited(root =>
        {
            var sittings = root["meetings"]![0]!["plenaryMeetings"]!.AsArray();
            sittings.Add(new JsonObject { ["number"] = 4, ["date"] = "2021-04-07" });
        }));

        Assert.Equal("$.meetings[0].plenaryMeetings[2].number", error.Path);
        Assert.Contains("this one should be 3, not 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlenaryMeetingOutsideTheDates_IsReportedAtTheSitting()
    {
        var error = SingleError(Edited(root =>
            root["meetings"]![0]!["plenaryMeetings"]!.AsArray().Add(new JsonObject { ["number"] = 3, ["date"] = "2021-04-09" })));

        Assert.Equal("$.meetings[0].plenaryMeetings[2].date", error.Path);
        Assert.Contains("falls outside the convening's dates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdoptedAgendaWithoutItsPlenaryMeeting_IsReported()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["agenda"]!.AsObject().Remove("adoptedAtPlenaryMeeting")));

        Assert.Equal("$.meetings[0].agenda.adoptedAtPlenaryMeeting", error.Path);
        Assert.Contains("must say at which plenary meeting it was adopted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgendaAdoptedAtAnUnknownPlenaryMeeting_IsReported()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["agenda"]!["adoptedAtPlenaryMeeting"] = 3));

        Assert.Equal("$.meetings[0].agenda.adoptedAtPlenaryMeeting", error.Path);
        Assert.Contains("no plenary meeting numbered 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvisionalAgendaNamingAnAdoptionMeeting_IsReported()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["agenda"]!["status"] = "provisional"));

        Assert.Equal("$.meetings[0].agenda.adoptedAtPlenaryMeeting", error.Path);
        Assert.Contains("A provisional agenda has not been adopted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkRowDatedOffItsPlenaryMeeting_IsReported()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["organizationOfWork"]![3]!["date"] = "2021-04-06"));

        Assert.Equal("$.meetings[0].organizationOfWork[3].date", error.Path);
        Assert.Contains("Plenary meeting 2 is held on 7 April 2021, not on 6 April 2021", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkRowWithoutItsItem_IsReported()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["organizationOfWork"]![0]!.AsObject().Remove("item")));

        Assert.Equal("$.meetings[0].organizationOfWork[0]", error.Path);
        Assert.Contains("A working row names its plenaryMeeting and its agenda item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentRegisteredTwice_IsReportedAtTheSecondSymbol()
    {
        var error = SingleError(Edited(root => root["documents"]![1]!["symbol"] = "unodc/ccpcj/eg.9/2021/1"));

        Assert.Equal("$.documents[1].symbol", error.Path);
        Assert.Contains("The symbol UNODC/CCPCJ/EG.9/2021/1 is registered twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryEventWithOnlyOneNewDate_IsReportedAtTheEvent()
    {
        var error = SingleError(Edited(root => root["meetings"]![0]!["history"]![0]!.AsObject().Remove("newEndDate")));

        Assert.Equal("$.meetings[0].history[0]", error.Path);
        Assert.Contains("Give both newStartDate and newEndDate, or neither", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MandateAndPlannedMeetingMistakes_AreReportedAtTheirElements()
    {
        var errors = Errors(Edited(root =>
        {
            root["mandates"]![0]!.AsObject().Remove("symbol");
            root["workplans"]![0]!["plannedMeetings"]![1]!["year"] = 2023;
        }));

        Assert.Equal(["$.mandates[0]", "$.workplans[0].plannedMeetings[1].year"], errors.Select(e => e.Path));
        Assert.Contains("A mandate needs a document symbol or a title", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("The year 2023 is outside the workplan's period 2021–2022", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BodyThatIsItsOwnParent_IsReported()
    {
        var error = SingleError(Edited(root =>
            root["body"]!["parent"] = new JsonObject { ["slug"] = "eg-test", ["fullName"] = "Itself", ["shortName"] = "Itself" }));

        Assert.Equal("$.body.parent.slug", error.Path);
        Assert.Contains("A body cannot be its own parent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BodyThatCannotBeBuilt_DoesNotHideTheOtherErrorsOfTheFile()
    {
        var errors = Errors(Edited(root =>
        {
            root["body"]!["slug"] = "Bad Slug";
            root["meetings"]![1]!["endDate"] = "2022-05-01";
        }));

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Path == "$.body.slug" && e.Message.Contains("The slug 'Bad Slug'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.meetings[1].endDate");
    }
}
