using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;

namespace Plenary.UnitTests.Recommendations;

/// <summary>
/// Two bodies for the rules of conclusions and recommendations: an expert group that holds meetings (topics as the
/// reference case's workplan plans them) and a committee that holds sessions, with topics of its own.
/// </summary>
internal static class RecommendationFixtures
{
    public static readonly DateTimeOffset During2020 = new(2020, 7, 28, 10, 0, 0, TimeSpan.Zero);

    public static (Body Body, Meeting Sixth, Meeting Seventh) ExpertGroup()
    {
        var body = Body.Create("eg-test", "Expert Group on Testing", "Expert Group", null, "UNODC/CCPCJ/EG.9", Membership.OpenEnded);
        body.SetConventions(BodyConventions.ExpertGroup);
        var plan = body.AddWorkplan("Workplan of the Expert Group for the period 2018–2021", 2018, 2021, "UNODC/CCPCJ/EG.9/2018/CRP.1", 4);
        plan.ProvideForPreliminaryConclusions(true);
        body.PlanInWorkplan(plan.Id, 2018, 4, ["Legislation and frameworks", "Criminalization"], false, null);
        body.PlanInWorkplan(plan.Id, 2019, 5, ["Law enforcement and investigations", "Electronic evidence and criminal justice"], false, null);
        body.PlanInWorkplan(plan.Id, 2020, 6, ["International cooperation", "Prevention"], false, null);
        body.PlanInWorkplan(plan.Id, 2021, 7, [], true, null);
        var sixth = Meeting.Schedule(body.Id, 6, "Vienna", DateRange.Create(new(2020, 7, 27), new(2020, 7, 29)), MeetingFormat.Hybrid);
        sixth.AddAgendaItem("Organizational matters", null, null, role: AgendaItemRole.Organizational);
        sixth.AddAgendaItem("International cooperation", null, null, role: AgendaItemRole.Substantive);
        sixth.AddAgendaItem("Prevention", null, null, role: AgendaItemRole.Substantive);
        var seventh = Meeting.Schedule(body.Id, 7, "Vienna", DateRange.Create(new(2021, 4, 6), new(2021, 4, 8)), MeetingFormat.InPerson);
        seventh.Describe([], null, null, isStocktaking: true);
        return (body, sixth, seventh);
    }

    /// <summary>A committee that holds sessions, whose workplan names topics of its own.</summary>
    public static (Body Body, Meeting Second) Committee()
    {
        var body = Body.Create("ahc-test", "Ad Hoc Committee on Coastal Data", "Ad Hoc Committee", null, "A/AC.990", Membership.OpenEnded);
        body.SetConventions(new BodyConventions(Convenes.Sessions, SittingNumbering.WithinConvening, ParticipantTerm.Representatives));
        var plan = body.AddWorkplan("Programme of work of the Ad Hoc Committee for 2023–2024", 2023, 2024, null, null);
        plan.ProvideForPreliminaryConclusions(true);
        body.PlanInWorkplan(plan.Id, 2023, 2, ["Data sharing", "Capacity-building in small island developing States"], false, null);
        body.PlanInWorkplan(plan.Id, 2024, 3, [], true, null);
        var second = Meeting.Schedule(body.Id, 2, "New York", DateRange.Create(new(2023, 5, 8), new(2023, 5, 12)), MeetingFormat.InPerson);
        second.Designate(ConveningKind.Regular, 2, null, null);
        return (body, second);
    }
}
