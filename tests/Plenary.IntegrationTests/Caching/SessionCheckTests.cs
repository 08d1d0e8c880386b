using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Caching;

/// <summary>
/// A signed-in session is checked against its account's security stamp whenever an account changed since
/// its last check, and only then: while nothing changed its requests get no new cookie; a changed stamp
/// (what signing out everywhere, a new password, a role taken away or a lock do) ends it on its very next request.
/// </summary>
public abstract class SessionCheckTests : FreshSiteTests
{
    private static bool RenewsTheCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("plenary=", StringComparison.Ordinal));

    [SkippableFact]
    public async Task ASession_IsCheckedAgainOnlyWhenAnAccountChanged_AndAChangedStampEndsItAtOnce()
    {
        var secretariat = await SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/account")).StatusCode); // checked, and the check remembered
        var quiet = await secretariat.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
        Assert.False(RenewsTheCookie(quiet), "a session was checked again although no account had changed");

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlenaryUser>>();
            var other = await users.FindByEmailAsync("delegate@plenary.demo");
            Assert.True((await users.UpdateSecurityStampAsync(other!)).Succeeded);
        }
        var checkedAgain = await secretariat.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, checkedAgain.StatusCode);
        Assert.True(RenewsTheCookie(checkedAgain), "an account changed, but the session was not checked again");

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlenaryUser>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByEmailAsync("secretariat@plenary.demo"))!)).Succeeded);
        }
        var ended = await secretariat.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class SqliteSessionCheckTests : SessionCheckTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresSessionCheckTests : SessionCheckTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
