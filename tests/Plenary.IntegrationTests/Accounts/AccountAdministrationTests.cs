using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// The Administrator removes roles and accounts and locks accounts, each after a confirmation and
/// audited; what is taken away ends the person's other sessions at once.
/// </summary>
public abstract class AccountAdministrationTests : FreshSiteTests
{
    private const string Page = "/admin/accounts";

    private async Task<Guid> UserIdAsync(string email)
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<Guid> RoleIdAsync(string email)
    {
        var user = await UserIdAsync(email);
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().RoleAssignments.Where(r => r.UserId == user).Select(r => r.Id).FirstAsync();
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient admin, string query)
    {
        var confirm = await ParseAsync(admin, Page + query);
        var form = (IHtmlFormElement)confirm.QuerySelector("#confirm-removal form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        return await admin.PostAsync(form.GetAttribute("action")!, new FormUrlEncodedContent(fields));
    }

    private async Task<List<string>> AuditAsync(string entity, string action)
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().AuditEntries
            .Where(e => e.EntityType == entity && e.Action == action).Select(e => e.Actor).ToListAsync();
    }

    [SkippableFact]
    public async Task TakingARoleAway_AsksFirst_EndsThePersonsSessions_AndIsAudited()
    {
        var admin = await SignedInAsync("admin@plenary.demo");
        var delegate_ = await SignedInAsync("delegate@plenary.demo");
        var role = await RoleIdAsync("delegate@plenary.demo");

        var asked = await ParseAsync(admin, $"{Page}?removeRole={role}");
        Assert.Contains("Take the role Delegate (Expert Group, South Africa) from delegate@plenary.demo?", asked.QuerySelector("#confirm-removal")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await delegate_.GetAsync("/account")).StatusCode); // asking changed nothing

        var removed = await ConfirmAsync(admin, $"?removeRole={role}");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("no longer holds the role Delegate (Expert Group, South Africa)", (await ParseAsync(admin, Page)).QuerySelector("[role=status]")!.TextContent);
        var afterwards = await delegate_.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/account/sign-in", afterwards.Headers.Location!.ToString());
        Assert.Contains("admin@plenary.demo", await AuditAsync("RoleAssignment", "Deleted"));
    }

    [SkippableFact]
    public async Task RemovingAnAccount_AsksFirst_ThenThePersonCanNoLongerSignIn()
    {
        var admin = await SignedInAsync("admin@plenary.demo");
        var chair = await UserIdAsync("chair@plenary.demo");

        var asked = await ParseAsync(admin, $"{Page}?removeAccount={chair}");
        Assert.Contains("Remove the account chair@plenary.demo", asked.QuerySelector("#confirm-removal")!.TextContent);
        var removed = await ConfirmAsync(admin, $"?removeAccount={chair}");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().SignInAsync("chair@plenary.demo")).StatusCode); // the form again: refused
        Assert.DoesNotContain("chair@plenary.demo", (await ParseAsync(admin, Page)).QuerySelector("tbody")!.TextContent);
        Assert.Contains("admin@plenary.demo", await AuditAsync("PlenaryUser", "Deleted"));
        Assert.Contains("admin@plenary.demo", await AuditAsync("RoleAssignment", "Deleted"));
    }

    [SkippableFact]
    public async Task TheLastAdministrator_CannotBeRemoved()
    {
        var admin = await SignedInAsync("admin@plenary.demo");
        var self = await UserIdAsync("admin@plenary.demo");

        var refused = await ConfirmAsync(admin, $"?removeAccount={self}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("only Administrator", (await ParseAsync(refused)).QuerySelector("#account-error")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Page)).StatusCode);
    }

    [SkippableFact]
    public async Task LockingAnAccount_EndsItsSessions_RevokesItsTokens_AndUnlockingLetsItSignInAgain()
    {
        var admin = await SignedInAsync("admin@plenary.demo");
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var token = await Site.TokenForAsync("secretariat@plenary.demo");
        var user = await UserIdAsync("secretariat@plenary.demo");

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(admin, $"?lock={user}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.GetAsync("/account")).StatusCode);
        var write = await Site.Api(token).PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items", new { version = 1, title = "Locked out" });
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().SignInAsync("secretariat@plenary.demo")).StatusCode); // refused

        var page = await ParseAsync(admin, Page);
        var unlock = await admin.PostAsync(Page + "?handler=Unlock", page.FormWith(new() { ["id"] = user.ToString() }));
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync("secretariat@plenary.demo")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Site.Api(token).PostAsJsonAsync("/api/v1/bodies/eg-cybercrime/meetings/7/agenda/items", new { version = 1, title = "Still revoked" })).StatusCode);
    }

    [SkippableFact]
    public async Task OthersThanTheAdministrator_AreDeniedTheAccountsPage()
    {
        var secretariat = await SignedInAsync("secretariat@plenary.demo");
        var response = await secretariat.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.ToString());
    }
}

public sealed class SqliteAccountAdministrationTests : AccountAdministrationTests;

public sealed class PostgresAccountAdministrationTests : AccountAdministrationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
