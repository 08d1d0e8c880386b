using Plenary.Domain.Accounts;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Accounts;

/// <summary>An invitation by link: for a delegate or a stakeholder, valid for a while, used once.</summary>
public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Body = Guid.NewGuid();

    [Fact]
    public void AnInvitation_IsForOneBody_AndItsRoleActsForThatBody()
    {
        Refused(() => Invitation.Create("jane@example.org", AccessRole.Delegate, null, "FRA", null, null, "Secretariat", 14, Now), "role.body", "one body");
        var (invitation, _) = Delegate();
        Assert.Equal(Body, invitation.BodyId);
        Assert.Equal(Body, invitation.Accept(Guid.NewGuid(), Now).BodyId);
    }

    private static (Invitation Invitation, string Token) Delegate(int days = 14) =>
        Invitation.Create("jane@example.org", AccessRole.Delegate, Body, "fra", null, null, "Secretariat", days, Now);

    [Fact]
    public void ANewInvitation_IsPending_KeepsOnlyTheTokensHash_AndExpiresAfterItsDays()
    {
        var (invitation, token) = Delegate();
        Assert.Equal(InvitationStatus.Pending, invitation.StatusAt(Now));
        Assert.Equal("FRA", invitation.State);
        Assert.Equal(Now.AddDays(14), invitation.ExpiresAt);
        Assert.Equal(Invitation.HashOf(token), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token); // URL-safe
        Assert.Equal(InvitationStatus.Expired, invitation.StatusAt(Now.AddDays(14)));
    }

    [Theory]
    [InlineData(AccessRole.Administrator)]
    [InlineData(AccessRole.Secretariat)]
    [InlineData(AccessRole.Officer)]
    [InlineData(AccessRole.ExtendedBureauMember)]
    public void OtherRolesThanDelegateAndStakeholder_AreRefused(AccessRole role) =>
        Refused(() => Invitation.Create("jane@example.org", role, Body, null, null, null, "Secretariat", 14, Now), "invitation.role", "delegate or a stakeholder");

    [Theory]
    [InlineData("")]
    [InlineData("jane")]
    [InlineData("jane@")]
    [InlineData("@example.org")]
    [InlineData("jane@example")]
    [InlineData("jane doe@example.org")]
    [InlineData("jane@@example.org")]
    public void ABadEmail_IsRefused(string email) =>
        Refused(() => Invitation.Create(email, AccessRole.Delegate, Body, "FRA", null, null, "Secretariat", 14, Now), "invitation.email", "email address");

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public void DaysOutsideOneToNinety_AreRefused(int days) =>
        Refused(() => Delegate(days), "invitation.days", "1 to 90 days");

    [Fact]
    public void TheScope_FollowsTheRulesOfRoleAssignments()
    {
        Refused(() => Invitation.Create("jane@example.org", AccessRole.Delegate, Body, "F1", null, null, "S", 14, Now), "role.state", "is not a State in the register");
        Refused(() => Invitation.Create("jane@example.org", AccessRole.Stakeholder, Body, null, " ", null, "S", 14, Now), "role.organization", "one organization");
        Refused(() => Invitation.Create("jane@example.org", AccessRole.Stakeholder, Body, "FRA", "UNICRI", null, "S", 14, Now), "role.scope", "Only a delegate");
    }

    [Fact]
    public void Check_ListsEveryBrokenRule()
    {
        var broken = Invitation.Check("nobody", AccessRole.Delegate, Body, null, null, 0);
        Assert.Equal(["invitation.email", "role.state", "invitation.days"], broken.Select(e => e.Code));
    }

    [Fact]
    public void Accepting_GrantsTheRoleInItsScope_AndOnlyOnce()
    {
        var (invitation, _) = Delegate();
        var user = Guid.NewGuid();
        var role = invitation.Accept(user, Now.AddDays(1));
        Assert.Equal((user, AccessRole.Delegate, "FRA"), (role.UserId, role.Role, role.State));
        Assert.Equal(InvitationStatus.Accepted, invitation.StatusAt(Now.AddDays(1)));
        Refused(() => invitation.Accept(Guid.NewGuid(), Now.AddDays(2)), "invitation.used", "accepted already");
        Refused(() => invitation.Revoke(Now.AddDays(2)), "invitation.used", "accepted already");
    }

    [Fact]
    public void AnExpiredOrRevokedInvitation_CannotBeAccepted()
    {
        var (expired, _) = Delegate(days: 1);
        Refused(() => expired.Accept(Guid.NewGuid(), Now.AddDays(1)), "invitation.expired", "expired on 24 November 2026");

        var (revoked, _) = Delegate();
        revoked.Revoke(Now);
        Assert.Equal(InvitationStatus.Revoked, revoked.StatusAt(Now));
        Refused(() => revoked.Accept(Guid.NewGuid(), Now), "invitation.revoked", "was revoked");
        Refused(() => revoked.Revoke(Now), "invitation.revoked", "was revoked");
    }
}
