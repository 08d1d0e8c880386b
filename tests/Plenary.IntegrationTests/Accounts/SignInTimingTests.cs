using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Accounts;

/// <summary>
/// A failed sign-in costs the same whether the account exists, is locked or does not exist: each
/// checks one password hash, so the time of the answer tells nothing (the figures are in
/// bench/sign-in-timing.py and the README). Counted here, not timed.
/// </summary>
public sealed class SignInTimingTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private PlenaryWebFactory _site = null!;
    private readonly CountingHasher _hasher = new();

    public Task InitializeAsync()
    {
        _site = new PlenaryWebFactory(_store.Store);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    private sealed class CountingHasher : IPasswordHasher<PlenaryUser>
    {
        private readonly PasswordHasher<PlenaryUser> _inner = new();
        public int Verifications;
        public string HashPassword(PlenaryUser user, string password) => _inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(PlenaryUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task<int> VerificationsForAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> site, string email)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var before = _hasher.Verifications;
        var response = await client.SignInAsync(email, "not the password at all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // refused: the form again
        return _hasher.Verifications - before;
    }

    [Fact]
    public async Task AnUnknownAccount_ALockedOne_AndAWrongPassword_EachCheckOnePasswordHash()
    {
        var site = _site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<PlenaryUser>>(_hasher)));
        for (var i = 0; i < 5; i++) await site.CreateClient(new() { AllowAutoRedirect = false }).SignInAsync("bureau@plenary.demo", "wrong " + i);

        var unknown = await VerificationsForAsync(site, "nobody@plenary.demo");
        var locked = await VerificationsForAsync(site, "bureau@plenary.demo");
        var wrong = await VerificationsForAsync(site, "chair@plenary.demo");

        Assert.Equal(1, wrong);
        Assert.Equal(wrong, unknown);
        Assert.Equal(wrong, locked);
    }
}
