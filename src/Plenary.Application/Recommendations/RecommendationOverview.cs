using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Editorial;
using Plenary.Domain.Recommendations;

namespace Plenary.Application.Recommendations;

/// <summary>A convening's list as the overview shows it.</summary>
public sealed record ConveningListSummary(int Number, string Convening, string Dates, int Listed, int LeftTheList, int Pending);

/// <summary>One workplan's pipeline: the lists of its convenings, and its stocktaking convening.</summary>
public sealed record WorkplanPipeline(string Title, int StartYear, int EndYear, IReadOnlyList<ConveningListSummary> Lists, int? Stocktaking, string? StocktakingName);

/// <summary>A body's conclusions and recommendations at a glance, workplan by workplan.</summary>
public sealed record RecommendationOverviewView(string BodySlug, string BodyName, string BodyShortName, IReadOnlyList<WorkplanPipeline> Workplans);

public sealed class RecommendationOverview(PlenaryDbContext db)
{
    public async Task<RecommendationOverviewView?> GetAsync(string slug, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().WithMandatesAndWorkplans().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null) return null;
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BodyId == body.Id).OrderBy(m => m.StartDate).ToListAsync(ct);
        var counts = await db.PreliminaryTexts.AsNoTracking().Where(t => t.BodyId == body.Id)
            .GroupBy(t => new { t.MeetingNumber, Listed = t.Status == PreliminaryStatus.Listed }).Select(g => new { g.Key.MeetingNumber, g.Key.Listed, Count = g.Count() }).ToListAsync(ct);
        var pending = await db.Suggestions.AsNoTracking().Where(s => s.BodyId == body.Id && s.Status == SuggestionStatus.Pending)
            .GroupBy(s => s.MeetingNumber).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var pipelines = new List<WorkplanPipeline>();
        foreach (var workplan in body.Workplans.Where(w => w.PreliminaryConclusions).OrderBy(w => w.StartYear))
        {
            var covered = meetings.Where(m => m.StartDate.Year >= workplan.StartYear && m.StartDate.Year <= workplan.EndYear).ToList();
            var stocktaking = covered.FirstOrDefault(m => m.IsStocktaking);
            pipelines.Add(new WorkplanPipeline(workplan.Title, workplan.StartYear, workplan.EndYear,
                covered.Where(m => !m.IsStocktaking).Select(m => new ConveningListSummary(m.Number, Convenings.Heading(body.Convenes, m), Dates.Masthead(m.StartDate, m.EndDate),
                    counts.Where(c => c.MeetingNumber == m.Number && c.Listed).Sum(c => c.Count), counts.Where(c => c.MeetingNumber == m.Number && !c.Listed).Sum(c => c.Count),
                    pending.GetValueOrDefault(m.Number))).ToList(),
                stocktaking?.Number, stocktaking is null ? null : Convenings.Heading(body.Convenes, stocktaking)));
        }
        return new RecommendationOverviewView(body.Slug, body.FullName, body.ShortName, pipelines);
    }
}
