using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Tests.Extract.Learning;

/// <summary>
/// The annotated corpora (seeds' gold, development, extra, held out) hold each arXiv paper once, and the extra and held-out
/// papers none of the reserved ids (the list holds the seeds' and development ids too, and papers kept out of every corpus).
/// </summary>
public class CorpusIdTests
{
    private static IEnumerable<(string File, string Id)> GoldIds(params string[] directories) =>
        directories
            .SelectMany(dir => Directory.GetFiles(dir, "*.jsonl"))
            .SelectMany(file => ExtractionRecordJson.ReadFile(file).Select(r => (Path.GetRelativePath(RepoPaths.Root, file), r.Id)));

    [Fact]
    public void No_paper_is_annotated_twice_across_gold_dev_extra_and_held_out()
    {
        var twice = GoldIds(RepoPaths.Gold, RepoPaths.Dev, RepoPaths.Extra, RepoPaths.HeldOutCorpus).GroupBy(p => p.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(p => p.File))}").ToArray();

        Assert.True(twice.Length == 0, "annotated twice: " + string.Join("; ", twice));
    }

    [Fact]
    public void No_extra_or_held_out_paper_is_a_reserved_one()
    {
        var reserved = File.ReadLines(RepoPaths.ReservedIds).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);

        var used = GoldIds(RepoPaths.Extra, RepoPaths.HeldOutCorpus).Where(p => reserved.Contains(p.Id)).Select(p => $"{p.Id} in {p.File}").ToArray();

        Assert.NotEmpty(GoldIds(RepoPaths.Extra));
        Assert.NotEmpty(GoldIds(RepoPaths.HeldOutCorpus));
        Assert.True(used.Length == 0, "reserved ids annotated: " + string.Join("; ", used));
    }
}
