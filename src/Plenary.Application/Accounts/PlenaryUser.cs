using Microsoft.AspNetCore.Identity;

namespace Plenary.Application.Accounts;

/// <summary>A person who signs in to Plenary; what they may do is in their role assignments.</summary>
public sealed class PlenaryUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
}
