using DigestGraph.Extract;
using QuikGraph;

namespace DigestGraph.Graph;

/// <summary>
/// Builds a <see cref="KnowledgeGraphView"/> node by node, so that a reader of <c>graph.json</c> fills the QuikGraph
/// graph as it parses: papers (with their topics) and entities first, then mentions and relations between them.
/// </summary>
internal sealed class KnowledgeGraphViewBuilder
{
    private static readonly KnowledgeEdgeTag Introduces = new(EdgeKind.Introduces);
    private static readonly KnowledgeEdgeTag PrimaryTopic = new(EdgeKind.About, Primary: true);
    private static readonly KnowledgeEdgeTag OtherTopic = new(EdgeKind.About);

    private readonly List<PaperNode> _papers = [];
    private readonly List<EntityNode> _entities = [];
    private readonly List<Mention> _mentions = [];
    private readonly List<RelationEdge> _relations = [];
    private readonly Dictionary<string, KnowledgeVertex> _paperVertices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnowledgeVertex> _entityVertices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnowledgeVertex> _topicVertices = new(StringComparer.Ordinal);
    // One relation per type, source, target and paper, as Neo4j holds them: of several sentences, the first in order.
    private readonly Dictionary<(RelationType, string, string, string), RelationEdge> _kept = [];
    private readonly BidirectionalGraph<KnowledgeVertex, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> _graph = new(allowParallelEdges: true);

    /// <summary>Adds a paper and its ABOUT edges; false when a paper of that id is already there.</summary>
    public bool Add(PaperNode paper)
    {
        var vertex = new KnowledgeVertex(VertexKind.Paper, paper.Id);
        if (!_paperVertices.TryAdd(paper.Id, vertex)) return false;
        _papers.Add(paper);
        _graph.AddVertex(vertex);
        foreach (var link in ExportRows.TopicLinks(paper))
        {
            if (!_topicVertices.TryGetValue(link.Topic, out var topic))
            {
                _topicVertices[link.Topic] = topic = new KnowledgeVertex(VertexKind.Topic, link.Topic);
                _graph.AddVertex(topic);
            }
            _graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(vertex, topic, link.Primary ? PrimaryTopic : OtherTopic));
        }
        return true;
    }

    /// <summary>Adds an entity; false when an entity of that key is already there.</summary>
    public bool Add(EntityNode entity)
    {
        var vertex = new KnowledgeVertex(VertexKind.Entity, entity.Key);
        if (!_entityVertices.TryAdd(entity.Key, vertex)) return false;
        _entities.Add(entity);
        _graph.AddVertex(vertex);
        return true;
    }

    /// <summary>Adds a mention: its MENTIONS edge (and INTRODUCES) when its paper and entity were added before.</summary>
    public void Add(Mention mention)
    {
        _mentions.Add(mention);
        if (!_paperVertices.TryGetValue(mention.PaperId, out var paper) || !_entityVertices.TryGetValue(mention.EntityKey, out var entity)) return;
        _graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(paper, entity, new KnowledgeEdgeTag(EdgeKind.Mentions, Mention: mention)));
        if (mention.Introduced) _graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(paper, entity, Introduces));
    }

    /// <summary>Adds a typed relation; its edge (when both entities were added before) comes with <see cref="Build"/>.</summary>
    public void Add(RelationEdge relation)
    {
        _relations.Add(relation);
        if (!_entityVertices.ContainsKey(relation.SourceKey) || !_entityVertices.ContainsKey(relation.TargetKey)) return;
        var key = (relation.Type, relation.SourceKey, relation.TargetKey, relation.PaperId);
        if (!_kept.TryGetValue(key, out var kept) || string.CompareOrdinal(relation.Evidence, kept.Evidence) < 0) _kept[key] = relation;
    }

    /// <summary>The view, over <paramref name="source"/> when the nodes came from a graph in memory, else over a graph of what was added.</summary>
    public KnowledgeGraphView Build(KnowledgeGraph? source = null)
    {
        foreach (var r in _kept.Values)
            _graph.AddEdge(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(_entityVertices[r.SourceKey], _entityVertices[r.TargetKey], new KnowledgeEdgeTag(EdgeKind.Relation, r)));
        return new KnowledgeGraphView(source ?? new KnowledgeGraph(_papers, _entities, _mentions, _relations), _graph, _paperVertices, _entityVertices, _topicVertices);
    }
}
