using System.Security.Cryptography;
using System.Text;

namespace Plenary.Domain.Accounts;

/// <summary>Where an invitation stands; only a pending one can be accepted or revoked.</summary>
public enum InvitationStatus { Pending, Accepted, Expired, Revoked }

/// <summary>
/// The Secretariat invites a delegate or a stakeholder by a link that carries a random token. Only
/// the token's SHA-256 is kept; the link is shown once, to the person who invites, who sends it on.
/// Accepting creates the account (or adds the role to the account with that email) with the role
/// and scope the invitation names.
/// </summary>
public sealed class Invitation
{
    public const int DefaultDays = 14;
    public const int MaxDays = 90;

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public AccessRole Role { get; private set; }
    /// <summary>The body whose meetings the invitee will act at; its Secretariat sees and revokes the invitation.</summary>
    public Guid? BodyId { get; private set; }
    /// <summary>The State a delegate will act for (ISO 3166-1 alpha-3).</summary>
    public string? State { get; private set; }
    /// <summary>The organization a stakeholder will act for.</summary>
    public string? Organization { get; private set; }
    public Guid? InvitedById { get; private set; }
    /// <summary>Who invited, as the invitee sees it: a display name, or the command line's user.</summary>
    public string InvitedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedById { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    /// <summary>The SHA-256 of the token in the link (hex); never shown, never audited.</summary>
    public string TokenHash { get; private set; } = "";

    private Invitation() { }

    /// <summary>Every rule the invitation's fields break, in form order (empty when it may be created).</summary>
    public static IReadOnlyList<DomainException> Check(string? email, AccessRole role, Guid? bodyId, string? state, string? organization, int days)
    {
        var broken = new List<DomainException>();
        if (CheckEmail(email) is { } badEmail) broken.Add(badEmail);
        if (role is not (AccessRole.Delegate or AccessRole.Stakeholder))
            broken.Add(new DomainException("invitation.role",
                $"An invitation is for a delegate or a stakeholder; the {RoleAssignment.Describe(role)} role is given with 'plenary users add'."));
        else
        {
            try { RoleAssignment.Grant(Guid.Empty, role, bodyId, state, organization); }
            catch (DomainException e) { broken.Add(e); }
        }
        if (days is < 1 or > MaxDays)
            broken.Add(new DomainException("invitation.days", $"An invitation is valid for 1 to {MaxDays} days ({days} was given)."));
        return broken;
    }

    /// <summary>A new pending invitation and the token for its link, to hand over once.</summary>
    public static (Invitation Invitation, string Token) Create(string email, AccessRole role, Guid? bodyId, string? state, string? organization,
        Guid? invitedById, string invitedBy, int days, DateTimeOffset now)
    {
        if (Check(email, role, bodyId, state, organization, days) is [var first, ..]) throw first;
        var scope = RoleAssignment.Grant(Guid.Empty, role, bodyId, state, organization);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new Invitation
        {
            Id = Guid.CreateVersion7(), Email = email.Trim(), Role = role, BodyId = scope.BodyId, State = scope.State, Organization = scope.Organization,
            InvitedById = invitedById, InvitedBy = Guard.Required(invitedBy, "invitation.invitedBy", "Who invites", 256),
            CreatedAt = now, ExpiresAt = now.AddDays(days), TokenHash = HashOf(token),
        }, token);
    }

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationStatus.Revoked
        : AcceptedAt is not null ? InvitationStatus.Accepted
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>The invitee took it up: the role goes to <paramref name="userId"/>, and the link is used.</summary>
    public RoleAssignment Accept(Guid userId, DateTimeOffset now)
    {
        RefuseUnlessPending(now, "accepted");
        AcceptedAt = now;
        AcceptedById = userId;
        return RoleAssignment.Grant(userId, Role, BodyId, State, Organization);
    }

    /// <summary>The Secretariat withdraws a pending invitation; its link stops working.</summary>
    public void Revoke(DateTimeOffset now)
    {
        RefuseUnlessPending(now, "revoked");
        RevokedAt = now;
    }

    private void RefuseUnlessPending(DateTimeOffset now, string step)
    {
        switch (StatusAt(now))
        {
            case InvitationStatus.Accepted:
                throw new DomainException("invitation.used", $"The invitation for {Email} was accepted already; it cannot be {step}.");
            case InvitationStatus.Revoked:
                throw new DomainException("invitation.revoked", $"The invitation for {Email} was revoked; it cannot be {step}. Invite again if needed.");
            case InvitationStatus.Expired:
                throw new DomainException("invitation.expired", $"The invitation for {Email} expired on {Editorial.Dates.Day(DateOnly.FromDateTime(ExpiresAt.UtcDateTime))}; it cannot be {step}. Invite again if needed.");
        }
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static DomainException? CheckEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
            return new DomainException("invitation.email", "Give the invitee's email address, such as name@example.org.");
        var e = email.Trim();
        var at = e.IndexOf('@');
        var ok = e.Length <= 256 && at > 0 && at == e.LastIndexOf('@') && !e.Any(char.IsWhiteSpace)
            && e[(at + 1)..] is var domain && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.');
        return ok ? null : new DomainException("invitation.email", $"'{e}' is not an email address; give one such as name@example.org.");
    }
}
