using Plenary.Domain.Agenda;
using Plenary.Domain.Bureau;
using Plenary.Domain.Documents;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Meetings;

/// <summary>The Secretariat's edits to a meeting: plenary meetings, the organization of work, the Bureau, agenda removals, documentation.</summary>
public sealed class MeetingEditingTests
{
    private static readonly Guid BodyId = Guid.NewGuid();
    private static readonly DateOnly Start = new(2021, 4, 6);
    private static readonly DateOnly Middle = new(2021, 4, 7);
    private static readonly DateOnly End = new(2021, 4, 8);
    private static readonly string[] NoLanguages = [];

    private static TimeOnly T(int hour) => new(hour, 0);

    private static AgendaItemNumber N(string text) => AgendaItemNumber.Parse(text);

    /// <summary>Sittings 1 and 2 on the first day, 3 on the second; items 1, 1 (a), 1 (b), 2, 3; items 1 (a) and 2 at sitting 1, 2 continued at 2, 3 at 3.</summary>
    private static Meeting Meeting()
    {
        var m = Domain.Meetings.Meeting.Schedule(BodyId, 7, "Vienna", DateRange.Create(Start, End), MeetingFormat.Hybrid);
        m.AddPlenaryMeeting(Start, T(10), T(13), NoLanguages);
        m.AddPlenaryMeeting(Start, T(15), T(18), NoLanguages);
        m.AddPlenaryMeeting(Middle, T(10), T(13), NoLanguages);
        m.AddAgendaItem("Organizational matters", null, null);
        m.AddAgendaItem("Opening of the meeting", null, null, 1);
        m.AddAgendaItem("Adoption of the agenda", null, null, 1);
        m.AddAgendaItem("International cooperation", null, null);
        m.AddAgendaItem("Other matters", null, null);
        m.PlanWork(1, N("1 (a)"), false);
        m.PlanWork(1, N("2"), false);
        m.PlanWork(2, N("2"), true);
        m.PlanWork(3, N("3"), false);
        return m;
    }

    private static List<(int? Plenary, string? Item)> Work(Meeting m) =>
        m.OrganizationOfWork.OrderBy(r => r.Position).Select(r => (r.PlenaryMeetingNumber, r.AgendaItem)).ToList();

    // ---- Plenary meetings ------------------------------------------------------------------------------------

    [Fact]
    public void SchedulingAPlenaryMeetingEarlierThanOthers_RenumbersTheLaterOnes_AndTheirWorkFollows()
    {
        var m = Meeting();

        var added = m.SchedulePlenaryMeeting(Start, T(8), T(9), NoLanguages);

        Assert.Equal(1, added.Number);
        Assert.Equal([1, 2, 3, 4], m.PlenaryMeetings.OrderBy(p => p.Date).ThenBy(p => p.StartsAt).Select(p => p.Number));
        Assert.Equal([(2, "1 (a)"), (2, "2"), (3, "2"), (4, "3")], Work(m));
    }

    [Fact]
    public void SchedulingAPlenaryMeetingOutsideTheDates_IsRefused() =>
        Refused(() => Meeting().SchedulePlenaryMeeting(new DateOnly(2021, 4, 9), T(10), T(13), NoLanguages), "plenary.date", "falls outside the convening's dates");

    [Fact]
    public void SchedulingAPlenaryMeetingOverAnother_IsRefused() =>
        Refused(() => Meeting().SchedulePlenaryMeeting(Start, T(12), T(14), NoLanguages), "plenary.overlap", "overlaps plenary meeting 1");

    [Fact]
    public void SchedulingAPlenaryMeetingOnANonWorkingDay_IsRefused()
    {
        var m = Meeting();
        m.PlanNonWorkingDay(End, "Public holiday");
        Refused(() => m.SchedulePlenaryMeeting(End, T(10), T(13), NoLanguages), "plenary.date", "is a non-working day in the organization of work (Public holiday)");
    }

    [Fact]
    public void SchedulingAPlenaryMeetingWithOneTimeOnly_IsRefused() =>
        Refused(() => Meeting().SchedulePlenaryMeeting(End, T(10), null, NoLanguages), "plenary.times", "needs both a start and an end time");

