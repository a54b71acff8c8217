namespace DigestGraph.Benchmarks;

/// <summary>The repository's <c>seeds/</c> folder, found above the working directory or the benchmark binaries.</summary>
internal static class SeedDirectory
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DigestGraph.sln")))
                    return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("seeds/ not found: no DigestGraph.sln above the working directory; pass --seeds DIR");
    }
}
