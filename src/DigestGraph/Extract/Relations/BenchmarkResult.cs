namespace DigestGraph.Extract.Relations;

/// <summary>A result stated on a benchmark: the number, and the metric entity written beside it (-1 without one).</summary>
internal readonly record struct BenchmarkResult(double Value, int Metric);
