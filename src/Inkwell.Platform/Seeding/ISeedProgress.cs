namespace Inkwell.Platform.Seeding;

/// <summary>Where seeders report how far each table's load has got.</summary>
public interface ISeedProgress
{
    ISeedTableProgress StartTable(string table, long expectedRows);
}

public interface ISeedTableProgress
{
    void Advance(long rows);

    /// <summary>The table is loaded, indexed and analysed; <paramref name="rows"/> is what it now holds.</summary>
    void Complete(long rows);
}

/// <summary>Reports nowhere: for callers that only want the data.</summary>
public sealed class NullSeedProgress : ISeedProgress, ISeedTableProgress
{
    public static readonly NullSeedProgress Instance = new();

    public ISeedTableProgress StartTable(string table, long expectedRows) => this;

    public void Advance(long rows)
    {
    }

    public void Complete(long rows)
    {
    }
}
