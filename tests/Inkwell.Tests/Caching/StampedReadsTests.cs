using Inkwell.Platform.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Tests.Caching;

/// <summary>
/// The read cache keeps one read per key, stamped with the write generation it began at: a write makes the next read
/// replace it, never pile up beside it, and a read that began before a write is never handed to a reader after it.
/// </summary>
public sealed class StampedReadsTests : IAsyncDisposable
{
    private static readonly string Scope = GenerationScopes.Of<NotesContext>();

    private readonly ServiceProvider _services;
    private readonly ReadCache<NotesContext> _reads;
    private readonly ICacheGenerations _generations;

    public StampedReadsTests()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddInkwellCaching();
        builder.AddReadCache<NotesContext>();
        _services = builder.Services.BuildServiceProvider();
        _reads = _services.GetRequiredService<ReadCache<NotesContext>>();
        _generations = _services.GetRequiredService<ICacheGenerations>();
    }

    [Fact]
    public async Task A_key_keeps_one_cached_read_however_many_writes_pass()
    {
        var database = 0;
        var reads = 0;
        Task<int> Read(CancellationToken _)
        {
            reads++;
            return Task.FromResult(database);
        }

        for (var write = 1; write <= 50; write++)
        {
            database = write;
            _generations.Advance(Scope);
            Assert.Equal(write, await _reads.GetOrReadAsync("page-1", Read, CancellationToken.None));
            Assert.Equal(write, await _reads.GetOrReadAsync("page-1", Read, CancellationToken.None));
            Assert.Equal(write, await _reads.GetOrReadAsync("page-2", Read, CancellationToken.None));
        }

        Assert.Equal(100, reads);
        Assert.Equal(2, ((MemoryCache)_services.GetRequiredService<IMemoryCache>()).Count);
    }

    [Fact]
    public async Task A_read_that_began_before_a_write_is_not_shared_with_a_reader_after_it()
    {
        var database = "before";
        Assert.Equal("before", await _reads.GetOrReadAsync("page", _ => Task.FromResult(database), CancellationToken.None));

        // A replacement begins at the next generation and is held inside its database read.
        _generations.Advance(Scope);
        var held = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = _reads.GetOrReadAsync("page", _ => { started.TrySetResult(); return held.Task; }, CancellationToken.None).AsTask();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // A write commits; the next reader must see it, though it joins the replacement already under way.
        database = "after";
        _generations.Advance(Scope);
        var fresh = _reads.GetOrReadAsync("page", _ => Task.FromResult(database), CancellationToken.None).AsTask();
        held.SetResult("read before the write");

        Assert.Equal("after", await fresh.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("read before the write", await slow);
        Assert.Equal("after", await _reads.GetOrReadAsync("page", _ => Task.FromResult(database), CancellationToken.None));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class NotesContext : DbContext;
}
