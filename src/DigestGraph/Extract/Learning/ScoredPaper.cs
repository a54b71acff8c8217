using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Extract.Learning;

/// <summary>One paper's scores from the fold that held it out.</summary>
public sealed record ScoredPaper(AnnotatedPaper Paper, int Fold, ScoreCard Score, PaperMisses Misses);
