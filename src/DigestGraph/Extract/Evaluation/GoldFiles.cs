namespace DigestGraph.Extract.Evaluation;

/// <summary>
/// Pairs input files with gold files of the same name stem, found in any of the gold directories as
/// <c>STEM.jsonl</c> (<c>seeds/000_x.txt</c> ↔ <c>eval/gold/000_x.jsonl</c>) or <c>STEM.gold.jsonl</c>
/// (<c>eval/dev/llm-zh.md</c> ↔ <c>eval/dev/llm-zh.gold.jsonl</c>).
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
                .SelectMany(dir => new[] { Path.Combine(dir, stem + ".jsonl"), Path.Combine(dir, stem + GoldSuffix) })
                .FirstOrDefault(File.Exists);
            if (gold is not null) pairs.Add((input, gold));
        }
        return pairs;
    }

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
