using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Decisions;

namespace Plenary.Application.Decisions;

/// <summary>
/// The demo's open silence procedure, so that a visitor sees one run: when the demo starts and the
/// demo body has none open, the secretariat circulates a proposal to the extended Bureau (the demo's
/// chair@ and bureau@ accounts) with a deadline a week away. The record's history holds the others.
/// </summary>
public static class DemoProcedure
{
    public const string Title = "Arrangements for the consultations on future work";

    public static async Task<int?> EnsureOpenAsync(PlenaryDbContext db, SilenceProcedures procedures, TimeProvider clock, string slug, CancellationToken ct = default)
    {
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null || await db.SilenceProcedures.AnyAsync(p => p.BodyId == body.Id && p.Status == ProcedureStatus.Open, ct)) return null;
        var deadline = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZones.Require("Europe/Vienna", "x")).DateTime).AddDays(7);
        var proposal = new SilenceProposal(ProcedureSubject.Other, null, Title,
            "The extended Bureau agrees that the secretariat, in consultation with the Chair, hold two informal online consultations open to all Member States "
            + "before the next session of the Commission on Crime Prevention and Criminal Justice, to exchange views on the future work of the Expert Group, "
            + "and that a summary of those consultations be made available to Member States.",
            ProcedureCircle.ExtendedBureau, deadline, new TimeOnly(12, 0), "Europe/Vienna");
        var secretariat = new StepActor(null, "the secretariat");
        var (drafted, number) = await procedures.DraftAsync(slug, proposal, secretariat, ct);
        if (!drafted.Succeeded || number is not { } n) return null;
        var circulated = await procedures.CirculateAsync(slug, n, drafted.Version ?? 1, secretariat, ct);
        return circulated.Succeeded ? n : null;
    }
}
