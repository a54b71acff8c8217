using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// Cross-validated score cards summed per language, per subject area and over all papers, as the README's table shows
/// them, and over the development papers (every area but the seeds, on which the rules were tuned) per language. The
/// extra papers (<see cref="AnnotatedPaper.Extra"/>) are held out like the others but summed apart, per area and in
/// total, so that the bars stay measured on the seeds and the development corpus.
/// </summary>
public sealed record CrossValidationSummary(
    IReadOnlyList<(string Language, ScoreCard Score)> ByLanguage,
    IReadOnlyList<(string Area, ScoreCard Score)> ByArea,
    IReadOnlyList<(string Language, ScoreCard Score)> DevelopmentByLanguage,
    ScoreCard Development,
    ScoreCard Overall,
    IReadOnlyList<(string Area, ScoreCard Score)> ExtraByArea,
    ScoreCard Extra)
{
    /// <summary>The area of the seed papers, the rules' tuning set.</summary>
    public const string SeedArea = "seeds";

    public static CrossValidationSummary Of(IReadOnlyList<ScoredPaper> scored)
    {
        var measured = scored.Where(p => !p.Paper.Extra).ToArray();
        var development = measured.Where(p => p.Paper.Area != SeedArea).ToArray();
        var extra = scored.Where(p => p.Paper.Extra).ToArray();
        return new(
            Sum(measured, p => p.Paper.Language),
            Sum(measured, p => p.Paper.Area),
            Sum(development, p => p.Paper.Language),
            Total(development),
            Total(measured),
            Sum(extra, p => p.Paper.Area),
            Total(extra));
    }

    private static ScoreCard Total(IEnumerable<ScoredPaper> scored) => scored.Aggregate(ScoreCard.Empty, (acc, p) => acc + p.Score);

    public ScoreCard Language(string language) => ByLanguage.FirstOrDefault(l => l.Language == language).Score ?? ScoreCard.Empty;

    private static (string, ScoreCard)[] Sum(IReadOnlyList<ScoredPaper> scored, Func<ScoredPaper, string> key) =>
        scored.GroupBy(key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Total(g)))
            .ToArray();
}
