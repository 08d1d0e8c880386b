using Plenary.Application.Data;

namespace Plenary.UnitTests.Caching;

public class RecordVersionGateTests
{
    /// <summary>A store whose version reads the test releases one by one.</summary>
    private sealed class SlowStore
    {
        public List<TaskCompletionSource<long?>> Reads { get; } = [];
        public Task<long?> ReadAsync(CancellationToken _)
        {
            var read = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (Reads) Reads.Add(read);
            return read.Task;
        }

        public async Task<TaskCompletionSource<long?>> ReadNumberAsync(int n)
        {
            for (var i = 0; i < 500; i++)
            {
                lock (Reads) if (Reads.Count >= n) return Reads[n - 1];
                await Task.Delay(10);
            }
            throw new TimeoutException($"read {n} never started");
        }
    }

    [Fact]
    public async Task ACallerArrivingDuringARead_GetsTheNextRead_NeverTheOneUnderWay()
    {
        var store = new SlowStore();
        var gate = new RecordVersionGate(store.ReadAsync);
        var first = gate.CurrentAsync();
        var underWay = await store.ReadNumberAsync(1);

        // A write commits (version 2) while read 1 is under way, then a reader arrives.
        var later = gate.CurrentAsync();
        underWay.SetResult(1);
        Assert.Equal(1, await first);
        Assert.False(later.IsCompleted);

        (await store.ReadNumberAsync(2)).SetResult(2);
        Assert.Equal(2, await later);
    }

    [Fact]
    public async Task CallersWaitingTogether_ShareOneRead()
    {
        var store = new SlowStore();
        var gate = new RecordVersionGate(store.ReadAsync);
        var first = gate.CurrentAsync();
        var underWay = await store.ReadNumberAsync(1);
        var waiting = Enumerable.Range(0, 20).Select(_ => gate.CurrentAsync()).ToList();
        underWay.SetResult(7);
        (await store.ReadNumberAsync(2)).SetResult(8);

        Assert.Equal(7, await first);
        Assert.All(await Task.WhenAll(waiting), v => Assert.Equal(8, v));
        await Task.Delay(50);
        lock (store.Reads) Assert.Equal(2, store.Reads.Count);
    }

    [Fact]
    public async Task AFailedRead_FailsItsCallers_AndTheNextCallReadsAgain()
    {
        var calls = 0;
        var gate = new RecordVersionGate(_ => ++calls == 1 ? throw new InvalidOperationException("store down") : Task.FromResult<long?>(3));
        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.CurrentAsync());
        Assert.Equal(3, await gate.CurrentAsync());
    }
}
