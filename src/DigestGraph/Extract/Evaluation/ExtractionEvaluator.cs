using DigestGraph.Ingest;

namespace DigestGraph.Extract.Evaluation;

/// <summary>Runs an extractor over one file's papers and scores the records against that file's gold records.</summary>
public sealed class ExtractionEvaluator(IExtractor extractor, ExtractionScorer scorer)
{
    public FileScore Evaluate(string name, IReadOnlyList<Paper> papers, IReadOnlyList<ExtractionRecord> gold)
    {
        var predicted = papers.Select(p => ExtractionRecordMapper.ToRecord(extractor.Extract(p))).ToArray();
        return scorer.ScoreFile(name, gold, predicted);
    }

    /// <summary>Reads a digest and its gold file and scores them; problems reading the digest are reported by the reader.</summary>
    public FileScore EvaluateFile(string input, string goldPath)
    {
        var papers = new CorpusReader(strict: false).Read([input]).Papers;
        return Evaluate(Path.GetFileNameWithoutExtension(input), papers, ExtractionRecordJson.ReadFile(goldPath));
    }
}
