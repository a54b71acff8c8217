namespace DigestGraph.Analyse;

/// <summary>Scores summing to 1, the number of power iterations run, and whether the tolerance was reached.</summary>
public sealed record PageRankResult(double[] Scores, int Iterations, bool Converged);
