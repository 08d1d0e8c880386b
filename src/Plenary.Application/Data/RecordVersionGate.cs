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
    private readonly Func<DbConnection>? _connect;
    private readonly Lock _lock = new();
    private TaskCompletionSource<long?>? _waiting;
    private bool _reading;
    // Reads never overlap (one at a time, by the gate), so one open connection with a prepared
    // command serves them all.
    private DbConnection? _connection;
    private DbCommand? _command;

    private readonly string _sql = RecordVersion.ReadSql;

    /// <summary>A gate over the record's version, or over another row of it (<see cref="RecordVersion.Accounts"/>, <see cref="RecordVersion.Inboxes"/>).</summary>
    public RecordVersionGate(PlenaryStore store, int row = RecordVersion.Record)
    {
        _sql = RecordVersion.ReadRowSql(row);
        _connect = store.Provider == StoreProvider.PostgreSQL
            ? () => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, ApplicationName = "plenary record version" }.ConnectionString)
            : () => new SqliteConnection(store.ConnectionString);
        _read = ReadAsync;
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

    private async Task<long?> ReadAsync(CancellationToken ct)
    {
        try
        {
            if (_command is null)
            {
                _connection = _connect!();
                await _connection.OpenAsync(ct);
                _command = _connection.CreateCommand();
                _command.CommandText = _sql;
                await _command.PrepareAsync(ct);
            }
            return await _command.ExecuteScalarAsync(ct) is { } value and not DBNull
                ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }
        catch
        {
            await CloseAsync(); // the next read opens a new connection
            throw;
        }
    }

    private async Task CloseAsync()
    {
        if (_command is not null) await _command.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _command = null;
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock) _reading = true; // no more reads
        await CloseAsync();
    }
}

/// <summary>The gate over the accounts' version (<see cref="RecordVersion.Accounts"/>): what a signed-in session is checked against.</summary>
public sealed class AccountsVersionGate(PlenaryStore store) : IAsyncDisposable
{
    private readonly RecordVersionGate _gate = new(store, RecordVersion.Accounts);

    /// <summary>The accounts' version as of now (null when the store has none yet).</summary>
    public Task<long?> CurrentAsync() => _gate.CurrentAsync();

    public ValueTask DisposeAsync() => _gate.DisposeAsync();
}
