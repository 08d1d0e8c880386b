using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Plenary.Application.Accounts;

namespace Plenary.Web.Security;

/// <summary>
/// The sign-in page's check of an email and password, made so that the time of a refusal tells
/// nothing: an unknown account, a locked one and a wrong password each check exactly one password
/// hash (Identity alone skips it when there is no such account or it is locked, answering in about
/// 2 ms instead of the hash's tens of milliseconds), and every refusal is answered no sooner than
/// Plenary:SignInFailureMilliseconds (400 by default) after the attempt began, which also covers the
/// store's write that counts a failure on an existing account.
/// </summary>
public sealed class PasswordSignIn(SignInManager<PlenaryUser> signIn, UserManager<PlenaryUser> users, IPasswordHasher<PlenaryUser> hasher,
    StandInPasswordHash standIn, IConfiguration configuration)
{
    public async Task<SignInResult> SignInAsync(string email, string password, bool persistent, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await AttemptAsync(email, password, persistent);
        if (!result.Succeeded)
        {
            var floor = TimeSpan.FromMilliseconds(configuration.GetValue("Plenary:SignInFailureMilliseconds", 400));
            var left = floor - Stopwatch.GetElapsedTime(started);
            if (left > TimeSpan.Zero) await Task.Delay(left, ct);
        }
        return result;
    }

    private async Task<SignInResult> AttemptAsync(string email, string password, bool persistent)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new PlenaryUser(), standIn.Hash(hasher), password);
            return SignInResult.Failed;
        }
        if (await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? standIn.Hash(hasher), password);
            return SignInResult.LockedOut;
        }
        // Checks the one hash, counts a failure towards the lockout, and signs in on success.
        return await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
    }
}

/// <summary>A hash of a random password, made once, to check against when there is no account: the same work as a real check.</summary>
public sealed class StandInPasswordHash
{
    private string? _hash;

    public string Hash(IPasswordHasher<PlenaryUser> hasher) => _hash ??= hasher.HashPassword(new PlenaryUser(), GeneratedPasswords.New());
}
