using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Extract.Learning;

/// <summary>Cross-validated score cards summed per language, per subject area and over all papers, as the README's table shows them.</summary>
public sealed record CrossValidationSummary(
    IReadOnlyList<(string Language, ScoreCard Score)> ByLanguage,
    IReadOnlyList<(string Area, ScoreCard Score)> ByArea,
    ScoreCard Overall)
{
    public static CrossValidationSummary Of(IReadOnlyList<ScoredPaper> scored) => new(
        Sum(scored, p => p.Paper.Language),
        Sum(scored, p => p.Paper.Area),
        scored.Aggregate(ScoreCard.Empty, (acc, p) => acc + p.Score));

    public ScoreCard Language(string language) => ByLanguage.FirstOrDefault(l => l.Language == language).Score ?? ScoreCard.Empty;

    private static (string, ScoreCard)[] Sum(IReadOnlyList<ScoredPaper> scored, Func<ScoredPaper, string> key) =>
        scored.GroupBy(key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Aggregate(ScoreCard.Empty, (acc, p) => acc + p.Score)))
            .ToArray();
}
