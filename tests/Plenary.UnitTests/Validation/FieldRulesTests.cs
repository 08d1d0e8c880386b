using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Validation;

/// <summary>
/// The domain decides what is valid for every field a client can send: enums outside their values,
/// dates outside 1945 to 2200, numbers outside their range and texts over their length are refused
/// with a message that names the field and the rule (the cases a security review found accepted).
/// </summary>
public sealed class FieldRulesTests
{
    private static readonly DateRange April2021 = DateRange.Create(new DateOnly(2021, 4, 6), new DateOnly(2021, 4, 8));

    private static Body NewBody() => Body.Create("eg-test", "Expert Group on Testing", "Expert Group", null, "UNODC/CCPCJ/EG.9", Membership.OpenEnded);

    private static Meeting NewMeeting() => Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", April2021, MeetingFormat.Hybrid);

    [Fact]
    public void AMeetingFormatOutsideTheEnum_IsRefused_NamingTheChoices()
    {
        Refused(() => NewMeeting().ChangeFormat(new DateOnly(2021, 2, 1), (MeetingFormat)99, null, Authority.Secretariat, new Recorded("test", DateTimeOffset.UnixEpoch)),
            "meeting.format", "99 is not a format; choose one of inPerson, hybrid, online.");
        Refused(() => Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", April2021, (MeetingFormat)(-1)), "meeting.format", "-1 is not a format");
    }

    [Fact]
    public void AnOfficeOutsideTheEnum_IsRefused_AndTheBodyKeepsNoOfficer()
    {
        var body = NewBody();
        Refused(() => body.ElectOfficer(new OfficerTerm((BureauOffice)int.MaxValue, "Ms. A. Example", "ZAF")), "officer.office", "2147483647 is not an office");
        Assert.Empty(body.Officers);
    }

    [Fact]
    public void ADocumentTypeOrDistributionOutsideTheEnum_IsRefused()
    {
        Refused(() => Document.Register(Guid.NewGuid(), 7, "UNODC/CCPCJ/EG.4/2021/INF/9", "A title", (DocumentType)(-1), null, Distribution.General, "en", []),
            "document.type", "-1 is not a type of document");
        Refused(() => Document.Register(Guid.NewGuid(), 7, "UNODC/CCPCJ/EG.4/2021/INF/9", "A title", DocumentType.InformationDocument, null, (Distribution)5, "en", []),
            "document.distribution", "5 is not a distribution");
    }

    [Fact]
    public void ADocumentsMeetingOver999_IsRefused() =>
        Refused(() => Document.Register(Guid.NewGuid(), 1000, "UNODC/CCPCJ/EG.4/2021/INF/9", "A title", DocumentType.InformationDocument, null, Distribution.General, "en", []),
            "document.meeting", "The number of the convening a document belongs to runs from 1 to 999; 1,000 is outside that range.");

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(1944, 12, 31)]
    [InlineData(2201, 1, 1)]
    public void AMeetingDateOutside1945To2200_IsRefused_WithTheDateInWords(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var e = Refused(() => DateRange.Create(date, date), "dates.start", "The start date must fall between 1 January 1945 and 31 December 2200");
        Assert.DoesNotContain($"{year:0000}-", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstAndLastYearsOfTheRange_AreAccepted()
    {
        Assert.Equal(1, DateRange.Create(new DateOnly(1945, 1, 1), new DateOnly(1945, 1, 1)).Days);
        Assert.Equal(1, DateRange.Create(new DateOnly(2200, 12, 31), new DateOnly(2200, 12, 31)).Days);
    }

    [Fact]
    public void APlannedMeetingNumbered1000_IsRefused()
    {
        var body = NewBody();
        var workplan = body.AddWorkplan("Workplan 2018–2021", 2018, 2021, null, 4);
        Refused(() => body.PlanInWorkplan(workplan.Id, 2021, 1000, ["international cooperation"], false, null), "workplan.meeting",
            "The number of a planned meeting runs from 1 to 999; 1,000 is outside that range.");
        Assert.Empty(workplan.PlannedMeetings);
    }

    [Fact]
    public void AMandateOfAnUnknownKindOrAdoptedOnDayOne_IsRefused()
    {
        var body = NewBody();
        Refused(() => body.AddMandate((MandateKind)7, "A/RES/65/230", null, "General Assembly", null, null, null, null), "mandate.kind", "7 is not a kind of mandate");
        Refused(() => body.AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, DateOnly.MinValue, null, null),
            "mandate.adopted_on", "The date of adoption must fall between 1 January 1945 and 31 December 2200; 1 January 1 does not.");
    }

    [Fact]
    public void AnAnnotationOverTheLimit_IsRefused_NamingTheItemAndTheLimit()
    {
        var meeting = NewMeeting();
        meeting.AddAgendaItem("Opening of the meeting", null, new string('a', 20_000));
        Refused(() => meeting.AddAgendaItem("Adoption of the agenda", null, new string('a', 20_001)), "agenda.annotation",
            "The annotation of agenda item 2 must be at most 20,000 characters (it has 20,001).");
    }

    [Fact]
    public void ASummaryOrAMandatesRequestsOverTheLimit_IsRefused()
    {
        Refused(() => NewMeeting().Describe([], new string('s', 20_001), null, false), "meeting.summary", "The summary must be at most 20,000 characters");
        Refused(() => NewBody().AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, null, null, new string('r', 20_001)),
            "mandate.requests", "What the mandate requests must be at most 20,000 characters");
    }

    [Fact]
    public void ARoleOutsideTheEnum_IsRefused() =>
        Refused(() => Plenary.Domain.Accounts.RoleAssignment.Grant(Guid.NewGuid(), (Plenary.Domain.Accounts.AccessRole)42, Guid.NewGuid(), null, null), "role.role", "42 is not a role");
}
