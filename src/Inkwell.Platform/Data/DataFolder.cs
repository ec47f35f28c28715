namespace Inkwell.Platform.Data;

/// <summary>Where an all-in-one install keeps its files: the SQLite database, generated keys, uploads.</summary>
public sealed class DataFolder(string path)
{
    public const string ConfigurationKey = "Storage:DataPath";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string EnsureExists()
    {
        Directory.CreateDirectory(Path);
        return Path;
    }
}
