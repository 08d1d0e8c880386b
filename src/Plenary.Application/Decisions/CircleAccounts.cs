using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Accounts;
using Plenary.Domain.Decisions;
using Plenary.Domain.Participation;

namespace Plenary.Application.Decisions;

/// <summary>
/// Who a circle is, in accounts: the extended Bureau is every account holding the extended Bureau
/// member or the officer role for the body; the Bureau, the officers; all Member States, the delegates
/// of Member States for the body's meetings (or for every body, as older roles were). A person holding several of these roles is one member.
/// </summary>
public static class CircleAccounts
{
    public static async Task<IReadOnlyList<CircleCandidate>> OfAsync(PlenaryDbContext db, Guid bodyId, ProcedureCircle circle, CancellationToken ct)
    {
        var roles = await (
            from r in db.RoleAssignments
            join u in db.Users on r.UserId equals u.Id
            where (circle == ProcedureCircle.AllMemberStates && r.Role == AccessRole.Delegate && (r.BodyId == bodyId || r.BodyId == null))
                || (r.BodyId == bodyId && (r.Role == AccessRole.Officer || (circle == ProcedureCircle.ExtendedBureau && r.Role == AccessRole.ExtendedBureauMember)))
            select new { u.Id, u.DisplayName, u.Email, r.Role, r.State }).ToListAsync(ct);
        return roles
            .Where(r => r.Role != AccessRole.Delegate || StateRegister.FindByCode(r.State)?.Status == StateStatus.MemberState)
            .Where(r => !string.IsNullOrWhiteSpace(r.Email))
            .OrderBy(r => r.Role == AccessRole.Officer ? 0 : 1)
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.DisplayName, StringComparer.Ordinal)
            .Select(r => new CircleCandidate(r.Id, string.IsNullOrWhiteSpace(r.DisplayName) ? r.Email! : r.DisplayName, r.Email!, r.Role switch
            {
                AccessRole.Officer => "officer",
                AccessRole.ExtendedBureauMember => "extended Bureau member",
                _ => StateRegister.NameOf(r.State),
            }))
            .ToList();
    }

    /// <summary>The Secretariat's accounts for the body: they are told when silence is broken.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string? Email)>> SecretariatAsync(PlenaryDbContext db, Guid bodyId, CancellationToken ct) =>
        (await (from r in db.RoleAssignments
                join u in db.Users on r.UserId equals u.Id
                where r.Role == AccessRole.Secretariat && r.BodyId == bodyId
                select new { u.Id, u.Email }).Distinct().ToListAsync(ct))
        .Select(x => (x.Id, (string?)x.Email)).ToList();
}
