using Plenary.Domain.Bodies;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Bodies;

public sealed class BodyTests
{
    private static Body NewBody(string? symbolSeries = "UNODC/CCPCJ/EG.4") =>
        Body.Create("eg-cybercrime", "Expert Group to Conduct a Comprehensive Study on Cybercrime", "Expert Group",
            "United Nations Office on Drugs and Crime (UNODC)", symbolSeries, Membership.OpenEnded);

    private static Workplan NewWorkplan(Body? body = null) =>
        (body ?? NewBody()).AddWorkplan("Workplan 2018–2021", 2018, 2021, "UNODC/CCPCJ/EG.4/2018/CRP.1", 4);

    private static (Body Body, Workplan Workplan) NewPlan(Body? body = null)
    {
        body ??= NewBody();
        return (body, NewWorkplan(body));
    }

    private static Body Committee()
    {
        var body = Body.Create("ahc-test", "Ad Hoc Committee on Coastal Data", "Ad Hoc Committee", null, "A/AC.990", Membership.OpenEnded);
        body.SetConventions(new BodyConventions(Convenes.Sessions, SittingNumbering.WithinConvening, ParticipantTerm.Representatives));
        return body;
    }

    // ---- Body ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("eg-cybercrime")]
    [InlineData("ccpcj")]
    [InlineData("a")]
    [InlineData("eg4")]
    [InlineData("eg-4-2021")]
    public void Create_WithAValidSlug_KeepsIt(string slug)
    {
        var body = Body.Create(slug, "Full name", "Short", null, null, Membership.Listed);

        Assert.Equal(slug, body.Slug);
        Assert.Null(body.SymbolSeries);
        Assert.Equal(Membership.Listed, body.Membership);
    }

    [Theory]
    [InlineData("Eg-cybercrime")]
    [InlineData("4eg")]
    [InlineData("eg--cybercrime")]
    [InlineData("eg-")]
    [InlineData("-eg")]
    [InlineData("eg_cybercrime")]
    [InlineData("eg cybercrime")]
    public void Create_WithASlugBreakingTheRules_IsRefused(string slug) =>
        Refused(() => Body.Create(slug, "Full name", "Short", null, null, Membership.Listed),
            "body.slug", $"The slug '{slug}' may hold only lowercase letters, digits and single hyphens");

    [Fact]
    public void Create_WithASlugLongerThanSixty_IsRefused() =>
        Refused(() => Body.Create(new string('a', 61), "Full name", "Short", null, null, Membership.Listed),
            "body.slug", "must be at most 60 characters (it has 61)");

    [Theory]
    [InlineData("", "Short", "body.full_name", "The body's full name is required")]
    [InlineData("Full name", " ", "body.short_name", "The body's short name is required")]
    public void Create_WithoutItsNames_IsRefused(string fullName, string shortName, string code, string message) =>
        Refused(() => Body.Create("eg-x", fullName, shortName, null, null, Membership.Listed), code, message);

    [Fact]
    public void Create_WithoutASlug_IsRefused() =>
        Refused(() => Body.Create("  ", "Full name", "Short", null, null, Membership.Listed), "body.slug", "The body's slug is required");

    [Theory]
    [InlineData("UNODC/CCPCJ/EG.4", "UNODC/CCPCJ/EG.4")]
    [InlineData("e/cn.15", "E/CN.15")]
    [InlineData(" A/C.3 ", "A/C.3")]
    public void Create_WithASymbolSeries_NormalisesIt(string series, string expected) =>
        Assert.Equal(expected, NewBody(series).SymbolSeries);

    [Theory]
    [InlineData("RES")]
    [InlineData("UNODC CCPCJ")]
    [InlineData("UNODC//EG.4")]
    [InlineData("UNODC/CCPCJ/EG.4/")]
    [InlineData("A/RES")]
    [InlineData("UNODC/CCPCJ/EG.4/2021")]
    public void Create_WithASymbolSeriesThatIsNoSymbolPrefix_IsRefused(string series) =>
        Refused(() => NewBody(series), "body.symbol_series", "must be the organ part");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WithABlankSymbolSeries_HasNone(string series) =>
        Assert.Null(NewBody(series).SymbolSeries);

