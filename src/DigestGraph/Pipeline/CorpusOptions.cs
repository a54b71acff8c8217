namespace DigestGraph.Pipeline;

/// <summary>What every use case that reads digests is given: the input paths, the output directory, and strictness.</summary>
/// <param name="Strict">Stop on the first bad entry (<see cref="Ingest.IngestException"/>) instead of skipping it.</param>
public sealed record CorpusOptions(IReadOnlyList<string> Paths, string OutputDirectory, bool Strict = false);
