using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Plenary.Application.Data;

namespace Plenary.Cli.Documents;

/// <summary>
/// What a render produced when it issued nothing, kept by the record's version (ADR 0020): while no write
/// has changed the record since, the same render of the same build gives the same bytes and the same
/// sentence, so the command answers from the kept copy with one read of the version instead of composing
/// the document again. A render that issues (a first issue, a new version) is never kept: the next run
/// must say that nothing changed. The key holds the build of Plenary, the store, the record's version,
/// the arguments, and today's date when the date of issue is not chosen; <c>--fresh</c> or
/// <c>PLENARY_RENDER_CACHE=off</c> composes every time. Kept under $XDG_CACHE_HOME/plenary/render (or
/// ~/.cache/plenary/render), the newest <see cref="Kept"/> renders per store.
/// </summary>
public sealed class RenderCache
{
    private const int Kept = 32;
    private readonly PlenaryStore _store;
    private readonly string _folder;

    private RenderCache(PlenaryStore store, string folder) => (_store, _folder) = (store, folder);

    /// <summary>The cache for the store, or null when it is turned off.</summary>
    public static RenderCache? For(PlenaryStore store, bool fresh)
    {
        if (fresh || string.Equals(Environment.GetEnvironmentVariable("PLENARY_RENDER_CACHE"), "off", StringComparison.OrdinalIgnoreCase)) return null;
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return new RenderCache(store, FolderFor(store, root));
    }

    /// <summary>Where the renders of a store are kept, under the cache's root.</summary>
    public static string FolderFor(PlenaryStore store, string root) =>
        Path.Combine(root, "plenary", "render", Hash($"{store.Provider}\n{store.ConnectionString}")[..24]);

    /// <summary>The key of a render at the record's current version; null when the store cannot say (no store yet, an old schema).</summary>
    public async Task<string?> KeyAsync(IEnumerable<string> arguments, CancellationToken ct)
    {
        if (await VersionAsync(ct) is not { } version) return null;
        var build = string.Join(",", new[] { typeof(RenderCache), typeof(Plenary.Application.Documents.OfficialDocuments), typeof(Plenary.Domain.DomainException) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId));
        return Hash($"{build}\n{version}\n{string.Join("\n", arguments)}");
    }

    /// <summary>The record's version, read with one query and no model (null when it cannot be read).</summary>
    public async Task<long?> VersionAsync(CancellationToken ct)
    {
        try
        {
            await using DbConnection connection = _store.Provider == StoreProvider.PostgreSQL
                ? new NpgsqlConnection(_store.ConnectionString)
                : new SqliteConnection(new SqliteConnectionStringBuilder(_store.ConnectionString) { Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = RecordVersion.ReadSql;
            return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException)
        {
            return null; // no store yet, or one without the version: compose
        }
    }

    /// <summary>A kept render: the file's name and bytes and the lines the command printed, the "Wrote" line aside.</summary>
    public sealed record Entry(string FileName, byte[] Content, IReadOnlyList<string> Lines);

    public Entry? Find(string key)
    {
        try
        {
            // The description: the file's name, then the lines printed (plain lines: no serializer to load at start).
            var meta = Path.Combine(_folder, key + ".txt");
            var content = Path.Combine(_folder, key + ".bin");
            if (!File.Exists(meta) || !File.Exists(content)) return null;
            var lines = File.ReadAllLines(meta);
            return lines.Length < 2 ? null : new Entry(lines[0], File.ReadAllBytes(content), lines[1..]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Keep(string key, Entry entry)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            // The bytes first, the description last: a reader finds an entry only once it is whole.
            var content = Path.Combine(_folder, key + ".bin");
            File.WriteAllBytes(content + ".tmp", entry.Content);
            File.Move(content + ".tmp", content, overwrite: true);
            var meta = Path.Combine(_folder, key + ".txt");
            File.WriteAllLines(meta + ".tmp", [entry.FileName, .. entry.Lines]);
            File.Move(meta + ".tmp", meta, overwrite: true);
            foreach (var old in new DirectoryInfo(_folder).GetFiles("*.txt").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept))
            {
                old.Delete();
                File.Delete(Path.ChangeExtension(old.FullName, ".bin"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next run a composition, nothing more.
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
