namespace DigestGraph.Analyse;

/// <summary>
/// A labelled cluster. <see cref="Members"/> are paper ids (paper clusters) or entity keys (entity clusters); the
/// label joins its most distinctive topic and entities.
/// </summary>
public sealed record TopicCluster(
    string Id,
    ClusterKind Kind,
    string Label,
    IReadOnlyList<string> Members,
    IReadOnlyList<LabelTerm> Entities,
    IReadOnlyList<LabelTerm> Topics,
    IReadOnlyList<ClusterPaper> RepresentativePapers,
    IReadOnlyList<string> KeyModels,
    IReadOnlyList<string> KeyBenchmarks,
    IReadOnlyList<string> KeyMethods)
{
    public int Size => Members.Count;
}
