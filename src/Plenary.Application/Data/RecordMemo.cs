using Microsoft.Extensions.Caching.Memory;

namespace Plenary.Application.Data;

/// <summary>
/// Values made from the record (a convening's details, its documents' symbols, its History panel),
/// kept for one record version and one day, for the pages that cannot be kept whole because they are made
/// for their reader (the signed-in Secretariat's, with its edit links). Like the page cache (ADR 0020) it
/// reads the version on each call (<see cref="RecordVersionGate"/>), so a write on any instance is seen
/// on the very next read; a value is made again only after a write. What is kept must not be changed by
/// its callers. <c>Plenary:Cache:Enabled=false</c> turns it off with the page cache.
/// </summary>
public sealed class RecordMemo(RecordVersionGate versions, TimeProvider clock, bool enabled = true) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private sealed record Kept(long Version, DateOnly Day, object? Value);

    public void Dispose() => _entries.Dispose();

    /// <summary>The value kept under <paramref name="key"/> for the current record version and day, else one made now and kept.</summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> make) => await (await ReadAsync()).GetAsync(key, make);

    /// <summary>
    /// The record's version read once, for all the values one request takes: a page that shows several kept
    /// values waits for one read of the version, not one each. The reading belongs to that request alone.
    /// </summary>
    public async Task<Reading> ReadAsync()
    {
        if (!enabled) return new Reading(this, null, default);
        long? version;
        try
        {
            version = await versions.CurrentAsync();
        }
        catch (Exception)
        {
            version = null; // the store cannot say: make each value
        }
        return new Reading(this, version, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The memo at one version of the record, read before any value is made (see <see cref="ReadAsync"/>).</summary>
    public sealed class Reading
    {
        private readonly RecordMemo _memo;
        private readonly long? _version;
        private readonly DateOnly _day;

        internal Reading(RecordMemo memo, long? version, DateOnly day) => (_memo, _version, _day) = (memo, version, day);

        /// <summary>The value kept under <paramref name="key"/> for this version and day, else one made now and kept.</summary>
        public async Task<T> GetAsync<T>(string key, Func<Task<T>> make)
        {
            if (_version is not { } version) return await make();
            // The version was read before the value is made: what is made holds at least that version's writes.
            if (_memo._entries.TryGetValue(key, out Kept? kept) && kept!.Version == version && kept.Day == _day) return (T)kept.Value!;
            var value = await make();
            _memo._entries.Set(key, new Kept(version, _day, value), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
            return value;
        }
    }
}