    [Fact]
    public void PlaceUnder_ItselfIsRefused_AnotherBodyIsKept()
    {
        var body = NewBody();
        var parent = Body.Create("ccpcj", "Commission on Crime Prevention and Criminal Justice", "Commission", null, "E/CN.15", Membership.Listed);

        Refused(() => body.PlaceUnder(body), "body.parent", "A body cannot be its own parent");
        body.PlaceUnder(parent);

        Assert.Equal(parent.Id, body.ParentId);
    }

    // ---- Mandates --------------------------------------------------------------------------------------------

    [Fact]
    public void AddMandate_AResolution_NormalisesItsSymbolAndGivesItsNumber()
    {
        var body = NewBody();

        var mandate = body.AddMandate(MandateKind.Resolution, "a/res/65/230", null, "General Assembly", "sixty-fifth", null, null, null);

        Assert.Equal("A/RES/65/230", mandate.Symbol);
        Assert.Equal("65/230", mandate.Number);
        Assert.Equal(1, mandate.Position);
    }

    [Theory]
    [InlineData("E/RES/2019/19", "2019/19")]
    [InlineData("A/DEC/74/555", "74/555")]
    [InlineData("A/74/100", null)]
    [InlineData("UNODC/CCPCJ/EG.4/2018/CRP.1", null)]
    public void MandateNumber_IsGivenForResolutionsAndDecisionsOnly(string symbol, string? number) =>
        Assert.Equal(number, NewBody().AddMandate(MandateKind.Document, symbol, null, "Organ", null, null, null, null).Number);

    [Fact]
    public void AddMandate_ADeclarationWithATitleOnly_IsAccepted()
    {
        var mandate = NewBody().AddMandate(MandateKind.Declaration, null, "Salvador Declaration", "Twelfth Congress", null, null, "paragraph 42", null);

        Assert.Null(mandate.Symbol);
        Assert.Null(mandate.Number);
        Assert.Equal("paragraph 42", mandate.Reference);
    }

    [Fact]
    public void AddMandate_WithNeitherSymbolNorTitle_IsRefused() =>
        Refused(() => NewBody().AddMandate(MandateKind.Declaration, null, "  ", "Congress", null, null, null, null),
            "mandate.identity", "A mandate needs a document symbol or a title");

    [Theory]
    [InlineData(MandateKind.Resolution, "A resolution needs a document symbol")]
    [InlineData(MandateKind.Decision, "A decision needs a document symbol")]
    public void AddMandate_AResolutionOrDecisionWithNeitherSymbolNorNumberedTitle_IsRefused(MandateKind kind, string message) =>
        Refused(() => NewBody().AddMandate(kind, null, "A resolution of the Commission", "Commission", null, null, null, null), "mandate.symbol", message);

    [Fact]
    public void AddMandate_AResolutionWithoutSymbolButNumberedTitle_IsCitedByThatNumber()
    {
        var mandate = NewBody().AddMandate(MandateKind.Resolution, null, "Commission on Crime Prevention and Criminal Justice resolution 26/4",
            "Commission on Crime Prevention and Criminal Justice", "twenty-sixth session", new DateOnly(2017, 5, 26), null, null);

        Assert.Equal("26/4", mandate.Number);
    }

    [Fact]
    public void MandateNumber_IsNotTakenFromTheTitleOfADocument() =>
        Assert.Null(NewBody().AddMandate(MandateKind.Document, "E/CN.15/2017/CRP.5", "Financial statement on Commission resolution 26/4",
            "Commission", null, null, "annex VII", null).Number);

