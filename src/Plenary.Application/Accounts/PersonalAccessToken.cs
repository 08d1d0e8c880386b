using System.Security.Cryptography;
using System.Text;

namespace Plenary.Application.Accounts;

/// <summary>
/// A token a user creates on their account page to call the API's writes as themselves. Only its
/// SHA-256 is kept; the token itself is shown once, when it is created.
/// </summary>
public sealed class PersonalAccessToken
{
    public const string Scheme = "PlenaryToken";
    private const string Marker = "plenary_";

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Hash { get; private set; } = "";
    /// <summary>The first characters, so the owner can tell tokens apart without the secret.</summary>
    public string Prefix { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private PersonalAccessToken() { }

    /// <summary>A new token and the secret to hand to its owner once.</summary>
    public static (PersonalAccessToken Token, string Secret) Create(Guid userId, string name, int days, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
            throw new Domain.DomainException("token.name", "Give the token a name of up to 100 characters, saying what it is for.");
        if (days is < 1 or > 365)
            throw new Domain.DomainException("token.days", "A token lasts from 1 to 365 days.");
        var secret = Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(), UserId = userId, Name = name.Trim(), Hash = HashOf(secret), Prefix = secret[..(Marker.Length + 6)],
            CreatedAt = now, ExpiresAt = now.AddDays(days),
        }, secret);
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
