using Microsoft.AspNetCore.Identity;
using Plenary.Domain.Accounts;

namespace Plenary.Application.Accounts;

/// <summary>The list of common passwords shipped with Plenary (common-passwords.txt; its source is in common-passwords.md).</summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(() =>
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded in Plenary.Application.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } password) set.Add(password.ToLowerInvariant());
        return set;
    });

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password.ToLowerInvariant());
}

/// <summary>Identity's check of every new password (account page, invitation, setup, CLI): the rules of <see cref="PasswordRules"/>.</summary>
public sealed class PlenaryPasswordValidator : IPasswordValidator<PlenaryUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PlenaryUser> manager, PlenaryUser user, string? password)
    {
        var broken = PasswordRules.Check(password ?? "", CommonPasswords.Contains, [user.Email, user.UserName, user.DisplayName]);
        return Task.FromResult(broken is null ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "Password" + broken.Code.Split('.')[^1], Description = broken.Message }));
    }
}
