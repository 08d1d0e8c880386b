using Plenary.Domain.Accounts;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Accounts;

/// <summary>Each role is held in its scope: a body, a State's delegation or an organization.</summary>
public sealed class RoleAssignmentTests
{
    private static readonly Guid User = Guid.NewGuid();
    private static readonly Guid Body = Guid.NewGuid();

    [Theory]
    [InlineData(AccessRole.Secretariat)]
    [InlineData(AccessRole.Officer)]
    [InlineData(AccessRole.ExtendedBureauMember)]
    public void BodyRoles_WithoutABody_AreRefused(AccessRole role) =>
        Refused(() => RoleAssignment.Grant(User, role, null, null, null), "role.body", "is held for one body");

    [Fact]
    public void ADelegate_ActsForOneStateByItsThreeLetterCode()
    {
        Assert.Equal("ZAF", RoleAssignment.Grant(User, AccessRole.Delegate, Body, "zaf", null).State);
        Refused(() => RoleAssignment.Grant(User, AccessRole.Delegate, Body, null, null), "role.state", "one State's delegation");
        Refused(() => RoleAssignment.Grant(User, AccessRole.Delegate, Body, "Z1", null), "role.state", "'Z1' is not a State in the register");
        Refused(() => RoleAssignment.Grant(User, AccessRole.Delegate, Body, "XYZ", null), "role.state", "'XYZ' is not a State in the register");
    }

    [Fact]
    public void AStakeholder_ActsForOneOrganization() =>
        Refused(() => RoleAssignment.Grant(User, AccessRole.Stakeholder, Body, null, " "), "role.organization", "one organization");

    [Theory]
    [InlineData(AccessRole.Delegate, "ZAF", null)]
    [InlineData(AccessRole.Stakeholder, null, "Council of Europe")]
    public void DelegatesAndStakeholders_ActForOneBody(AccessRole role, string? state, string? organization) =>
        Refused(() => RoleAssignment.Grant(User, role, null, state, organization), "role.body", "one body");

    [Fact]
    public void TheAdministrator_TakesNoScope() =>
        Refused(() => RoleAssignment.Grant(User, AccessRole.Administrator, Body, null, null), "role.scope", "covers all of Plenary");

    [Fact]
    public void OnlyADelegateTakesAState_OnlyAStakeholderAnOrganization()
    {
        Refused(() => RoleAssignment.Grant(User, AccessRole.Secretariat, Body, "ZAF", null), "role.scope", "Only a delegate acts for a State");
        Refused(() => RoleAssignment.Grant(User, AccessRole.Delegate, Body, "ZAF", "UNICRI"), "role.scope", "Only a stakeholder acts for an organization");
    }

    [Fact]
    public void ASecretariatRole_KeepsItsBody()
    {
        var assignment = RoleAssignment.Grant(User, AccessRole.Secretariat, Body, null, null);
        Assert.Equal((User, AccessRole.Secretariat, (Guid?)Body), (assignment.UserId, assignment.Role, assignment.BodyId));
    }
}