    [Fact]
    public void AddMandate_WithABadSymbol_IsRefused() =>
        Refused(() => NewBody().AddMandate(MandateKind.Resolution, "A/RES/", null, "General Assembly", null, null, null, null),
            "symbol.invalid", "ends with a slash");

    [Fact]
    public void AddMandate_WithoutAnOrgan_IsRefused() =>
        Refused(() => NewBody().AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "", null, null, null, null),
            "mandate.organ", "The adopting organ is required");

    [Fact]
    public void AddMandate_TheSameSymbolAndReferenceTwice_IsRefused()
    {
        var body = NewBody();
        body.AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, null, null, null);

        Refused(() => body.AddMandate(MandateKind.Resolution, "a/res/65/230", null, "General Assembly", null, null, null, null),
            "mandate.duplicate", "The mandate A/RES/65/230 is already recorded for this body");
        Assert.Single(body.Mandates);
    }

    [Fact]
    public void AddMandate_TheSameSymbolWithAnotherReference_IsAccepted()
    {
        var body = NewBody();
        body.AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, null, "paragraph 9", null);

        body.AddMandate(MandateKind.Resolution, "A/RES/65/230", null, "General Assembly", null, null, "paragraph 10", null);

        Assert.Equal([1, 2], body.Mandates.Select(m => m.Position));
    }

    // ---- Workplans -------------------------------------------------------------------------------------------

    [Fact]
    public void AddWorkplan_KeepsItsPeriodAndNormalisesItsSymbol()
    {
        var workplan = NewBody().AddWorkplan("Workplan", 2018, 2021, "unodc/ccpcj/eg.4/2018/crp.1", 4);

        Assert.Equal((2018, 2021), (workplan.StartYear, workplan.EndYear));
        Assert.Equal("UNODC/CCPCJ/EG.4/2018/CRP.1", workplan.Symbol);
        Assert.Equal(4, workplan.AdoptedAtMeeting);
    }

    [Fact]
    public void AddWorkplan_OfASingleYear_IsAccepted() =>
        Assert.Equal(2020, NewBody().AddWorkplan("One year", 2020, 2020, null, null).EndYear);

    [Fact]
    public void AddWorkplan_EndingBeforeItStarts_IsRefused() =>
        Refused(() => NewBody().AddWorkplan("Workplan", 2021, 2018, null, null),
            "workplan.period", "The workplan ends in 2018, before it starts in 2021");

    [Theory]
    [InlineData(1944)]
    [InlineData(2201)]
    public void AddWorkplan_StartingInAnImplausibleYear_IsRefused(int year) =>
        Refused(() => NewBody().AddWorkplan("Workplan", year, year, null, null),
            "workplan.start_year", $"first year {year} is not a plausible year");

    [Fact]
    public void AddWorkplan_AdoptedAtMeetingZero_IsRefused() =>
        Refused(() => NewBody().AddWorkplan("Workplan", 2018, 2021, null, 0), "workplan.adopted_at", "runs from 1 to 999; 0 is outside");

    [Fact]
    public void AddWorkplan_WithoutATitle_IsRefused() =>
        Refused(() => NewBody().AddWorkplan("", 2018, 2021, null, null), "workplan.title", "The workplan's title is required");

    [Fact]
    public void AddWorkplan_ForAPeriodAlreadyPlanned_IsRefused()
    {
        var body = NewBody();
        NewWorkplan(body);

        Refused(() => body.AddWorkplan("Another", 2018, 2021, null, null), "workplan.duplicate", "A workplan for 2018–2021 is already recorded");
        Assert.Single(body.Workplans);
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2022)]
    public void PlanMeeting_InAYearOutsideThePeriod_IsRefused(int year) =>
        Refused(() => { var (body, plan) = NewPlan(); body.PlanInWorkplan(plan.Id, year, null, ["Criminalization"], false, null); },
            "workplan.year", $"The year {year} is outside the workplan's period 2018–2021");

    [Fact]
    public void PlanMeeting_InsideThePeriod_KeepsThePlanInOrder()
    {
        var (body, workplan) = NewPlan();

        body.PlanInWorkplan(workplan.Id, 2018, 4, ["Legislation and frameworks", "Criminalization"], false, "Chapters 3 and 4.");
        body.PlanInWorkplan(workplan.Id, 2021, 7, [], true, null);

        Assert.Equal([1, 2], workplan.PlannedMeetings.Select(p => p.Position));
        Assert.Equal(["Legislation and frameworks", "Criminalization"], workplan.PlannedMeetings[0].Topics);
        Assert.True(workplan.PlannedMeetings[1].IsStocktaking);
        Assert.Empty(workplan.PlannedMeetings[1].Topics);
    }

    [Fact]
    public void PlanMeeting_ASecondStocktakingMeeting_IsRefused()
    {
        var (body, workplan) = NewPlan();
        body.PlanInWorkplan(workplan.Id, 2020, null, [], true, null);

        Refused(() => body.PlanInWorkplan(workplan.Id, 2021, null, ["Review"], true, null),
            "workplan.stocktaking", "A workplan has one stocktaking meeting only");
    }

    [Fact]
    public void PlanMeeting_WithoutTopics_IsRefusedUnlessItIsTheStocktaking()
    {
        var (body, workplan) = NewPlan();

        Refused(() => body.PlanInWorkplan(workplan.Id, 2019, 5, [], false, null), "workplan.topics", "The meeting planned for 2019 needs at least one topic");
        body.PlanInWorkplan(workplan.Id, 2021, 7, [], true, null);

        Assert.Single(workplan.PlannedMeetings);
    }

    [Fact]
    public void PlanMeeting_WithABlankTopic_IsRefused() =>
        Refused(() => { var (body, plan) = NewPlan(); body.PlanInWorkplan(plan.Id, 2019, 5, ["Evidence", " "], false, null); }, "workplan.topic", "A topic is required");

    [Fact]
    public void PlanMeeting_TheSameMeetingNumberTwice_IsRefused()
    {
        var (body, workplan) = NewPlan();
        body.PlanInWorkplan(workplan.Id, 2018, 4, ["Criminalization"], false, null);

        Refused(() => body.PlanInWorkplan(workplan.Id, 2019, 4, ["Evidence"], false, null), "workplan.meeting", "The workplan already plans the fourth meeting");
    }

    [Fact]
    public void PlanningInTheWorkplanOfABodyThatHoldsSessions_IsRefusedInItsWords()
    {
        var body = Committee();
        var plan = body.AddWorkplan("Programme of work 2023–2024", 2023, 2024, null, null);
        body.PlanInWorkplan(plan.Id, 2023, 2, ["Data sharing"], false, null);
        body.PlanInWorkplan(plan.Id, 2024, 3, [], true, null);

        Refused(() => body.PlanInWorkplan(plan.Id, 2024, 2, ["Review"], false, null), "workplan.meeting", "The workplan already plans the second session");
        Refused(() => body.PlanInWorkplan(plan.Id, 2024, null, [], true, null), "workplan.stocktaking", "A workplan has one stocktaking session only");
        Refused(() => body.PlanInWorkplan(plan.Id, 2023, null, [], false, null), "workplan.topics", "The session planned for 2023 needs at least one topic");
        Refused(() => body.RemovePlannedFromWorkplan(plan.Id, 5), "planned_meeting.unknown", "The workplan has no planned session 5; its planned sessions are numbered 1 to 2");
        Refused(() => body.EditWorkplan(plan.Id, "Programme of work 2024", 2024, 2024, null, 0), "workplan.adopted_at", "The number of the session that adopted the workplan runs from 1 to 999; 0 is outside that range.");
        Refused(() => body.EditWorkplan(plan.Id, "Programme of work 2024", 2024, 2024, null, null), "workplan.period", "The workplan plans a session in 2023, outside 2024–2024; change or remove that planned session first");
    }
}
