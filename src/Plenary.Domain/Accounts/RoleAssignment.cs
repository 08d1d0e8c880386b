namespace Plenary.Domain.Accounts;

/// <summary>What a user may do in Plenary. Anonymous visitors, the public, hold none.</summary>
public enum AccessRole
{
    Administrator,
    Secretariat,
    Officer,
    ExtendedBureauMember,
    Delegate,
    Stakeholder,
}

/// <summary>
/// One role a user holds, with its scope: the Secretariat, an officer and an extended Bureau member
/// act for one body; a delegate for one State's delegation to one body's meetings; a stakeholder for
/// one organization at one body's meetings. Only the Administrator's role covers every body.
/// </summary>
public sealed class RoleAssignment
{
    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public AccessRole Role { get; private set; }
    public Guid? BodyId { get; private set; }
    /// <summary>The State a delegate acts for, by its ISO 3166-1 alpha-3 code ("ZAF"), from the register of States.</summary>
    public string? State { get; private set; }
    public string? Organization { get; private set; }

    private RoleAssignment() { }

    public static RoleAssignment Grant(Guid userId, AccessRole role, Guid? bodyId, string? state, string? organization)
    {
        Guard.Defined(role, "role.role", "a role");
        // A State is picked from the register, by its code or its name, and kept by its code.
        state = string.IsNullOrWhiteSpace(state) ? null : Participation.StateRegister.Require(state, "role.state").Code;
        organization = Guard.Optional(organization, "role.organization", "The organization", 300);
        switch (role)
        {
            case AccessRole.Secretariat or AccessRole.Officer or AccessRole.ExtendedBureauMember when bodyId is null:
                throw new DomainException("role.body", $"The {Describe(role)} role is held for one body; name the body.");
            // A delegation is registered with one body's meetings; its delegate (or stakeholder) acts there only.
            case AccessRole.Delegate or AccessRole.Stakeholder when bodyId is null:
                throw new DomainException("role.body", $"A {Describe(role)} acts for one body; name the body.");
            case AccessRole.Delegate when state is null:
                throw new DomainException("role.state", "A delegate acts for one State's delegation; give the State's three-letter code, such as ZAF.");
            case AccessRole.Stakeholder when organization is null:
                throw new DomainException("role.organization", "A stakeholder acts for one organization; name it.");
            case AccessRole.Administrator when bodyId is not null || state is not null || organization is not null:
                throw new DomainException("role.scope", "The Administrator role covers all of Plenary; it takes no body, State or organization.");
        }
        if (role is not AccessRole.Delegate && state is not null)
            throw new DomainException("role.scope", $"Only a delegate acts for a State; the {Describe(role)} role takes no State.");
        if (role is not AccessRole.Stakeholder && organization is not null)
            throw new DomainException("role.scope", $"Only a stakeholder acts for an organization; the {Describe(role)} role takes none.");
        return new RoleAssignment { Id = Guid.CreateVersion7(), UserId = userId, Role = role, BodyId = bodyId, State = state, Organization = organization };
    }

    /// <summary>
    /// Plenary always keeps an Administrator: the last one's role (or account) cannot be removed,
    /// for nobody would be left to manage the accounts.
    /// </summary>
    public static void EnsureNotLastAdministrator(AccessRole role, int administrators, string whose)
    {
        if (role == AccessRole.Administrator && administrators <= 1)
            throw new DomainException("role.last_administrator",
                $"{whose} is the only Administrator; make another account Administrator first, so that someone can still manage the accounts.");
    }

    public static string Describe(AccessRole role) => role switch
    {
        AccessRole.ExtendedBureauMember => "extended Bureau member",
        AccessRole.Secretariat => "Secretariat",
        AccessRole.Administrator => "Administrator",
        AccessRole.Officer => "officer",
        AccessRole.Delegate => "delegate",
        AccessRole.Stakeholder => "stakeholder",
    };
}
