using System.Text.RegularExpressions;

namespace DigestGraph.Benchmarks;

/// <summary>
/// A dense corpus: whole copies of the real seed digests, each copy's papers under new arXiv ids, so that every
/// entity of the seeds is mentioned by hundreds or thousands of papers (the shape that made projections quadratic).
/// </summary>
internal static partial class DenseCorpus
{
    [GeneratedRegex(@"arxiv\.org/(abs|pdf)/\d{4}\.\d{4,5}")]
    private static partial Regex ArxivLink();

    /// <summary>Writes copies until at least <paramref name="papers"/> papers; returns the number written.</summary>
    public static int Write(string seeds, string directory, int papers)
    {
        var digests = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Directory.CreateDirectory(directory);
        var written = 0;
        for (var copy = 0; written < papers; copy++)
            for (var d = 0; d < digests.Length && written < papers; d++)
            {
                var text = ArxivLink().Replace(digests[d], m =>
                {
                    var id = written++;
                    return $"arxiv.org/{m.Groups[1].Value}/{9000 + id / 100_000:D4}.{id % 100_000:D5}";
                });
                File.WriteAllText(Path.Combine(directory, $"copy{copy:D5}_{d}.md"), text);
            }
        return written;
    }
}
