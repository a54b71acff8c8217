namespace DigestGraph.Tests.Store;

/// <summary>Finds files of the repository (cypher/, seeds/) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DigestGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no DigestGraph.sln above {AppContext.BaseDirectory}");
    }
}
