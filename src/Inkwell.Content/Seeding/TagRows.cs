using Inkwell.Content.Data;
using Inkwell.Platform.Seeding;

namespace Inkwell.Content.Seeding;

internal static class TagRows
{
    private static readonly BulkTable Table = new("content_tags", ["Id", "Name"], IdentityColumn: "Id");

    /// <summary>Writes <paramref name="names"/> (most popular first) and returns their ids in the same order.</summary>
    public static async Task<long[]> WriteAsync(ContentDbContext db, string[] names, ISeedProgress progress, CancellationToken cancellationToken)
    {
        var ids = new long[names.Length];
        await using var writer = await BulkWriter.OpenAsync(db, Table, names.Length, progress, cancellationToken);
        for (var i = 0; i < names.Length; i++)
        {
            ids[i] = i + 1;
            writer.StartRow();
            writer.Write(ids[i]);
            writer.Write(names[i]);
            writer.EndRow();
        }

        await writer.CompleteAsync(cancellationToken);
        return ids;
    }
}
