using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Plenary.Application.Data;

/// <summary>
/// Reads the record's version (<see cref="RecordVersion"/>) for caches, cheaply and never stale:
/// every caller gets a value read by a query that <em>began after the call</em>, so it includes every
/// write committed before the request arrived, on any instance. Callers that arrive while a read is
/// under way share the next one: under load one query answers many requests, not one each.
/// </summary>
public sealed class RecordVersionGate : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<long?>> _read;
    private readonly NpgsqlDataSource? _postgres;
    private readonly Lock _lock = new();
    private TaskCompletionSource<long?>? _waiting;
    private bool _reading;

    public RecordVersionGate(PlenaryStore store)
    {
        if (store.Provider == StoreProvider.PostgreSQL)
        {
            _postgres = NpgsqlDataSource.Create(store.ConnectionString);
            _read = ct => ReadAsync(_postgres.CreateConnection(), ct);
        }
        else
        {
            _read = ct => ReadAsync(new SqliteConnection(store.ConnectionString), ct);
        }
    }

    /// <summary>For tests: a gate over any reading function.</summary>
    public RecordVersionGate(Func<CancellationToken, Task<long?>> read) => _read = read;

    /// <summary>The record's version as of now (null when the store has none yet).</summary>
    public Task<long?> CurrentAsync()
    {
        lock (_lock)
        {
            var mine = _waiting ??= new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_reading) StartNextRead();
            return mine.Task;
        }
    }

    // Under the lock: the waiting callers' read starts now; whoever comes meanwhile waits for the next.
    private void StartNextRead()
    {
        var batch = _waiting!;
        _waiting = null;
        _reading = true;
        _ = Task.Run(async () =>
        {
            try
            {
                batch.SetResult(await _read(CancellationToken.None));
            }
            catch (Exception e)
            {
                batch.SetException(e);
            }
            lock (_lock)
            {
                _reading = false;
                if (_waiting is not null) StartNextRead();
            }
        });
    }

    private static async Task<long?> ReadAsync(DbConnection connection, CancellationToken ct)
    {
        await using (connection)
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = RecordVersion.ReadSql;
            return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
