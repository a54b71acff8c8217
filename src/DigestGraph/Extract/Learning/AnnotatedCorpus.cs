using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Text;
using DigestGraph.Ingest;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// Reads the annotated corpus (inputs paired with gold records by <see cref="GoldFiles"/>) into papers with their gold,
/// in input order, marked <see cref="AnnotatedPaper.Extra"/> when loaded as extra papers. A paper with no gold
/// record, or a gold record with no paper, is an error naming the file and id.
/// </summary>
public static class AnnotatedCorpus
{
    public static IReadOnlyList<AnnotatedPaper> Load(IReadOnlyList<string> goldDirectories, IEnumerable<string> inputs, bool extra = false)
    {
        var papers = new List<AnnotatedPaper>();
        foreach (var (input, goldPath) in GoldFiles.Match(goldDirectories, inputs))
        {
            var gold = ExtractionRecordJson.ReadFile(goldPath).ToDictionary(r => r.Id, StringComparer.Ordinal);
            var read = new CorpusReader(strict: true).Read([input]).Papers;
            var area = AreaOf(input);
            foreach (var paper in read)
            {
                if (!gold.Remove(paper.Id, out var record))
                    throw new FormatException($"{paper.Source}: paper {paper.Id} has no gold record in {goldPath}");
                papers.Add(new AnnotatedPaper(paper, record, area, TextLanguage.IsChinese(paper.Abstract) ? "zh" : "en", extra));
            }
            if (gold.Count > 0)
                throw new FormatException($"{goldPath}: gold record {gold.Keys.First()} has no paper in {input}");
        }
        return papers;
    }

    /// <summary>The development corpus names its files <c>AREA-LANG</c>; any other file (the seeds) is its own area.</summary>
    private static string AreaOf(string input)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        var dash = stem.LastIndexOf('-');
        return dash > 0 && stem.Length - dash == 3 ? stem[..dash] : "seeds";
    }
}
