namespace Plenary.IntegrationTests.Deployment;

/// <summary>
/// The backup of docs/deploy.md, taken from the running deployment and restored into a new database
/// exactly as the document says, gives back the same record.
/// </summary>
[Collection(TwoInstancesCollection.Name)]
public sealed class BackupTests(TwoInstancesBehindNginx deployment)
{
    [SkippableFact]
    public async Task ABackupRestoredIntoANewDatabase_HoldsTheSameRecordAccountsAndAuditTrail()
    {
        Skip.If(deployment.SkipReason is not null, deployment.SkipReason);
        var restored = deployment.Database + "_r";
        var file = Path.Combine(deployment.Folder, "backup.dump");
        try
        {
            // The commands of docs/deploy.md, "Backups".
            var backup = await deployment.ShellAsync(
                $"pg_dump --format=custom --no-owner --file='{file}' --dbname=\"$PLENARY_DEPLOY_DATABASE\" && " +
                $"createdb --maintenance-db=\"$PLENARY_DEPLOY_MAINTENANCE_DB\" '{restored}' && " +
                $"pg_restore --no-owner --exit-on-error --dbname='{restored}' '{file}'", TimeSpan.FromMinutes(2));
            Assert.True(backup.Code == 0, backup.Output);

            var before = await deployment.PlenaryAsync("export --body eg-cybercrime");
            var after = await deployment.PlenaryAsync("export --body eg-cybercrime", restored);
            Assert.True(before.Code == 0, before.Output);
            Assert.True(after.Code == 0, after.Output);
            Assert.Contains("\"eg-cybercrime\"", before.Output, StringComparison.Ordinal);
            Assert.Equal(before.Output, after.Output);

            // Every table holds as many rows as before: accounts, keys, audit entries and files included.
            var counts = "SELECT string_agg(format('%s=%s', table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text), ' ' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'";
            var original = await deployment.ShellAsync($"psql -X -tA -d \"$PLENARY_DEPLOY_DATABASE\" -c \"{counts}\"", TimeSpan.FromMinutes(1));
            var copy = await deployment.ShellAsync($"psql -X -tA -d '{restored}' -c \"{counts}\"", TimeSpan.FromMinutes(1));
            Assert.Contains("audit_entries=", original.Output, StringComparison.Ordinal);
            Assert.Equal(original.Output, copy.Output);
        }
        finally
        {
            await deployment.ShellAsync($"dropdb --if-exists --force --maintenance-db=\"$PLENARY_DEPLOY_MAINTENANCE_DB\" '{restored}'", TimeSpan.FromMinutes(1));
        }
    }
}
