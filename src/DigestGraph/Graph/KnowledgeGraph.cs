namespace DigestGraph.Graph;

/// <summary>The whole knowledge graph, immutable once built.</summary>
public sealed class KnowledgeGraph
{
    public KnowledgeGraph(
        IReadOnlyList<PaperNode> papers,
        IReadOnlyList<EntityNode> entities,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<RelationEdge> relations)
    {
        Papers = papers;
        Entities = entities;
        Mentions = mentions;
        Relations = relations;
        EntitiesByKey = entities.ToDictionary(e => e.Key);
        PapersById = papers.ToDictionary(p => p.Id);
        Topics = papers.SelectMany(p => p.Topics).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<PaperNode> Papers { get; }
    public IReadOnlyList<EntityNode> Entities { get; }
    public IReadOnlyList<Mention> Mentions { get; }
    public IReadOnlyList<RelationEdge> Relations { get; }
    public IReadOnlyList<string> Topics { get; }
    public IReadOnlyDictionary<string, EntityNode> EntitiesByKey { get; }
    public IReadOnlyDictionary<string, PaperNode> PapersById { get; }
}
