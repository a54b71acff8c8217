namespace DigestGraph.Analyse;

/// <summary>
/// How sparse the projections are kept (<see cref="PaperSimilarity"/>, <see cref="EntityCooccurrence"/>): both keep
/// a bounded number of neighbours per node, so edges grow linearly with the corpus.
/// </summary>
public sealed record ProjectionOptions
{
    /// <summary>Each paper keeps its k most similar papers (an edge is kept when either end keeps it).</summary>
    public int SimilarPapers { get; init; } = 15;
    /// <summary>
    /// An entity in more papers than this offers a paper only this many candidates: the papers next to it in one
    /// fixed random order of all papers (the same order for every entity), so work stays linear in mentions.
    /// </summary>
    public int CandidateCap { get; init; } = 200;
    /// <summary>Each entity keeps at most this many co-occurring entities, the strongest first.</summary>
    public int EntityNeighbours { get; init; } = 20;
    /// <summary>Fewest papers two entities must share for their edge to be considered.</summary>
    public int MinCooccurrence { get; init; } = 1;
    /// <summary>Seed of the random order that samples the candidates of frequent entities.</summary>
    public int Seed { get; init; } = 42;
}
