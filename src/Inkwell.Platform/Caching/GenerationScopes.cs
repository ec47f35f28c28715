namespace Inkwell.Platform.Caching;

/// <summary>The scopes (one per module database) whose commits this process counts, in registration order.</summary>
public sealed class GenerationScopes
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public static string Of<TContext>() => typeof(TContext).Name;

    internal void Add(string name)
    {
        if (!_names.Contains(name))
        {
            _names.Add(name);
        }
    }
}
