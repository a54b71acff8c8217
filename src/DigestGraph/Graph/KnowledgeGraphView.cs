using DigestGraph.Extract;
using QuikGraph;

namespace DigestGraph.Graph;

/// <summary>
/// The knowledge graph as a QuikGraph graph: papers, entities and topics as vertices; MENTIONS, INTRODUCES (paper →
/// entity), ABOUT (paper → topic) and the typed relations (entity → entity) as tagged edges, one per relationship
/// Neo4j would hold. Any QuikGraph algorithm runs on <see cref="Graph"/>; <see cref="Source"/> keeps the node data.
/// </summary>
public sealed class KnowledgeGraphView
{
    private readonly Dictionary<string, KnowledgeVertex> _papers;
    private readonly Dictionary<string, KnowledgeVertex> _entities;
    private readonly Dictionary<string, KnowledgeVertex> _topics;

    private KnowledgeGraphView(KnowledgeGraph source)
    {
        Source = source;
        var topicLinks = ExportRows.TopicLinks(source);
        _papers = source.Papers.ToDictionary(p => p.Id, p => new KnowledgeVertex(VertexKind.Paper, p.Id), StringComparer.Ordinal);
        _entities = source.Entities.ToDictionary(e => e.Key, e => new KnowledgeVertex(VertexKind.Entity, e.Key), StringComparer.Ordinal);
        _topics = topicLinks.Select(l => l.Topic).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, t => new KnowledgeVertex(VertexKind.Topic, t), StringComparer.Ordinal);

        Graph = new BidirectionalGraph<KnowledgeVertex, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>(allowParallelEdges: true);
        Graph.AddVertexRange(_papers.Values);
        Graph.AddVertexRange(_entities.Values);
        Graph.AddVertexRange(_topics.Values);
        var mentions = new KnowledgeEdgeTag(EdgeKind.Mentions);
        var introduces = new KnowledgeEdgeTag(EdgeKind.Introduces);
        foreach (var m in source.Mentions)
        {
            if (!_papers.TryGetValue(m.PaperId, out var paper) || !_entities.TryGetValue(m.EntityKey, out var entity)) continue;
            Graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(paper, entity, mentions));
            if (m.Introduced) Graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(paper, entity, introduces));
        }
        var primary = new KnowledgeEdgeTag(EdgeKind.About, Primary: true);
        var secondary = new KnowledgeEdgeTag(EdgeKind.About);
        foreach (var link in topicLinks)
            Graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(_papers[link.PaperId], _topics[link.Topic], link.Primary ? primary : secondary));
        // One relation per type, source, target and paper, as Neo4j holds them: of several sentences, the first in order.
        var relations = new Dictionary<(RelationType, string, string, string), RelationEdge>();
        foreach (var r in source.Relations)
        {
            if (!_entities.ContainsKey(r.SourceKey) || !_entities.ContainsKey(r.TargetKey)) continue;
            var key = (r.Type, r.SourceKey, r.TargetKey, r.PaperId);
            if (!relations.TryGetValue(key, out var kept) || string.CompareOrdinal(r.Evidence, kept.Evidence) < 0) relations[key] = r;
        }
        foreach (var r in relations.Values)
            Graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(_entities[r.SourceKey], _entities[r.TargetKey], new KnowledgeEdgeTag(EdgeKind.Relation, r)));
    }

    /// <summary>The view of a graph built in memory.</summary>
    public static KnowledgeGraphView From(KnowledgeGraph graph) => new(graph);

    /// <summary>The view of a <c>graph.json</c> written by <c>build</c>.</summary>
    /// <exception cref="FormatException">The file is not such a graph (the message names the file and the entry).</exception>
    public static KnowledgeGraphView Load(string graphJsonPath) => new(GraphJsonReader.Read(graphJsonPath));

    public BidirectionalGraph<KnowledgeVertex, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> Graph { get; }

    public KnowledgeGraph Source { get; }

    public KnowledgeVertex? Paper(string id) => _papers.GetValueOrDefault(id);

    public KnowledgeVertex? Entity(string key) => _entities.GetValueOrDefault(key);

    public KnowledgeVertex? Topic(string name) => _topics.GetValueOrDefault(name);

    public IEnumerable<KnowledgeVertex> Topics => _topics.Values;

    /// <summary>The name Neo4j Browser shows for a vertex: an entity's name, a paper's id, a topic's name.</summary>
    public string DisplayName(KnowledgeVertex vertex) =>
        vertex.Kind == VertexKind.Entity ? Source.EntitiesByKey[vertex.Id].Name : vertex.Id;
}
