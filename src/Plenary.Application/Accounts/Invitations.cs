using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Audit;
using Plenary.Application.Data;
using Plenary.Domain;
using Plenary.Domain.Accounts;

namespace Plenary.Application.Accounts;

/// <param name="BodySlug">The body whose meetings the invitee will act at.</param>
public sealed record InviteRequest(string? Email, AccessRole Role, string? BodySlug, string? State, string? Organization, int Days = Invitation.DefaultDays);

/// <summary>Field is the form field or CLI option a message belongs to: email, role, body, state, organization, days.</summary>
public sealed record InviteResult(bool Succeeded, IReadOnlyList<(string Field, string Message)> Errors, Invitation? Invitation = null, string? Token = null);

public sealed record InvitationSummary(Guid Id, string Email, string Role, string Scope, string Body, InvitationStatus Status, string InvitedBy,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, DateTimeOffset? RevokedAt);

/// <summary>
/// The Secretariat invites delegates and stakeholders to act at its body's meetings, by link; it
/// lists and revokes the invitations of its own bodies only (the Administrator and the command line, all).
/// </summary>
public sealed class InviteUser(PlenaryDbContext db, TimeProvider clock)
{
    public const string LinkPath = "/invitations/";

    public async Task<InviteResult> HandleAsync(InviteRequest request, Guid? invitedById, string invitedBy, CancellationToken ct = default)
    {
        Guid? bodyId = null;
        if (!string.IsNullOrWhiteSpace(request.BodySlug))
        {
            bodyId = await db.Bodies.Where(b => b.Slug == request.BodySlug.Trim()).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
            if (bodyId is null) return new InviteResult(false, [("body", $"There is no body with the slug '{request.BodySlug.Trim()}'.")]);
        }
        var broken = Invitation.Check(request.Email, request.Role, bodyId, request.State, request.Organization, request.Days);
        if (broken.Count > 0)
            return new InviteResult(false, broken.Select(e => (FieldOf(e, request.Role), e.Message)).ToList());
        var (invitation, token) = Invitation.Create(request.Email!, request.Role, bodyId, request.State, request.Organization, invitedById, invitedBy, request.Days, clock.GetUtcNow());
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return new InviteResult(true, [], invitation, token);
    }

    /// <summary>The bodies one may invite to: <paramref name="bodies"/> (every body when null), as slug and short name.</summary>
    public async Task<IReadOnlyList<(string Slug, string Name)>> BodiesAsync(IReadOnlyCollection<Guid>? bodies, CancellationToken ct = default) =>
        (await db.Bodies.AsNoTracking().Where(b => bodies == null || bodies.Contains(b.Id)).OrderBy(b => b.Slug).Select(b => new { b.Slug, b.ShortName }).ToListAsync(ct))
            .Select(b => (b.Slug, b.ShortName)).ToList();

    /// <summary>The link to send to the invitee, under the address Plenary is served from.</summary>
    public static string LinkFor(string baseUrl, string token) => baseUrl.TrimEnd('/') + LinkPath + token;

    /// <summary>The invitations of <paramref name="bodies"/> (every one when null), newest first.</summary>
    public async Task<IReadOnlyList<InvitationSummary>> ListAsync(IReadOnlyCollection<Guid>? bodies = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var names = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ShortName, ct);
        var query = db.Invitations.AsNoTracking();
        if (bodies is not null) query = query.Where(i => i.BodyId != null && bodies.Contains(i.BodyId.Value));
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        var all = await query.ToListAsync(ct);
        return all.OrderByDescending(i => i.CreatedAt).Select(i => new InvitationSummary(i.Id, i.Email, RoleAssignment.Describe(i.Role), ScopeOf(i),
            i.BodyId is { } b ? names.GetValueOrDefault(b, "") : "", i.StatusAt(now), i.InvitedBy, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt)).ToList();
    }

    /// <summary>
    /// False when there is no such invitation among those of <paramref name="bodies"/> (every one when
    /// null); a DomainException when it is no longer pending.
    /// </summary>
    public async Task<bool> RevokeAsync(Guid id, IReadOnlyCollection<Guid>? bodies = null, CancellationToken ct = default)
    {
        if (await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, ct) is not { } invitation
            || (bodies is not null && (invitation.BodyId is not { } body || !bodies.Contains(body)))) return false;
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Whom the invitation is for: a State by its name in the register ("South Africa"), or the organization.</summary>
    public static string ScopeOf(Invitation i) => i.State is { } state ? Plenary.Domain.Participation.StateRegister.NameOf(state) : i.Organization ?? "";

    /// <summary>The field a broken rule belongs to; a scope given to the wrong role belongs to the field that should be empty.</summary>
    private static string FieldOf(DomainException e, AccessRole role) => e.Code switch
    {
        "role.scope" => role == AccessRole.Delegate ? "organization" : "state",
        var code => code.Split('.')[^1],
    };
}

