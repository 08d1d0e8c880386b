using System.Net;
using Plenary.Cli;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>Every way of choosing a password refuses the common, repetitive and sequential ones, with the rule next to the field.</summary>
public sealed class PasswordRuleTests : FreshSiteTests
{
    [SkippableTheory]
    [InlineData("aaaaaaaaaaaa", "repeats")]
    [InlineData("passwordpassword", "repeats")]
    [InlineData("123456789012", "sequence")]
    [InlineData("iloveyou2024!", "most common")]
    public async Task TheAccountPage_RefusesAWeakNewPassword_NextToTheField(string weak, string rule)
    {
        var client = await SignedInAsync("chair@plenary.demo");
        var page = await ParseAsync(client, "/account");

        var response = await client.PostAsync("/account", page.FormWith(new() { ["CurrentPassword"] = TestSignIn.DemoPassword, ["NewPassword"] = weak, ["ConfirmPassword"] = weak }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await ParseAsync(response)).QuerySelectorAll(".field-error").Select(e => e.TextContent).Where(t => t.Length > 0).ToList();
        Assert.Contains(errors, e => e.Contains(rule));
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync("chair@plenary.demo")).StatusCode); // the old one still works
    }

    [SkippableFact]
    public async Task TheCommandLine_RefusesAWeakFirstPassword()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliRunner.RunAsync(PlenaryCli.Build(),
            ["users", "add", "--email", "new@example.org", "--role", "Administrator", "--password", "123456789012", "--connection", Site.Services.GetService(typeof(Plenary.Application.Data.PlenaryStore)) is Plenary.Application.Data.PlenaryStore s ? s.ConnectionString : ""],
            output, error);

        Assert.Equal(1, code);
        Assert.Contains("--password: The password is a sequence", error.ToString());
    }
}
