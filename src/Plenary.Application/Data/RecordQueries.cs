using Microsoft.EntityFrameworkCore;
using Plenary.Domain.Bodies;

namespace Plenary.Application.Data;

/// <summary>The loading shapes several features share.</summary>
public static class RecordQueries
{
    /// <summary>Bodies with their mandates, workplans (and the workplans' planned meetings), officers and extended Bureau.</summary>
    public static IQueryable<Body> WithMandatesAndWorkplans(this IQueryable<Body> bodies) => bodies
        .Include(b => b.Mandates)
        .Include(b => b.Officers)
        .Include(b => b.ExtendedBureau)
        .Include(b => b.Workplans).ThenInclude(w => w.PlannedMeetings)
        .AsSplitQuery();
}
