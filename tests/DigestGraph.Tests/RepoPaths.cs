namespace DigestGraph.Tests;

/// <summary>Finds the repository (the folder holding DigestGraph.sln) from wherever the test runner starts.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seeds' gold records (<c>eval/gold/</c>).</summary>
    public static string Gold => Path.Combine(Root, "eval", "gold");

    /// <summary>The annotated development corpus (<c>eval/dev/</c>).</summary>
    public static string Dev => Path.Combine(Root, "eval", "dev");

    /// <summary>Further annotated papers (<c>eval/extra/</c>): trained on and held out, scored apart from the bars.</summary>
    public static string Extra => Path.Combine(Root, "eval", "extra");

    /// <summary>Annotated English papers never trained on (<c>eval/heldout/</c>): the shipped model's unseen text.</summary>
    public static string HeldOutCorpus => Path.Combine(Root, "eval", "heldout");

    /// <summary>Paper ids no annotated corpus may use (<c>eval/reserved-ids.txt</c>), one a line.</summary>
    public static string ReservedIds => Path.Combine(Root, "eval", "reserved-ids.txt");

    /// <summary>The lexicon entries named after reading the cross-validation's misses.</summary>
    public static string LexiconNamedFromMisses => Path.Combine(Root, "eval", "lexicon-named-from-misses.txt");

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("DigestGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
