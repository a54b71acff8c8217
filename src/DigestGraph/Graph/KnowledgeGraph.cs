using DigestGraph.Extract;
using DigestGraph.Ingest;

namespace DigestGraph.Graph;

/// <summary>An entity node: one per canonical key across all papers. <see cref="Types"/> lists every type it was given (most frequent first).</summary>
public sealed record EntityNode(string Key, string Name, IReadOnlyList<EntityType> Types, IReadOnlyList<string> Aliases)
{
    public EntityType Type => Types[0];
}

/// <summary>A paper with its topics.</summary>
public sealed record PaperNode(Paper Paper, IReadOnlyList<string> Topics, string? PrimaryTopic)
{
    public string Id => Paper.Id;
}

/// <summary>A paper mentions (or introduces) an entity; <see cref="Evidence"/> is the sentence the paper names it in.</summary>
public sealed record Mention(string PaperId, string EntityKey, bool Introduced)
{
    public string? Evidence { get; init; }
}

/// <summary>A typed relation between two entities as stated by one paper.</summary>
public sealed record RelationEdge(RelationType Type, string SourceKey, string TargetKey, string PaperId, string Evidence)
{
    public string? Metric { get; init; }
    public string? Value { get; init; }
}

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
