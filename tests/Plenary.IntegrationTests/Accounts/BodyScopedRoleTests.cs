using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.Domain.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// Invitations and the roles of delegates and stakeholders belong to a body: one body's Secretariat
/// sees and revokes only its own invitations, and a delegate acts for their State at that body's
/// meetings only.
/// </summary>
public abstract class BodyScopedRoleTests : FreshSiteTests
{
    private async Task<HttpClient> ConferenceSecretariatAsync()
    {
        await SecondBody.AddAsync(Site);
        var client = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(SecondBody.SecretariatEmail, SecondBody.Password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> InviteAsync(HttpClient client, string email, string? body = null)
    {
        var page = await ParseAsync(client, "/account/invitations");
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Role"] = "Delegate", ["State"] = "ZAF", ["Days"] = "14" };
        if (body is not null) fields["Body"] = body;
        return await client.PostAsync("/account/invitations", page.FormWith(fields));
    }

    private async Task<Guid> InvitationIdAsync(string email)
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync();
    }

    [SkippableFact]
    public async Task OneBodysSecretariat_SeesAndRevokesOnlyItsOwnInvitations()
    {
        var conference = await ConferenceSecretariatAsync();
        var expertGroup = await SignedInAsync("secretariat@plenary.demo");
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(expertGroup, "eg-delegate@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(conference, "cosp-delegate@example.org")).StatusCode);
        var expertGroupsInvitation = await InvitationIdAsync("eg-delegate@example.org");

        var seen = (await ParseAsync(conference, "/account/invitations")).QuerySelector("table.invitations tbody")!.TextContent;
        var page = await ParseAsync(conference, "/account/invitations");
        var revoke = await conference.PostAsync("/account/invitations?handler=Revoke", page.FormWith(new() { ["id"] = expertGroupsInvitation.ToString() }));
        var forged = await InviteAsync(conference, "sneaky@example.org", "eg-cybercrime");

        Assert.Contains("cosp-delegate@example.org", seen);
        Assert.DoesNotContain("eg-delegate@example.org", seen);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Contains("eg-delegate@example.org", (await ParseAsync(expertGroup, "/account/invitations")).QuerySelector("table.invitations tbody")!.TextContent);
        Assert.Contains("Pending", (await ParseAsync(expertGroup, "/account/invitations")).QuerySelector("table.invitations tbody")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var scope = Site.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Invitations.AnyAsync(i => i.Email == "sneaky@example.org"));
    }

    [SkippableFact]
    public async Task ADelegateOfSouthAfricaAtTheConference_CannotActForSouthAfricaAtTheExpertGroup()
    {
        await SecondBody.AddAsync(Site);
        using (var scope = Site.Services.CreateScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<AddUser>().HandleAsync(
                new AddUserRequest("zaf-cosp@example.org", null, AccessRole.Delegate, SecondBody.Slug, "ZAF", null, "a delegate's own passphrase"));
            Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        }
        var api = Site.Api(await Site.TokenForAsync("zaf-cosp@example.org"));
        var body = new { version = 0, members = new[] { new { title = "Ms.", firstName = "Thandi", familyName = "Dlamini", role = "head" } } };

        var expertGroup = await api.PutAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF", body);
        var conference = await api.PutAsJsonAsync("/api/v1/bodies/cosp/meetings/10/delegations/states/ZAF", body);
        var browser = Anonymous();
        await browser.SignInAsync("zaf-cosp@example.org", "a delegate's own passphrase");
        var page = await browser.GetAsync("/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF");

        Assert.Equal(HttpStatusCode.Forbidden, expertGroup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conference.StatusCode);
        Assert.Contains("/account/denied", page.Headers.Location?.ToString() ?? "");
    }
}

public sealed class SqliteBodyScopedRoleTests : BodyScopedRoleTests;

public sealed class PostgresBodyScopedRoleTests : BodyScopedRoleTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
