namespace DigestGraph.Extract.Evaluation;

/// <summary>A file's score with its per-paper misses.</summary>
public sealed record FileScore(string Name, ScoreCard Score, IReadOnlyList<PaperMisses> Misses);
