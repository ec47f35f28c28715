using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Inkwell.Platform.Caching;

/// <summary>Generations kept in this process: right when this process is the only one writing to its databases.</summary>
internal sealed class LocalCacheGenerations(GenerationScopes scopes) : ICacheGenerations
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _generations = new();

    public ValueTask<long?> CurrentAsync(string scope, CancellationToken cancellationToken) => ValueTask.FromResult<long?>(Read(scope));

    public ValueTask<string?> SnapshotAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>(string.Join('.', scopes.Names.Select(scope => Read(scope).ToString(CultureInfo.InvariantCulture))));

    public ValueTask AdvanceAsync(string scope, CancellationToken cancellationToken)
    {
        Advance(scope);
        return ValueTask.CompletedTask;
    }

    public void Advance(string scope) => Interlocked.Increment(ref Counter(scope).Value);

    private long Read(string scope) => Interlocked.Read(ref Counter(scope).Value);

    private StrongBox<long> Counter(string scope) => _generations.GetOrAdd(scope, static _ => new StrongBox<long>());
}
