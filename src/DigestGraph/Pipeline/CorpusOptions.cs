using DigestGraph.Ingest;

namespace DigestGraph.Pipeline;

/// <summary>What every use case that reads digests is given: the input paths, the output directory, strictness, and the categories kept.</summary>
/// <param name="Strict">Stop on the first bad entry (<see cref="IngestException"/>) instead of skipping it.</param>
/// <param name="Categories">When given, papers outside these arXiv categories are left out as they are read.</param>
public sealed record CorpusOptions(IReadOnlyList<string> Paths, string OutputDirectory, bool Strict = false, CategoryFilter? Categories = null);