    [Fact]
    public void ReschedulingAPlenaryMeeting_MovesItsWorkToTheNewDay_AndRenumbersByTheNewOrder()
    {
        var m = Meeting();

        m.ReschedulePlenaryMeeting(1, End, T(10), T(13));

        var moved = m.PlenaryMeetings.Single(p => p.Date == End);
        Assert.Equal(3, moved.Number);
        Assert.Equal([(1, "2"), (2, "3"), (3, "1 (a)"), (3, "2")], Work(m));
        Assert.All(m.OrganizationOfWork.Where(r => r.PlenaryMeetingNumber == 3), r => Assert.Equal(End, r.Date));
    }

    [Fact]
    public void ReschedulingAPlenaryMeetingToEndBeforeItStarts_IsRefused() =>
        Refused(() => Meeting().ReschedulePlenaryMeeting(3, Middle, T(13), T(10)), "plenary.times", "must end after it starts");

    [Fact]
    public void ReschedulingAPlenaryMeetingOverAnother_IsRefused_ButOverItselfIsFine()
    {
        var m = Meeting();
        Refused(() => m.ReschedulePlenaryMeeting(3, Start, T(11), T(12)), "plenary.overlap", "overlaps plenary meeting 1");
        m.ReschedulePlenaryMeeting(3, Middle, T(11), T(14));
        Assert.Equal(T(11), m.PlenaryMeeting(3).StartsAt);
    }

    [Fact]
    public void RemovingAPlenaryMeeting_RemovesItsAssignments_AndRenumbersTheLaterOnes()
    {
        var m = Meeting();

        m.RemovePlenaryMeeting(2);

        Assert.Equal([1, 2], m.PlenaryMeetings.Select(p => p.Number).Order());
        Assert.Equal([(1, "1 (a)"), (1, "2"), (2, "3")], Work(m));
    }

    [Fact]
    public void RemovingThePlenaryMeetingThatAdoptedTheAgenda_IsRefused_AndALaterRemovalMovesTheAdoption()
    {
        var m = Meeting();
        m.AdoptAgenda(3);
        Refused(() => m.RemovePlenaryMeeting(3), "plenary.adoption", "The agenda was adopted at plenary meeting 3");

        m.RemovePlenaryMeeting(1);

        Assert.Equal(2, m.AgendaAdoptedAtPlenaryMeeting);
    }

    [Fact]
    public void RemovingAnUnknownPlenaryMeeting_IsRefused() =>
        Refused(() => Meeting().RemovePlenaryMeeting(9), "plenary.unknown", "no plenary meeting numbered 9");

    // ---- Organization of work ----------------------------------------------------------------------------------

    [Fact]
    public void UnassigningAnItem_RemovesOnlyItsRowAtThatPlenaryMeeting()
    {
        var m = Meeting();

        m.UnassignAgendaItem(N("2"), 1);

        Assert.Equal([(1, "1 (a)"), (2, "2"), (3, "3")], Work(m));
    }

    [Fact]
    public void UnassigningAnItemThatIsNotAssignedThere_IsRefused() =>
        Refused(() => Meeting().UnassignAgendaItem(N("3"), 1), "work.unknown", "Agenda item 3 is not assigned to plenary meeting 1");

    // ---- Removing agenda items ----------------------------------------------------------------------------------

    [Fact]
    public void RemovingAnItem_TakesItsSubItemsAndRows_AndRenumbersTheRest()
    {
        var m = Meeting();

        m.RemoveAgendaItem(N("1"));

        Assert.Equal(["1", "2"], m.AgendaInOrder.Select(i => i.Number.ToString()));
        Assert.Equal(["International cooperation", "Other matters"], m.AgendaInOrder.Select(i => i.Title));
        Assert.Equal([(1, "1"), (2, "1"), (3, "2")], Work(m));
    }

