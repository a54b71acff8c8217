namespace DigestGraph.Extract.Evaluation;

/// <summary>
/// Pairs input files with gold files of the same name stem, found in any of the gold directories as
/// <c>STEM.jsonl</c> (<c>seeds/000_x.txt</c> ↔ <c>eval/gold/000_x.jsonl</c>) or <c>STEM.gold.jsonl</c>
/// (<c>eval/dev/llm-zh.md</c> ↔ <c>eval/dev/llm-zh.gold.jsonl</c>). When the input's own directory is one of them it is
/// searched first, so that <c>eval/dev/llm-en.md</c> and <c>eval/extra/llm-en.md</c> each find their own gold.
/// </summary>
public static class GoldFiles
{
    private const string GoldSuffix = ".gold.jsonl";

    public static IReadOnlyList<(string Input, string Gold)> Match(string goldDirectory, IEnumerable<string> inputs) =>
        Match([goldDirectory], inputs);

    public static IReadOnlyList<(string Input, string Gold)> Match(IReadOnlyList<string> goldDirectories, IEnumerable<string> inputs)
    {
        var pairs = new List<(string, string)>();
        foreach (var input in Expand(inputs))
        {
            var stem = Path.GetFileNameWithoutExtension(input);
            var gold = goldDirectories
                .OrderBy(dir => SameDirectory(dir, input) ? 0 : 1)
                .SelectMany(dir => new[] { Path.Combine(dir, stem + ".jsonl"), Path.Combine(dir, stem + GoldSuffix) })
                .FirstOrDefault(File.Exists);
            if (gold is not null) pairs.Add((input, gold));
        }
        return pairs;
    }

    private static bool SameDirectory(string directory, string input) =>
        string.Equals(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar), Path.GetDirectoryName(Path.GetFullPath(input)), StringComparison.Ordinal);

    /// <summary>Directories stand for the digest files in them (gold files aside), in ordinal name order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs) =>
        inputs.SelectMany(i => Directory.Exists(i)
            ? Directory.GetFiles(i)
                .Where(f => (f.EndsWith(".txt") || f.EndsWith(".md") || f.EndsWith(".jsonl")) && !IsGold(f) && !IsReadme(f))
                .Order(StringComparer.Ordinal)
            : new[] { i }.AsEnumerable());

    private static bool IsGold(string path) => path.EndsWith(GoldSuffix, StringComparison.Ordinal);

    private static bool IsReadme(string path) => Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);
}