public enum AcceptOutcome { Accepted, Invalid, Refused }

public sealed record AcceptResult(AcceptOutcome Outcome, IReadOnlyList<(string Field, string Message)> Errors, PlenaryUser? User = null);

/// <summary>The invitee opens the link: a new account with the invited role, or the role added to their own account.</summary>
public sealed class AcceptInvitation(UserManager<PlenaryUser> users, PlenaryDbContext db, TimeProvider clock)
{
    /// <summary>The pending invitation behind a token, or null for an unknown, expired, revoked or used one (the caller cannot tell which).</summary>
    public async Task<Invitation?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = Invitation.HashOf(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation?.StatusAt(clock.GetUtcNow()) == InvitationStatus.Pending ? invitation : null;
    }

    /// <summary>The full name of the body whose meetings the invitation is for.</summary>
    public async Task<string> BodyNameAsync(Invitation invitation, CancellationToken ct = default) =>
        await db.Bodies.Where(b => b.Id == invitation.BodyId).Select(b => b.FullName).SingleOrDefaultAsync(ct) ?? "";

    /// <summary>Whether the invited email already has an account (then the invitee signs in with it to accept).</summary>
    public async Task<bool> HasAccountAsync(Invitation invitation) => await users.FindByEmailAsync(invitation.Email) is not null;

    /// <summary>Creates the invitee's account with the role, and uses the invitation up, in one transaction.</summary>
    public async Task<AcceptResult> AcceptNewAsync(string token, string? displayName, string? password, CancellationToken ct = default)
    {
        if (await FindAsync(token, ct) is not { } invitation) return new AcceptResult(AcceptOutcome.Invalid, []);
        if (await HasAccountAsync(invitation))
            return new AcceptResult(AcceptOutcome.Refused, [("", $"{invitation.Email} has an account already: sign in with it, then open the link again to add the role to it.")]);
        var errors = new List<(string, string)>();
        var name = displayName?.Trim() ?? "";
        if (name.Length == 0) errors.Add(("DisplayName", "Give your name as others in Plenary should see it."));
        else if (name.Length > 200) errors.Add(("DisplayName", $"Your name must be at most 200 characters (it has {name.Length})."));
        if (string.IsNullOrEmpty(password)) errors.Add(("Password", "Choose a password."));
        if (errors.Count > 0) return new AcceptResult(AcceptOutcome.Refused, errors);

        var user = new PlenaryUser { Id = Guid.CreateVersion7(), UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = name };
        // The invitee writes their own account: the audit names them, not "anonymous".
        db.Actor = new AuditActor(user.Id, invitation.Email, db.Actor.Channel);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
            return new AcceptResult(AcceptOutcome.Refused, created.Errors.Select(e => e.Code.StartsWith("Password", StringComparison.Ordinal)
                ? ("Password", e.Description) : ("DisplayName", e.Description)).ToList());
        if (!await UseAsync(invitation, user, ct)) return new AcceptResult(AcceptOutcome.Invalid, []);
        await transaction.CommitAsync(ct);
        return new AcceptResult(AcceptOutcome.Accepted, [], user);
    }

    /// <summary>Adds the invited role to the signed-in account whose email the invitation names.</summary>
    public async Task<AcceptResult> AcceptExistingAsync(string token, PlenaryUser user, CancellationToken ct = default)
    {
        if (await FindAsync(token, ct) is not { } invitation) return new AcceptResult(AcceptOutcome.Invalid, []);
        if (!string.Equals(users.NormalizeEmail(invitation.Email), user.NormalizedEmail, StringComparison.Ordinal))
            return new AcceptResult(AcceptOutcome.Refused, [("", $"This invitation is for {invitation.Email}; you are signed in with another account. Sign out, then open the link again.")]);
        return await UseAsync(invitation, user, ct) ? new AcceptResult(AcceptOutcome.Accepted, [], user) : new AcceptResult(AcceptOutcome.Invalid, []);
    }

    private async Task<bool> UseAsync(Invitation invitation, PlenaryUser user, CancellationToken ct)
    {
        try
        {
            var role = invitation.Accept(user.Id, clock.GetUtcNow());
            var held = await db.RoleAssignments.AnyAsync(r => r.UserId == user.Id && r.Role == role.Role && r.BodyId == role.BodyId && r.State == role.State && r.Organization == role.Organization, ct);
            if (!held) db.RoleAssignments.Add(role);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (e is DomainException or DbUpdateConcurrencyException)
        {
            return false; // taken up or revoked in the meantime: the link is no longer valid
        }
    }
}
