using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain.Accounts;

namespace Plenary.Application.Accounts;

/// <summary>
/// The code that lets the person who started a new deployment make its first Administrator on the
/// setup page. It is made when the process starts, shown once on the server's console, and works
/// only while no account holds the Administrator role.
/// </summary>
public sealed class SetupCode
{
    public string Value { get; } = GeneratedPasswords.New()[..11];

    public bool Matches(string? code) =>
        code is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(code.Trim().ToLowerInvariant()), Encoding.UTF8.GetBytes(Value));
}

/// <summary>A new deployment's first step: an Administrator, made with the setup code (or with `plenary users add --role Administrator`).</summary>
public sealed class FirstAdministrator(AddUser addUser, PlenaryDbContext db, SetupCode setupCode)
{
    /// <summary>True while no account holds the Administrator role: the setup page is open.</summary>
    public async Task<bool> IsNeededAsync(CancellationToken ct = default) =>
        !await db.RoleAssignments.AnyAsync(r => r.Role == AccessRole.Administrator, ct);

    public async Task<AddUserResult> CreateAsync(string? code, string email, string? displayName, string password, CancellationToken ct = default)
    {
        if (!await IsNeededAsync(ct))
            return new AddUserResult(false, [("code", "Plenary has an Administrator already; the setup page is closed.")]);
        if (!setupCode.Matches(code))
            return new AddUserResult(false, [("code", "The setup code is not right; copy it from the server's console, where it was printed when the server started.")]);
        var normalized = email.Trim().ToUpperInvariant(); // as Identity normalises emails
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return new AddUserResult(false, [("email", $"{email.Trim()} has an account already; give it the Administrator role with 'plenary users add --email {email.Trim()} --role Administrator'.")]);
        return await addUser.HandleAsync(new AddUserRequest(email, displayName, AccessRole.Administrator, null, null, null, password), ct);
    }
}
