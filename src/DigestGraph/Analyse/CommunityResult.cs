namespace DigestGraph.Analyse;

/// <summary>
/// The communities found and the hierarchy that led to them: <see cref="Levels"/> run from finest to coarsest, each
/// level's groups lie inside one group of the next, and the last level is <see cref="Partition"/>.
/// </summary>
internal sealed record CommunityResult(Partition Partition, double Modularity, IReadOnlyList<CommunityLevel> Levels);
