using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plenary.Application.Data;
using Plenary.Domain;
using Plenary.Domain.Accounts;

namespace Plenary.Application.Accounts;

public sealed record AddUserRequest(string Email, string? DisplayName, AccessRole Role, string? BodySlug, string? State, string? Organization, string? Password);

public sealed record AddUserResult(bool Succeeded, IReadOnlyList<(string Field, string Message)> Errors, string? GeneratedPassword = null);

/// <summary>Creates an account with one role, or adds the role to the existing account with that email.</summary>
public sealed class AddUser(UserManager<PlenaryUser> users, PlenaryDbContext db)
{
    public async Task<AddUserResult> HandleAsync(AddUserRequest request, CancellationToken ct = default)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@'))
            errors.Add(("email", $"'{request.Email}' is not an email address."));
        Guid? bodyId = null;
        if (request.BodySlug is { } slug)
        {
            bodyId = await db.Bodies.Where(b => b.Slug == slug).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(ct);
            if (bodyId is null) errors.Add(("body", $"There is no body with the slug '{slug}'."));
        }
        try
        {
            RoleAssignment.Grant(Guid.Empty, request.Role, bodyId ?? (request.BodySlug is null ? null : Guid.Empty), request.State, request.Organization);
        }
        catch (DomainException e)
        {
            errors.Add((e.Code.Split('.')[^1], e.Message));
        }
        if (errors.Count > 0) return new AddUserResult(false, errors);

        var email = request.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        string? generated = null;
        if (user is null)
        {
            user = new PlenaryUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName?.Trim() is { Length: > 0 } n ? n : email };
            var password = request.Password ?? (generated = GeneratedPasswords.New());
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                return new AddUserResult(false, created.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)).ToList());
        }
        var assignment = RoleAssignment.Grant(user.Id, request.Role, bodyId, request.State, request.Organization);
        var held = await db.RoleAssignments.AnyAsync(r => r.UserId == user.Id && r.Role == assignment.Role && r.BodyId == assignment.BodyId
            && r.State == assignment.State && r.Organization == assignment.Organization, ct);
        if (!held)
        {
            db.RoleAssignments.Add(assignment);
            await db.SaveChangesAsync(ct);
        }
        return new AddUserResult(true, [], generated);
    }

}
