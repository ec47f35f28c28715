namespace Inkwell.Platform.Seeding;

/// <summary>
/// What seeders pass on to the modules seeded after them, one value per type. The types live in the
/// producing module's contracts project, so the platform knows none of them.
/// </summary>
public sealed class SeedContext
{
    private readonly Dictionary<Type, object> _values = [];

    public void Set<T>(T value)
        where T : class => _values[typeof(T)] = value;

    public T Get<T>()
        where T : class =>
        _values.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException(
                $"The seed context has no {typeof(T).Name}: the module that produces it must be seeded first.");
}
