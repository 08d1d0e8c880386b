using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Plenary.Domain.Agenda;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Agenda;

public sealed class AgendaTests
{
    private static Meeting NewMeeting() =>
        Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(new(2021, 4, 6), new(2021, 4, 8)), MeetingFormat.Hybrid);

    private static Meeting MeetingWithOneSitting()
    {
        var m = NewMeeting();
        m.AddPlenaryMeeting(new DateOnly(2021, 4, 6), new TimeOnly(10, 0), new TimeOnly(13, 0), []);
        return m;
    }

    // ---- AgendaItemNumber ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2", 2, null)]
    [InlineData("2.", 2, null)]
    [InlineData(" 12 ", 12, null)]
    [InlineData("99", 99, null)]
    [InlineData("1 (a)", 1, 'a')]
    [InlineData("1(a)", 1, 'a')]
    [InlineData("1a", 1, 'a')]
    [InlineData("1. (b)", 1, 'b')]
    [InlineData("3 (z)", 3, 'z')]
    public void Parse_TheWrittenForms_GiveItemAndSubItem(string text, int item, char? subItem)
    {
        var number = AgendaItemNumber.Parse(text);

        Assert.Equal(item, number.Item);
        Assert.Equal(subItem, number.SubItem);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData("(a)")]
    [InlineData("1 (A)")]
    [InlineData("1A")]
    [InlineData("1 (ab)")]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("100")]
    [InlineData("1 (a) 2")]
    public void Parse_TextThatIsNotAnItemNumber_IsRefused(string text) =>
        Refused(() => AgendaItemNumber.Parse(text), "agenda.number", $"'{text}' is not an agenda item number");

    [Fact]
    public void Parse_Null_IsRefused() =>
        Refused(() => AgendaItemNumber.Parse(null), "agenda.number", "is not an agenda item number");

    [Theory]
    [InlineData("0")]
    [InlineData("00 (a)")]
    public void Parse_ItemZero_IsRefusedAsOutOfRange(string text) =>
        Refused(() => AgendaItemNumber.Parse(text), "agenda.number", "0 is outside that range");

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Of_ItemOutsideOneTo99_IsRefused(int item) =>
        Refused(() => AgendaItemNumber.Of(item), "agenda.number", $"Agenda items are numbered from 1 to 99; {item} is outside");

    [Theory]
    [InlineData('A')]
    [InlineData('1')]
    public void Of_SubItemThatIsNotALowercaseLetter_IsRefused(char letter) =>
        Refused(() => AgendaItemNumber.Of(1, letter), "agenda.number", $"'{letter}' is not a lowercase letter");

    [Theory]
    [InlineData(2, null, "2", "2.")]
    [InlineData(1, 'a', "1 (a)", "(a)")]
    [InlineData(12, 'c', "12 (c)", "(c)")]
    public void ToStringAndLabel_WriteTheNumberAsTheAgendaDoes(int item, char? subItem, string text, string label)
    {
        var number = AgendaItemNumber.Of(item, subItem);

        Assert.Equal(text, number.ToString());
        Assert.Equal(label, number.Label);
        Assert.Equal(number, AgendaItemNumber.Parse(text));
    }

    [Fact]
    public void Ordering_PutsSubItemsAfterTheirItemAndBeforeTheNext()
    {
        var shuffled = new[] { "10", "2", "1 (b)", "1", "2 (a)", "1 (a)" }.Select(AgendaItemNumber.Parse).ToList();

        var sorted = shuffled.Order().Select(n => n.ToString());

        Assert.Equal(["1", "1 (a)", "1 (b)", "2", "2 (a)", "10"], sorted);
    }

    [Fact]
    public void CompareTo_AgreesWithEqualityAndPutsNullFirst()
    {
        Assert.True(AgendaItemNumber.Of(1).CompareTo(AgendaItemNumber.Of(1, 'a')) < 0);
        Assert.True(AgendaItemNumber.Of(1, 'b').CompareTo(AgendaItemNumber.Of(2)) < 0);
        Assert.Equal(0, AgendaItemNumber.Parse("1a").CompareTo(AgendaItemNumber.Of(1, 'a')));
        Assert.True(AgendaItemNumber.Of(1).CompareTo(null) > 0);
    }

    [Fact]
    public void Parent_OfASubItem_IsItsItem()
    {
        var sub = AgendaItemNumber.Of(3, 'b');

        Assert.True(sub.IsSubItem);
        Assert.Equal(AgendaItemNumber.Of(3), sub.Parent);
        Assert.False(sub.Parent.IsSubItem);
    }

    // ---- Meeting.AddAgendaItem -------------------------------------------------------------------------------

    [Fact]
    public void AddAgendaItem_NumbersItemsContiguouslyFromOne()
    {
        var m = NewMeeting();

        m.AddAgendaItem("Organizational matters", null, null);
        m.AddAgendaItem("International cooperation", "Cooperation", "An annotation.");
        m.AddAgendaItem("Adoption of the report", null, null);

        Assert.Equal(["1", "2", "3"], m.AgendaItems.Select(i => i.Number.ToString()));
        var second = m.AgendaItem(AgendaItemNumber.Of(2));
        Assert.Equal("Cooperation", second.ShortTitle);
        Assert.Equal("An annotation.", second.Annotation);
    }

    [Fact]
    public void AddAgendaItem_SubItems_AreLetteredInOrderUnderTheirItem()
    {
        var m = NewMeeting();
        m.AddAgendaItem("Organizational matters", null, null);
        m.AddAgendaItem("Cooperation", null, null);

        m.AddAgendaItem("Opening of the meeting", null, null, parentItem: 1);
        m.AddAgendaItem("Scope", null, null, parentItem: 2);
        m.AddAgendaItem("Adoption of the agenda", null, null, parentItem: 1);

        Assert.Equal(["1", "1 (a)", "1 (b)", "2", "2 (a)"], m.AgendaInOrder.Select(i => i.Number.ToString()));
        Assert.Equal("Adoption of the agenda", m.AgendaItem(AgendaItemNumber.Of(1, 'b')).Title);
    }

    [Fact]
    public void AddAgendaItem_ASubItemOfAnItemThatDoesNotExist_IsRefused()
    {
        var m = NewMeeting();
        m.AddAgendaItem("Organizational matters", null, null);

        Refused(() => m.AddAgendaItem("Orphan", null, null, parentItem: 2), "agenda.parent", "There is no agenda item 2 to add a sub-item to");
    }

    [Fact]
    public void AddAgendaItem_ATwentySeventhSubItem_IsRefused()
    {
        var m = NewMeeting();
        m.AddAgendaItem("Many parts", null, null);
        for (var i = 0; i < 26; i++) m.AddAgendaItem($"Part {i + 1}", null, null, 1);

        Refused(() => m.AddAgendaItem("One too many", null, null, 1), "agenda.number", "already has 26 sub-items, (a) to (z)");
        Assert.Equal('z', m.AgendaInOrder.Last().Number.SubItem);
    }

    [Fact]
    public void AddAgendaItem_WithoutATitle_IsRefused() =>
        Refused(() => NewMeeting().AddAgendaItem(" ", null, null), "agenda.title", "The title of agenda item 1 is required");

    [Fact]
    public void AddAgendaItem_WithExplicitNumbersInOrder_IsAccepted()
    {
        var m = NewMeeting();

        foreach (var n in new[] { "1", "1 (a)", "1 (b)", "2", "3", "3 (a)" })
            m.AddAgendaItem(AgendaItemNumber.Parse(n), $"Item {n}", null, null);

        Assert.Equal(["1", "1 (a)", "1 (b)", "2", "3", "3 (a)"], m.AgendaInOrder.Select(i => i.Number.ToString()));
    }

    [Fact]
    public void AddAgendaItem_WithAnExplicitNumberLeavingAGap_IsRefusedNamingTheExpectedNumber()
    {
        var m = NewMeeting();
        m.AddAgendaItem(AgendaItemNumber.Of(1), "One", null, null);
        m.AddAgendaItem(AgendaItemNumber.Of(2), "Two", null, null);

        Refused(() => m.AddAgendaItem(AgendaItemNumber.Of(4), "Four", null, null),
            "agenda.number", "Agenda item 4 breaks the numbering: the next number here is 3");
        Assert.Equal(2, m.AgendaItems.Count);
    }

    [Fact]
    public void AddAgendaItem_WithAnExplicitNumberThatIsTaken_IsRefusedAsARepeat()
    {
        var m = NewMeeting();
        m.AddAgendaItem(AgendaItemNumber.Of(1), "One", null, null);
        m.AddAgendaItem(AgendaItemNumber.Of(2), "Two", null, null);

        Refused(() => m.AddAgendaItem(AgendaItemNumber.Of(2), "Two again", null, null),
            "agenda.number", "Agenda item 2 appears twice");
    }

    [Fact]
    public void AddAgendaItem_WithAnExplicitSubItemLeavingAGap_IsRefusedNamingTheExpectedLetter()
    {
        var m = NewMeeting();
        m.AddAgendaItem(AgendaItemNumber.Of(1), "One", null, null);

        Refused(() => m.AddAgendaItem(AgendaItemNumber.Of(1, 'b'), "One (b)", null, null),
            "agenda.number", "Agenda item 1 (b) breaks the numbering: the next number here is 1 (a)");
    }

    [Fact]
    public void AddAgendaItem_WithAnExplicitSubItemThatIsTaken_IsRefusedAsARepeat()
    {
        var m = NewMeeting();
        m.AddAgendaItem(AgendaItemNumber.Of(1), "One", null, null);
        m.AddAgendaItem(AgendaItemNumber.Of(1, 'a'), "One (a)", null, null);

        Refused(() => m.AddAgendaItem(AgendaItemNumber.Of(1, 'a'), "One (a) again", null, null),
            "agenda.number", "Agenda item 1 (a) appears twice");
    }

    [Fact]
    public void AddAgendaItem_ToAnAdoptedAgenda_IsRefused()
    {
        var m = MeetingWithOneSitting();
        m.AddAgendaItem("Organizational matters", null, null);
        m.AdoptAgenda(1);

        Refused(() => m.AddAgendaItem("Late item", null, null), "agenda.adopted", "an adopted agenda is not changed");
        Refused(() => m.AddAgendaItem("Late sub-item", null, null, 1), "agenda.adopted", "The agenda has been adopted");
        Refused(() => m.AddAgendaItem(AgendaItemNumber.Of(2), "Late item", null, null), "agenda.adopted", "The agenda has been adopted");
        Assert.Single(m.AgendaItems);
    }

    [Fact]
    public void AdoptAgenda_AtAKnownPlenaryMeeting_RecordsWhereItWasAdopted()
    {
        var m = MeetingWithOneSitting();
        m.AddAgendaItem("Organizational matters", null, null);

        m.AdoptAgenda(1);

        Assert.Equal(AgendaStatus.Adopted, m.AgendaStatus);
        Assert.Equal(1, m.AgendaAdoptedAtPlenaryMeeting);
    }

    [Fact]
    public void AdoptAgenda_ThatIsEmpty_IsRefused()
    {
        var m = MeetingWithOneSitting();

        Refused(() => m.AdoptAgenda(1), "agenda.empty", "An empty agenda cannot be adopted");
        Assert.Equal(AgendaStatus.Provisional, m.AgendaStatus);
    }

    [Fact]
    public void AdoptAgenda_AtAnUnknownPlenaryMeeting_IsRefused()
    {
        var m = MeetingWithOneSitting();
        m.AddAgendaItem("Organizational matters", null, null);

        Refused(() => m.AdoptAgenda(2), "plenary.unknown", "no plenary meeting numbered 2");
        Assert.Equal(AgendaStatus.Provisional, m.AgendaStatus);
        Assert.Null(m.AgendaAdoptedAtPlenaryMeeting);
    }

    // ---- Documentation and panellists ------------------------------------------------------------------------

    [Fact]
    public void AddDocumentation_NormalisesTheSymbolAndKeepsTheOrder()
    {
        var item = NewMeeting().AddAgendaItem("Organizational matters", null, null);

        item.AddDocumentation(" unodc/ccpcj/eg.4/2021/1 ", "Provisional agenda");
        item.AddDocumentation(null, "Note by the Secretariat");
        item.AddDocumentation(null, "Another note without a symbol");

        Assert.Equal(["UNODC/CCPCJ/EG.4/2021/1", null, null], item.Documentation.Select(d => d.Symbol));
        Assert.Equal([1, 2, 3], item.Documentation.Select(d => d.Position));
    }

    [Fact]
    public void AddDocumentation_WithABadSymbol_IsRefused()
    {
        var item = NewMeeting().AddAgendaItem("Organizational matters", null, null);

        Refused(() => item.AddDocumentation("RES/1", "Bad"), "symbol.invalid", "must begin with an organ");
        Assert.Empty(item.Documentation);
    }

    [Fact]
    public void AddDocumentation_TheSameSymbolTwice_IsRefused()
    {
        var m = NewMeeting();
        m.AddAgendaItem("Organizational matters", null, null);
        var sub = m.AddAgendaItem("Adoption of the agenda", null, null, 1);
        sub.AddDocumentation("UNODC/CCPCJ/EG.4/2021/1", "Provisional agenda");

        Refused(() => sub.AddDocumentation("unodc/ccpcj/eg.4/2021/1", "Provisional agenda (again)"),
            "agenda.documentation", "UNODC/CCPCJ/EG.4/2021/1 is already listed under agenda item 1 (a)");
        Assert.Single(sub.Documentation);
    }

    [Fact]
    public void AddDocumentation_WithoutATitle_IsRefused() =>
        Refused(() => NewMeeting().AddAgendaItem("Organizational matters", null, null).AddDocumentation("A/RES/65/230", ""),
            "agenda.documentation", "The title of a document listed under item 1 is required");

    [Fact]
    public void AddPanellist_KeepsTheStateByCode_AndShowsItByName()
    {
        var item = NewMeeting().AddAgendaItem("Cooperation", null, null);

        item.AddPanellist("Mr.", "Markko Künnapu", "Estonia", null);
        item.AddPanellist("Ms. Sheri L. Shepherd-Pratt", "United States", null);
        item.AddPanellist("Ms.", "X", null, "International Criminal Police Organization");
        item.AddPanellist("Pol.col.", "Amornchai Leelakajonjit", "THA", null);

        Assert.Equal(["EST", "USA", null, "THA"], item.Panellists.Select(p => p.State));
        Assert.Equal(["Mr. Markko Künnapu (Estonia)", "Ms. Sheri L. Shepherd-Pratt (United States of America)", "Ms. X (International Criminal Police Organization)",
            "Pol.col. Amornchai Leelakajonjit (Thailand)"], item.Panellists.Select(p => p.ToString()));
    }

    [Fact]
    public void AddPanellist_WithoutAName_IsRefused() =>
        Refused(() => NewMeeting().AddAgendaItem("Cooperation", null, null).AddPanellist(" ", "Estonia", null),
            "panellist.name", "The panellist's name is required");

    [Fact]
    public void AddPanellist_FromAStateNotInTheRegister_OrFromAStateAndAnOrganization_IsRefused()
    {
        var item = NewMeeting().AddAgendaItem("Cooperation", null, null);
        Refused(() => item.AddPanellist("Mr.", "A", "Atlantis", null), "panellist.state", "'Atlantis' is not a State in the register");
        Refused(() => item.AddPanellist("Mr.", "A", "EST", "Council of Europe"), "panellist.organization", "from a State or from an organization");
    }

    [Fact]
    public void APanel_IsEdited_Reordered_AndCutShort_EvenOnceTheAgendaIsAdopted()
    {
        var meeting = NewMeeting();
        var item = meeting.AddAgendaItem("Cooperation", null, null);
        meeting.AddPlenaryMeeting(meeting.StartDate, null, null, []);
        meeting.AdoptAgenda(1);
        item.AddPanellist("Mr.", "A", "EST", null);
        item.AddPanellist("Ms.", "B", "CHN", null);
        item.AddPanellist("Dr.", "C", "ARG", null);

        item.MovePanellist(3, 1);
        item.EditPanellist(2, "Ms.", "A. Renamed", "EST", null);
        item.RemovePanellist(3);

        Assert.Equal(["Dr. C (Argentina)", "Ms. A. Renamed (Estonia)"], item.Panellists.OrderBy(p => p.Position).Select(p => p.ToString()));
        Refused(() => item.RemovePanellist(5), "panellist.unknown", "there is none at place 5");
    }

    // ---- Property --------------------------------------------------------------------------------------------

    [Property]
    public Property AddAgendaItem_NItemsAndKSubItems_AreNumberedOneToNAndLetteredFromA() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 20)
             from k in Gen.Choose(0, 10)
             select (n, k)).ToArbitrary(),
            t =>
            {
                var (n, k) = t;
                var m = NewMeeting();
                for (var i = 0; i < n; i++) m.AddAgendaItem($"Item {i + 1}", null, null);
                for (var j = 0; j < k; j++) m.AddAgendaItem($"Sub-item {j + 1}", null, null, parentItem: 1);

                var items = m.AgendaItems.Where(i => i.SubItem is null).Select(i => i.Item);
                var letters = m.AgendaItems.Where(i => i.SubItem is not null).Select(i => (i.Item, i.SubItem));
                return items.SequenceEqual(Enumerable.Range(1, n))
                    && letters.SequenceEqual(Enumerable.Range(0, k).Select(j => (1, (string?)((char)('a' + j)).ToString())));
            });
}
