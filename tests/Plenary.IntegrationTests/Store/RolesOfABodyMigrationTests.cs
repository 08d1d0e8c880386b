using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Plenary.Application.Data;
using Plenary.Domain.Bodies;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Store;

/// <summary>
/// The migration that gives delegate and stakeholder roles a body keeps what people could do: a
/// role held without a body (which acted at every body) becomes one role per body.
/// </summary>
public abstract class RolesOfABodyMigrationTests
{
    protected abstract ITestStore NewStore();

    [SkippableFact]
    public async Task ADelegateRoleWithoutABody_BecomesOneRolePerBody()
    {
        await using var store = NewStore();
        await using var db = store.Store.CreateContext();
        await db.GetService<IMigrator>().MigrateAsync("20261127000000_ParticipantKinds");
        db.RaiseVersions = false; // the schema of that time has no record_version table
        var user = new Plenary.Application.Accounts.PlenaryUser { Id = Guid.NewGuid(), UserName = "d@example.org", NormalizedUserName = "D@EXAMPLE.ORG", Email = "d@example.org", NormalizedEmail = "D@EXAMPLE.ORG", SecurityStamp = "s" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        object Id(Guid g) => store.Store.Provider == StoreProvider.Sqlite ? g.ToString().ToUpperInvariant() : g;
        // The bodies as the schema of that time holds them (the model has since grown columns it lacked).
        var (first, second) = (new { Id = Guid.NewGuid() }, new { Id = Guid.NewGuid() });
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO bodies ("Id", "Slug", "FullName", "ShortName", "Membership") VALUES ({0}, 'first-body', 'First body', 'First', 'OpenEnded'), ({1}, 'second-body', 'Second body', 'Second', 'OpenEnded')""", Id(first.Id), Id(second.Id));
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO role_assignments ("Id", "UserId", "Role", "BodyId", "State", "Organization") VALUES ({0}, {1}, 'Delegate', NULL, 'ZAF', NULL)""", Id(Guid.NewGuid()), Id(user.Id));

        await db.Database.MigrateAsync();

        db.ChangeTracker.Clear();
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).ToListAsync();
        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.Equal("ZAF", r.State));
        Assert.Equal(new[] { first.Id, second.Id }.Order(), roles.Select(r => r.BodyId!.Value).Order());
    }
}

public sealed class SqliteRolesOfABodyMigrationTests : RolesOfABodyMigrationTests
{
    protected override ITestStore NewStore() => new SqliteTestStore();
}

public sealed class PostgresRolesOfABodyMigrationTests : RolesOfABodyMigrationTests
{
    protected override ITestStore NewStore() => PostgresTestStore.Create();
}
