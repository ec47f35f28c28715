namespace Inkwell.Tests.Generator;

/// <summary>A scratch copy of this repository's sources (no build output), for the generator to write into.</summary>
public sealed class SourceTree : IDisposable
{
    private static readonly string[] RootFiles = ["Inkwell.slnx", "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config", "NuGet.config", "dotnet-tools.json"];

    private SourceTree(string root) => Root = root;

    public string Root { get; }

    /// <summary>Copies the root's build files and <paramref name="folders"/> (src, tests/Inkwell.Tests, ...).</summary>
    public static SourceTree Copy(params string[] folders)
    {
        var repository = FindRepository();
        var root = Directory.CreateTempSubdirectory("inkwell-generate").FullName;
        foreach (var file in RootFiles.Where(f => File.Exists(Path.Combine(repository, f))))
        {
            File.Copy(Path.Combine(repository, file), Path.Combine(root, file));
        }

        foreach (var folder in folders)
        {
            CopyFolder(Path.Combine(repository, folder), Path.Combine(root, folder));
        }

        return new SourceTree(root);
    }

    /// <summary>Every file's path and content, to prove a refused generation wrote nothing.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(path => path, File.ReadAllText);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp cleaner takes it.
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inkwell.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Inkwell.slnx above {AppContext.BaseDirectory}.");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(f => Path.GetFileName(f) is not ("bin" or "obj" or "TestResults")))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
