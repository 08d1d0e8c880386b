using Plenary.Application.Audit;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;

namespace Plenary.UnitTests.Audit;

public class ChangeWordingTests
{
    private static readonly Guid MeetingId = Guid.Parse("0193a1b2-0000-7000-8000-00000000000a");
    private static readonly Guid UserId = Guid.Parse("0193a1b2-0000-7000-8000-00000000000b");

    /// <summary>Names as the store would give them, and the property types of the domain's entities.</summary>
    private static readonly AuditNames Names = new(
        new Dictionary<Guid, string> { [MeetingId] = "the seventh meeting (Expert Group)", [UserId] = "bureau@plenary.demo" },
        (type, property) => (type switch
        {
            "AgendaItem" => typeof(AgendaItem),
            "Meeting" => typeof(Meeting),
            "Mandate" => typeof(Mandate),
            "RoleAssignment" => typeof(Plenary.Domain.Accounts.RoleAssignment),
            _ => null,
        })?.GetProperty(property)?.PropertyType)
    {
        Convenings = new Dictionary<Guid, string> { [MeetingId] = "the seventh meeting" },
    };

    private static AuditRow Row(string type, string action, string? before, string? after) =>
        new(1, new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero), "secretariat@plenary.demo", "Web", type, Guid.NewGuid().ToString(), action, before, after);

    private static string Item(int item, string title, string? annotation) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Id"] = Guid.NewGuid(), ["MeetingId"] = MeetingId, ["Item"] = item, ["SubItem"] = null, ["Title"] = title, ["Annotation"] = annotation, ["ShortTitle"] = null,
        });

    [Fact]
    public void AnEditedAnnotation_ReadsAsASentence_WithAWordDiff_AndNoIdOrEscape()
    {
        var before = Item(3, "Substantive matters", "Under agenda item 3, the Expert Group may wish to consider the report of the Secretariat.");
        var after = Item(3, "Substantive matters", "Under agenda item 3, the Expert Group may wish to take note of the report of the Chair.");

        var change = ChangeWording.Describe(Row("AgendaItem", "Modified", before, after), Names);

        Assert.Equal("Annotation of item 3 changed", change.Sentence);
        Assert.Equal("the seventh meeting (Expert Group)", change.Context);
        var field = Assert.Single(change.Fields);
        Assert.Equal("Annotation", field.Label);
        Assert.NotNull(field.Diff);
        Assert.Contains(field.Diff, p => p.Kind == DiffKind.Removed && p.Text.Trim() == "consider");
        Assert.Contains(field.Diff, p => p.Kind == DiffKind.Added && p.Text.Trim() == "take note of");
        Assert.Contains(field.Diff, p => p.Kind == DiffKind.Removed && p.Text == "Secretariat");
        Assert.Contains(field.Diff, p => p.Kind == DiffKind.Added && p.Text == "Chair");
        Assert.DoesNotContain(MeetingId.ToString(), change.Sentence + change.Context);
    }

    [Fact]
    public void AShortChange_ShowsBeforeAndAfter_WithoutADiff()
    {
        var change = ChangeWording.Describe(Row("AgendaItem", "Modified", Item(2, "Opening", null), Item(2, "Opening of the session", null)), Names);

        Assert.Equal("Title of item 2 changed", change.Sentence);
        var field = Assert.Single(change.Fields);
        Assert.Equal(("Opening", "Opening of the session"), (field.Before, field.After));
        Assert.Null(field.Diff);
    }

    [Fact]
    public void TwoFieldsChanged_AreNamedInOneSentence() =>
        Assert.Equal("Title and annotation of item 4 changed",
            ChangeWording.Describe(Row("AgendaItem", "Modified", Item(4, "Other matters", null), Item(4, "Any other matters", "To be announced.")), Names).Sentence);

    [Fact]
    public void AMovedItem_SaysItsOldAndNewNumber() =>
        Assert.Equal("Item 6 is now item 2",
            ChangeWording.Describe(Row("AgendaItem", "Modified", Item(6, "Election of officers", null), Item(2, "Election of officers", null)), Names).Sentence);

    [Fact]
    public void AnAddedAndARemovedEntity_AreSaidSo_WithTheirValues()
    {
        var added = ChangeWording.Describe(Row("AgendaItem", "Added", null, Item(6, "Election of officers", null)), Names);
        var removed = ChangeWording.Describe(Row("AgendaItem", "Deleted", Item(5, "Closing of the meeting", null), null), Names);

        Assert.Equal("Item 6 added", added.Sentence);
        Assert.Contains(added.Fields, f => f.Label == "Title" && f.After == "Election of officers");
        Assert.Equal("Item 5 removed", removed.Sentence);
        Assert.Contains(removed.Fields, f => f.Label == "Title" && f.Before == "Closing of the meeting");
    }

    [Fact]
    public void DatesReadInUnStyle_AndEnumerationsInWords()
    {
        static string Meeting(string start, int format) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Id"] = MeetingId, ["Number"] = 7, ["Venue"] = "Vienna", ["StartDate"] = start, ["EndDate"] = "2021-04-08", ["Format"] = format, ["Version"] = 3,
        });

        var change = ChangeWording.Describe(Row("Meeting", "Modified", Meeting("2021-04-06", 0), Meeting("2021-04-07", 1)), Names);

        Assert.Equal("Start date and format of the seventh meeting changed", change.Sentence);
        Assert.Contains(change.Fields, f => f.Label == "Start date" && f.Before == "6 April 2021" && f.After == "7 April 2021");
        Assert.Contains(change.Fields, f => f.Label == "Format" && f.Before == "in person" && f.After == "hybrid");
    }

    [Fact]
    public void AnEditThatOnlyCountsTheVersion_SaysSoWithoutFields()
    {
        static string Meeting(int version) => $"{{\"Id\":\"{MeetingId}\",\"Number\":7,\"Venue\":\"Vienna\",\"Version\":{version}}}";

        var change = ChangeWording.Describe(Row("Meeting", "Modified", Meeting(3), Meeting(4)), Names);

        Assert.Equal("The seventh meeting edited (now version 4)", change.Sentence);
        Assert.Empty(change.Fields);
    }

    [Fact]
    public void AConveningNoLongerInTheRecord_IsNamedByItsNumber_NotAsAMeeting()
    {
        var gone = Guid.Parse("0193a1b2-0000-7000-8000-00000000000e");
        var row = Row("Meeting", "Deleted", $"{{\"Id\":\"{gone}\",\"Number\":3,\"Venue\":\"New York\",\"Version\":2}}", null);

        Assert.StartsWith("Convening 3 ", ChangeWording.Describe(row, Names).Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithQuotesAndLineBreaks_IsReadAsWritten_NotEscaped()
    {
        var before = Item(1, "Opening", "The Chair's statement.");
        var after = Item(1, "Opening", "The Chair's statement.\r\nThe Secretariat's statement.");

        var field = Assert.Single(ChangeWording.Describe(Row("AgendaItem", "Modified", before, after), Names).Fields);

        Assert.Equal("The Chair's statement.", field.Before);
        Assert.Equal("The Chair's statement.\r\nThe Secretariat's statement.", field.After);
    }

    [Fact]
    public void AnImport_IsOneSentence_ItsRecordLeftToTheCsv() =>
        Assert.Equal("The record of eg-cybercrime imported",
            ChangeWording.Describe(new AuditRow(1, DateTimeOffset.UnixEpoch, "cli", "Import", "BodyRecord", "eg-cybercrime", "Imported", null, "{\"body\":{}}"), Names).Sentence);

    [Fact]
    public void AnIdThatNamesNothingLeft_SaysSo_InsteadOfShowingIt()
    {
        var gone = Guid.NewGuid();
        var change = ChangeWording.Describe(Row("Mandate", "Modified",
            $"{{\"Id\":\"{Guid.NewGuid()}\",\"Position\":1,\"Symbol\":\"A/RES/74/247\",\"Organ\":\"General Assembly\",\"Kind\":0,\"Session\":\"{gone}\"}}",
            $"{{\"Id\":\"{Guid.NewGuid()}\",\"Position\":1,\"Symbol\":\"A/RES/74/247\",\"Organ\":\"General Assembly\",\"Kind\":1,\"Session\":null}}"), Names);

        Assert.Equal("Kind and session of mandate 1 (A/RES/74/247) changed", change.Sentence);
        Assert.Contains(change.Fields, f => f.Label == "Kind" && f.Before == "resolution" && f.After == "decision");
        Assert.Contains(change.Fields, f => f.Label == "Session" && f.Before == "an entry no longer in the record" && f.After is null);
        Assert.DoesNotContain(change.Fields, f => (f.Before ?? "").Contains(gone.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void ARole_NamesItsHolderByEmail_NotById()
    {
        var change = ChangeWording.Describe(Row("RoleAssignment", "Added", null,
            $"{{\"Id\":\"{Guid.NewGuid()}\",\"UserId\":\"{UserId}\",\"Role\":3,\"BodyId\":null,\"State\":null,\"Organization\":null}}"), Names);

        Assert.Equal("The extended bureau member role of bureau@plenary.demo added", change.Sentence);
        Assert.Null(change.Context); // the sentence names the account already
    }

    [Fact]
    public void ABodyThatHoldsSessions_ReadsSessionsInItsEntries()
    {
        var bodyId = Guid.Parse("0193a1b2-0000-7000-8000-00000000000c");
        var sessionId = Guid.Parse("0193a1b2-0000-7000-8000-00000000000d");
        var names = Names with
        {
            Convenings = new Dictionary<Guid, string> { [sessionId] = "the resumed second session" },
            Nouns = new Dictionary<Guid, string> { [bodyId] = "session" },
        };
        static string Values(Dictionary<string, object?> values) => System.Text.Json.JsonSerializer.Serialize(values);
        var session = new AuditRow(1, new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.Zero), "secretariat@plenary.demo", "Web", "Meeting", sessionId.ToString(), "Modified",
            Values(new() { ["Id"] = sessionId, ["Number"] = 4, ["Venue"] = "New York" }), Values(new() { ["Id"] = sessionId, ["Number"] = 4, ["Venue"] = "Vienna" }));
        var planned = Row("PlannedMeeting", "Added", null, Values(new() { ["BodyId"] = bodyId, ["Position"] = 2, ["Year"] = 2023 }));

        Assert.Equal("Venue of the resumed second session changed", ChangeWording.Describe(session, names).Sentence);
        Assert.Equal("Planned session 2 (2023) added", ChangeWording.Describe(planned, names).Sentence);
    }
}
