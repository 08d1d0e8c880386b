using Plenary.Domain;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Bodies;

/// <summary>The Secretariat's edits to a body, its mandates and workplans: the rules and the version.</summary>
public sealed class BodyEditingTests
{
    private static Body NewBody() =>
        Body.Create("eg-cybercrime", "Expert Group to Conduct a Comprehensive Study on Cybercrime", "Expert Group",
            "United Nations Office on Drugs and Crime (UNODC)", "UNODC/CCPCJ/EG.4", Membership.OpenEnded);

    private static Body WithThreeMandates()
    {
        var body = NewBody();
        body.AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, null, "paragraph 9", null);
        body.AddMandate(MandateKind.Resolution, "E/RES/2019/19", null, "Economic and Social Council", null, null, null, null);
        body.AddMandate(MandateKind.Declaration, null, "Salvador Declaration", "Twelfth Congress", null, null, "paragraph 42", null);
        return body;
    }

    private static (Body Body, Workplan Workplan) WithAWorkplan()
    {
        var body = NewBody();
        var workplan = body.AddWorkplan("Workplan 2018–2021", 2018, 2021, null, 4);
        body.PlanInWorkplan(workplan.Id, 2018, 4, ["Legislation", "Criminalization"], false, null);
        body.PlanInWorkplan(workplan.Id, 2019, 5, ["Law enforcement"], false, null);
        body.PlanInWorkplan(workplan.Id, 2021, 7, [], true, null);
        return (body, workplan);
    }

    // ---- Version ---------------------------------------------------------------------------------------------

    [Fact]
    public void ANewBody_IsAtVersionOne_AndEachEditCountsOnce()
    {
        var body = NewBody();
        Assert.Equal(1, body.Version);

        body.BeginEdit(1);
        body.BeginEdit(2);

        Assert.Equal(3, body.Version);
    }

    [Fact]
    public void BeginEdit_FromAnOlderVersion_IsRefusedAsStale_AndCountsNothing()
    {
        var body = NewBody();
        body.BeginEdit(1);

        var e = Assert.Throws<StaleEditException>(() => body.BeginEdit(1));

        Assert.Equal(2, e.CurrentVersion);
        Assert.Equal(2, body.Version);
    }

    [Fact]
    public void ClearRecord_ForAnImport_CountsAsAnEdit()
    {
        var body = NewBody();
        body.ClearRecord();
        Assert.Equal(2, body.Version);
    }

    // ---- Details ---------------------------------------------------------------------------------------------

    [Fact]
    public void EditDetails_ChangesNamesSecretariatSeriesAndMembership_ButNotTheSlug()
    {
        var body = NewBody();

        body.EditDetails("Open-ended intergovernmental expert group", "Expert Group on Cybercrime", null, "unodc/ccpcj/eg.5", Membership.Listed);

        Assert.Equal("eg-cybercrime", body.Slug);
        Assert.Equal("Open-ended intergovernmental expert group", body.FullName);
        Assert.Equal("Expert Group on Cybercrime", body.ShortName);
        Assert.Null(body.Secretariat);
        Assert.Equal("UNODC/CCPCJ/EG.5", body.SymbolSeries);
        Assert.Equal(Membership.Listed, body.Membership);
    }

    [Theory]
    [InlineData(" ", "Short", "UNODC/CCPCJ/EG.4", "body.full_name", "The body's full name is required")]
    [InlineData("Full", "", "UNODC/CCPCJ/EG.4", "body.short_name", "The body's short name is required")]
    [InlineData("Full", "Short", "UNODC CCPCJ", "body.symbol_series", "must be the organ part")]
    public void EditDetails_BreakingARule_IsRefused(string fullName, string shortName, string series, string code, string message) =>
        Refused(() => NewBody().EditDetails(fullName, shortName, null, series, Membership.OpenEnded), code, message);

    // ---- Mandates --------------------------------------------------------------------------------------------

    [Fact]
    public void EditMandate_ReplacesWhatItSays_AndKeepsItsPlace()
    {
        var body = WithThreeMandates();

        var edited = body.EditMandate(2, MandateKind.Resolution, "e/res/2019/20", null, "Economic and Social Council", "2019 session",
            new DateOnly(2019, 7, 23), "paragraph 3", "Requests the Expert Group to **report**.");

        Assert.Equal(2, edited.Position);
        Assert.Equal("E/RES/2019/20", edited.Symbol);
        Assert.Equal("2019/20", edited.Number);
        Assert.Equal("paragraph 3", edited.Reference);
        Assert.Equal(3, body.Mandates.Count);
    }

    [Fact]
    public void EditMandate_ToTheSymbolAndReferenceOfAnother_IsRefused()
    {
        var body = WithThreeMandates();

        Refused(() => body.EditMandate(2, MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, null, "paragraph 9", null),
            "mandate.duplicate", "The mandate A/RES/65/230 is already recorded for this body");
        Assert.Equal("E/RES/2019/19", body.Mandates[1].Symbol);
    }

    [Fact]
    public void EditMandate_KeepingItsOwnSymbol_IsAccepted() =>
        Assert.Equal("Edited organ", WithThreeMandates().EditMandate(1, MandateKind.Resolution, "A/RES/65/230", null, "Edited organ", null, null, "paragraph 9", null).Organ);

    [Fact]
    public void EditMandate_BreakingTheRulesOfAMandate_IsRefusedAndChangesNothing()
    {
        var body = WithThreeMandates();

        Refused(() => body.EditMandate(3, MandateKind.Declaration, null, " ", "Twelfth Congress", null, null, null, null),
            "mandate.identity", "A mandate needs a document symbol or a title");
        Refused(() => body.EditMandate(1, MandateKind.Resolution, "A/RES/65/230", null, "", null, null, null, null),
            "mandate.organ", "The adopting organ is required");
        Assert.Equal("Salvador Declaration", body.Mandates[2].Title);
        Assert.Equal("General Assembly", body.Mandates[0].Organ);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void EditOrRemoveMandate_ThatIsNotThere_IsRefusedNamingTheRange(int position)
    {
        var body = WithThreeMandates();
        Refused(() => body.RemoveMandate(position), "mandate.unknown", $"The body has no mandate {position}; its mandates are numbered 1 to 3");
        Refused(() => body.EditMandate(position, MandateKind.Document, "A/74/100", null, "Organ", null, null, null, null), "mandate.unknown", "numbered 1 to 3");
    }

    [Fact]
    public void RemoveMandate_RenumbersThoseAfterIt()
    {
        var body = WithThreeMandates();

        var removed = body.RemoveMandate(1);

        Assert.Equal("A/RES/65/230", removed.Symbol);
        Assert.Equal([(1, "E/RES/2019/19"), (2, "Salvador Declaration")], body.Mandates.Select(m => (m.Position, m.Symbol ?? m.Title!)));
    }

    [Fact]
    public void RemoveMandate_TheLast_LeavesTheOthersInPlace_AndTheNextAddedTakesTheNextNumber()
    {
        var body = WithThreeMandates();
        body.RemoveMandate(3);

        var added = body.AddMandate(MandateKind.Decision, "A/DEC/74/555", null, "General Assembly", null, null, null, null);

        Assert.Equal([1, 2, 3], body.Mandates.Select(m => m.Position).Order());
        Assert.Equal(3, added.Position);
    }

    [Theory]
    [InlineData(3, 1, new[] { "Salvador Declaration", "A/RES/65/230", "E/RES/2019/19" })]
    [InlineData(1, 3, new[] { "E/RES/2019/19", "Salvador Declaration", "A/RES/65/230" })]
    [InlineData(2, 2, new[] { "A/RES/65/230", "E/RES/2019/19", "Salvador Declaration" })]
    public void MoveMandate_ShiftsThoseBetween(int from, int to, string[] order)
    {
        var body = WithThreeMandates();

        body.MoveMandate(from, to);

        Assert.Equal(order, body.Mandates.OrderBy(m => m.Position).Select(m => m.Symbol ?? m.Title!));
    }

    [Fact]
    public void MoveMandate_OutsideTheList_IsRefused() =>
        Refused(() => WithThreeMandates().MoveMandate(1, 4), "mandate.position", "A mandate can move to places 1 to 3; 4 is not one of them");

    // ---- Workplans -------------------------------------------------------------------------------------------

    [Fact]
    public void EditWorkplan_ChangesItsTitlePeriodSymbolAndMeeting()
    {
        var (body, workplan) = WithAWorkplan();

        body.EditWorkplan(workplan.Id, "Workplan for 2018–2022", 2018, 2022, "unodc/ccpcj/eg.4/2018/crp.1", 5);

        Assert.Equal(("Workplan for 2018–2022", 2018, 2022, "UNODC/CCPCJ/EG.4/2018/CRP.1", (int?)5),
            (workplan.Title, workplan.StartYear, workplan.EndYear, workplan.Symbol, workplan.AdoptedAtMeeting));
    }

    [Fact]
    public void EditWorkplan_ToAPeriodThatLeavesAPlannedMeetingOutside_IsRefused()
    {
        var (body, workplan) = WithAWorkplan();

        Refused(() => body.EditWorkplan(workplan.Id, "Workplan", 2019, 2021, null, null),
            "workplan.period", "The workplan plans a meeting in 2018, outside 2019–2021");
        Assert.Equal(2018, workplan.StartYear);
    }

    [Fact]
    public void EditWorkplan_ToThePeriodOfAnother_IsRefused()
    {
        var (body, workplan) = WithAWorkplan();
        body.AddWorkplan("Next workplan", 2022, 2024, null, null);

        Refused(() => body.EditWorkplan(workplan.Id, "Workplan", 2022, 2024, null, null), "workplan.duplicate", "A workplan for 2022–2024 is already recorded");
    }

    [Theory]
    [InlineData("", 2018, 2021, null, "workplan.title", "The workplan's title is required")]
    [InlineData("W", 2018, 2017, null, "workplan.period", "ends in 2017, before it starts in 2018")]
    [InlineData("W", 1900, 2021, null, "workplan.start_year", "not a plausible year")]
    [InlineData("W", 2018, 2021, 0, "workplan.adopted_at", "runs from 1 to 999; 0 is outside")]
    public void EditWorkplan_BreakingTheRulesOfAWorkplan_IsRefused(string title, int start, int end, int? adoptedAt, string code, string message)
    {
        var (body, workplan) = WithAWorkplan();
        Refused(() => body.EditWorkplan(workplan.Id, title, start, end, null, adoptedAt), code, message);
        Assert.Equal("Workplan 2018–2021", workplan.Title);
    }

    [Fact]
    public void EditOrRemoveAWorkplanThatIsNotThere_IsRefused()
    {
        var (body, _) = WithAWorkplan();
        Refused(() => body.RemoveWorkplan(Guid.NewGuid()), "workplan.unknown", "The body has no such workplan");
        Refused(() => body.EditWorkplan(Guid.NewGuid(), "W", 2018, 2021, null, null), "workplan.unknown", "The body has no such workplan");
    }

    [Fact]
    public void RemoveWorkplan_TakesItsPlannedMeetingsWithIt()
    {
        var (body, workplan) = WithAWorkplan();

        Assert.Same(workplan, body.RemoveWorkplan(workplan.Id));

        Assert.Empty(body.Workplans);
    }

    // ---- Planned meetings ------------------------------------------------------------------------------------

    [Fact]
    public void PlannedMeetings_CarryTheirBody()
    {
        var (body, workplan) = WithAWorkplan();
        Assert.All(workplan.PlannedMeetings, p => Assert.Equal(body.Id, p.BodyId));
    }

    [Fact]
    public void EditPlannedMeeting_ChangesItInPlace()
    {
        var (body, workplan) = WithAWorkplan();

        var edited = body.EditPlannedInWorkplan(workplan.Id, 2, 2020, 6, ["International cooperation", "Prevention"], false, "Postponed from 2019.");

        Assert.Equal((2, 2020, (int?)6), (edited.Position, edited.Year, edited.MeetingNumber));
        Assert.Equal(["International cooperation", "Prevention"], edited.Topics);
        Assert.Equal("Postponed from 2019.", edited.Note);
    }

    [Fact]
    public void EditPlannedMeeting_KeepingItsOwnNumberAndStocktaking_IsAccepted()
    {
        var (body, workplan) = WithAWorkplan();
        Assert.True(body.EditPlannedInWorkplan(workplan.Id, 3, 2021, 7, ["Review"], true, null).IsStocktaking);
    }

    [Fact]
    public void EditPlannedMeeting_BreakingARuleAgainstTheOthers_IsRefused()
    {
        var (body, workplan) = WithAWorkplan();

        Refused(() => body.EditPlannedInWorkplan(workplan.Id, 1, 2018, 5, ["Legislation"], false, null), "workplan.meeting", "The workplan already plans the fifth meeting");
        Refused(() => body.EditPlannedInWorkplan(workplan.Id, 1, 2018, 4, ["Legislation"], true, null), "workplan.stocktaking", "one stocktaking meeting only");
        Refused(() => body.EditPlannedInWorkplan(workplan.Id, 1, 2022, 4, ["Legislation"], false, null), "workplan.year", "The year 2022 is outside the workplan's period 2018–2021");
        Refused(() => body.EditPlannedInWorkplan(workplan.Id, 1, 2018, 4, [], false, null), "workplan.topics", "needs at least one topic");
        Refused(() => body.EditPlannedInWorkplan(workplan.Id, 1, 2018, 0, ["Legislation"], false, null), "workplan.meeting", "runs from 1 to 999; 0 is outside");
        Assert.Equal(["Legislation", "Criminalization"], workplan.PlannedMeetings[0].Topics);
    }

    [Fact]
    public void RemovePlannedMeeting_RenumbersThoseAfterIt()
    {
        var (body, workplan) = WithAWorkplan();

        body.RemovePlannedFromWorkplan(workplan.Id, 1);

        Assert.Equal([(1, 2019), (2, 2021)], workplan.PlannedMeetings.Select(p => (p.Position, p.Year)));
    }

    [Fact]
    public void EditOrRemoveAPlannedMeetingThatIsNotThere_IsRefused()
    {
        var (body, workplan) = WithAWorkplan();
        Refused(() => body.RemovePlannedFromWorkplan(workplan.Id, 4), "planned_meeting.unknown", "The workplan has no planned meeting 4; its planned meetings are numbered 1 to 3");
        Refused(() => body.EditPlannedInWorkplan(workplan.Id, 0, 2019, null, ["x"], false, null), "planned_meeting.unknown", "numbered 1 to 3");
    }
}