    [Fact]
    public void RemovingASubItem_ReLettersTheLaterSubItems_AndTheirRowsFollow()
    {
        var m = Meeting();
        m.PlanWork(3, N("1 (b)"), false);

        m.RemoveAgendaItem(N("1 (a)"));

        Assert.Equal(["1", "1 (a)", "2", "3"], m.AgendaInOrder.Select(i => i.Number.ToString()));
        Assert.Equal("Adoption of the agenda", m.AgendaItem(N("1 (a)")).Title);
        Assert.Equal([(1, "2"), (2, "2"), (3, "3"), (3, "1 (a)")], Work(m));
    }

    [Fact]
    public void RemovingAnItemOfAnAdoptedAgenda_IsRefused()
    {
        var m = Meeting();
        m.AdoptAgenda(1);
        Refused(() => m.RemoveAgendaItem(N("3")), "agenda.adopted", "an adopted agenda is not changed");
    }

    [Fact]
    public void RemovingAnUnknownItem_IsRefused() =>
        Refused(() => Meeting().RemoveAgendaItem(N("7")), "agenda.unknown", "The agenda has no item 7");

    // ---- Documentation ------------------------------------------------------------------------------------------

    private static Document Registered(Guid bodyId, string symbol, string title) =>
        Document.Register(bodyId, 7, symbol, title, DocumentType.WorkingPaper, null, Distribution.General, "en", []);

    [Fact]
    public void ListingADocumentOfTheRegister_TakesItsSymbolAndTitle_AndATitleAloneNeedsNoSymbol()
    {
        var m = Meeting();

        m.ListDocument(N("2"), Registered(BodyId, "UNODC/CCPCJ/EG.4/2021/CRP.1", "Compilation of preliminary recommendations"));
        m.ListDocument(N("2"), "Statements submitted by Member States");

        var docs = m.AgendaItem(N("2")).Documentation.OrderBy(d => d.Position).Select(d => (d.Position, d.Symbol, d.Title)).ToList();
        Assert.Equal([(1, "UNODC/CCPCJ/EG.4/2021/CRP.1", "Compilation of preliminary recommendations"), (2, null, "Statements submitted by Member States")], docs);
    }

    [Fact]
    public void ListingADocumentOfAnotherBody_IsRefused() =>
        Refused(() => Meeting().ListDocument(N("2"), Registered(Guid.NewGuid(), "A/75/1", "Another body's paper")), "documentation.symbol", "is not in this body's document register");

    [Fact]
    public void ListingTheSameDocumentTwice_IsRefused()
    {
        var m = Meeting();
        var doc = Registered(BodyId, "UNODC/CCPCJ/EG.4/2021/CRP.1", "Compilation");
        m.ListDocument(N("2"), doc);
        Refused(() => m.ListDocument(N("2"), doc), "agenda.documentation", "is already listed under agenda item 2");
    }

    [Fact]
    public void ListingADocumentWithoutATitle_IsRefused() =>
        Refused(() => Meeting().ListDocument(N("2"), " "), "agenda.documentation", "The title of a document listed under item 2 is required");

    [Fact]
    public void MovingAndRemovingDocumentation_KeepsThePlacesContiguous()
    {
        var m = Meeting();
        var item = m.AgendaItem(N("2"));
        m.ListDocument(N("2"), "First");
        m.ListDocument(N("2"), "Second");
        m.ListDocument(N("2"), "Third");

        item.MoveDocumentation(3, 1);
        Assert.Equal(["Third", "First", "Second"], item.Documentation.OrderBy(d => d.Position).Select(d => d.Title));

        item.RemoveDocumentation(2);
        Assert.Equal([(1, "Third"), (2, "Second")], item.Documentation.OrderBy(d => d.Position).Select(d => (d.Position, d.Title)));
    }

    [Fact]
    public void MovingDocumentationOutsideTheList_IsRefused()
    {
        var m = Meeting();
        m.ListDocument(N("2"), "First");
        Refused(() => m.AgendaItem(N("2")).MoveDocumentation(1, 2), "documentation.position", "can move to a place from 1 to 1");
        Refused(() => m.AgendaItem(N("2")).RemoveDocumentation(4), "documentation.position", "there is none at place 4");
    }
}
