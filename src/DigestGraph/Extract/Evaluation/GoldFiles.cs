namespace DigestGraph.Extract.Evaluation;

/// <summary>Pairs input files with gold files of the same name stem (<c>seeds/000_x.txt</c> ↔ <c>gold/000_x.jsonl</c>).</summary>
public static class GoldFiles
{
    public static IReadOnlyList<(string Input, string Gold)> Match(string goldDirectory, IEnumerable<string> inputs)
    {
        var pairs = new List<(string, string)>();
        foreach (var input in Expand(inputs))
        {
            var gold = Path.Combine(goldDirectory, Path.GetFileNameWithoutExtension(input) + ".jsonl");
            if (File.Exists(gold)) pairs.Add((input, gold));
        }
        return pairs;
    }

    /// <summary>Directories stand for the digest files in them, in ordinal name order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs) =>
        inputs.SelectMany(i => Directory.Exists(i)
            ? Directory.GetFiles(i).Where(f => f.EndsWith(".txt") || f.EndsWith(".md") || f.EndsWith(".jsonl")).Order(StringComparer.Ordinal)
            : new[] { i }.AsEnumerable());
}
