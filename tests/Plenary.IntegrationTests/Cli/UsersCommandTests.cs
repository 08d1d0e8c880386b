using System.Text.RegularExpressions;
using Plenary.Cli;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Cli;

/// <summary>plenary users: the first Administrator, the demo's generated password, and removing accounts and roles after a confirmation.</summary>
public sealed partial class UsersCommandTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _store.DisposeAsync();

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliRunner.RunAsync(PlenaryCli.Build(), [.. args, "--connection", _store.Store.ConnectionString], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Demo_PrintsAGeneratedPasswordOnce_ThenSaysTheAccountsExist()
    {
        var first = await RunAsync("demo");
        var second = await RunAsync("demo");

        var password = PasswordLine().Match(first.Out);
        Assert.True(password.Success, first.Out);
        Assert.DoesNotContain("plenary-demo-2026", first.Out);
        Assert.DoesNotContain(password.Groups["password"].Value, second.Out);
        Assert.Contains("exist already", second.Out);
    }

    [Fact]
    public async Task TheFirstAdministrator_IsAddedWithAPrintedPassword()
    {
        var added = await RunAsync("users", "add", "--email", "chief@un.example.org", "--role", "Administrator");
        var list = await RunAsync("users", "list");

        Assert.Equal(0, added.Code);
        Assert.Matches(PasswordLine(), added.Out);
        Assert.Contains("chief@un.example.org\tchief@un.example.org\tAdministrator", list.Out);
    }

    [Fact]
    public async Task RemovingAnAccount_WithoutYes_OnlySaysWhatWouldGo()
    {
        await RunAsync("demo");

        var asked = await RunAsync("users", "remove", "--email", "chair@plenary.demo");
        var stillThere = await RunAsync("users", "list");
        var removed = await RunAsync("users", "remove", "--email", "chair@plenary.demo", "--yes");
        var gone = await RunAsync("users", "list");

        Assert.Equal(1, asked.Code);
        Assert.Contains("Officer (Expert Group)", asked.Err);
        Assert.Contains("add --yes", asked.Err);
        Assert.Contains("chair@plenary.demo", stillThere.Out);
        Assert.Equal(0, removed.Code);
        Assert.DoesNotContain("chair@plenary.demo", gone.Out);
    }

    [Fact]
    public async Task RemovingARole_NamesIt_AndTheLastAdministratorStays()
    {
        await RunAsync("demo");

        var role = await RunAsync("users", "remove-role", "--email", "bureau@plenary.demo", "--role", "ExtendedBureauMember", "--yes");
        var last = await RunAsync("users", "remove-role", "--email", "admin@plenary.demo", "--role", "Administrator", "--yes");
        var list = await RunAsync("users", "list");

        Assert.Equal(0, role.Code);
        Assert.Contains("no longer holds the role Extended Bureau member (Expert Group)", role.Out);
        Assert.Equal(1, last.Code);
        Assert.Contains("only Administrator", last.Err);
        Assert.Contains("bureau@plenary.demo\tDemo extended Bureau member\tno role", list.Out);
    }

    [Fact]
    public async Task Password_GivesANewOne_AndLockThenUnlock()
    {
        await RunAsync("demo");

        var password = await RunAsync("users", "password", "--email", "delegate@plenary.demo");
        var locked = await RunAsync("users", "lock", "--email", "delegate@plenary.demo", "--yes");
        var listed = await RunAsync("users", "list");
        var unlocked = await RunAsync("users", "unlock", "--email", "delegate@plenary.demo");

        Assert.Equal(0, password.Code);
        Assert.Matches(PasswordLine(), password.Out);
        Assert.Equal(0, locked.Code);
        Assert.Contains("delegate@plenary.demo\tDemo delegate of South Africa\tDelegate (Expert Group, South Africa)\tlocked", listed.Out);
        Assert.Equal(0, unlocked.Code);
    }

    [GeneratedRegex(@"[Pp]assword[^:\n]*: (?<password>\S+)")]
    private static partial Regex PasswordLine();
}
