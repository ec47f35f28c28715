namespace Inkwell.BrowserTests.Infrastructure;

public static class Screenshots
{
    /// <summary>artifacts/screenshots/ at the repository root (found by walking up to Inkwell.slnx).</summary>
    public static string Folder { get; } = Create();

    private static string Create()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inkwell.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? AppContext.BaseDirectory;
        return Directory.CreateDirectory(Path.Combine(root, "artifacts", "screenshots")).FullName;
    }
}
