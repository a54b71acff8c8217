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
    private readonly Dictionary<string, KnowledgeVertex>.AlternateLookup<ReadOnlySpan<char>> _paperNamed, _entityNamed;
    // One relation per type, source, target and paper, as Neo4j holds them: of several sentences, the first in order.
    private readonly Dictionary<(RelationType, KnowledgeVertex, KnowledgeVertex, string), RelationEdge> _kept = [];
    private readonly List<KnowledgeVertex> _vertices = [];
    private readonly List<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> _edges = [];

    public KnowledgeGraphViewBuilder()
    {
        _paperNamed = _paperVertices.GetAlternateLookup<ReadOnlySpan<char>>();
        _entityNamed = _entityVertices.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The vertex of the paper added with this id, or null.</summary>
    public KnowledgeVertex? PaperVertex(ReadOnlySpan<char> id) => _paperNamed.TryGetValue(id, out var vertex) ? vertex : null;

    /// <summary>The vertex of the entity added with this key, or null.</summary>
    public KnowledgeVertex? EntityVertex(ReadOnlySpan<char> key) => _entityNamed.TryGetValue(key, out var vertex) ? vertex : null;

    /// <summary>Adds a paper and its ABOUT edges; false when a paper of that id is already there.</summary>
    public bool Add(PaperNode paper)
    {
        var vertex = new KnowledgeVertex(VertexKind.Paper, paper.Id);
        if (!_paperVertices.TryAdd(paper.Id, vertex)) return false;
        _papers.Add(paper);
        AddVertex(vertex);
        foreach (var link in ExportRows.TopicLinks(paper))
        {
            if (!_topicVertices.TryGetValue(link.Topic, out var topic))
            {
                _topicVertices[link.Topic] = topic = new KnowledgeVertex(VertexKind.Topic, link.Topic);
                AddVertex(topic);
            }
            _edges.Add(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(vertex, topic, link.Primary ? PrimaryTopic : OtherTopic));
        }
        return true;
    }

    /// <summary>Adds an entity; false when an entity of that key is already there.</summary>
    public bool Add(EntityNode entity)
    {
        var vertex = new KnowledgeVertex(VertexKind.Entity, entity.Key);
        if (!_entityVertices.TryAdd(entity.Key, vertex)) return false;
        _entities.Add(entity);
        AddVertex(vertex);
        return true;
    }

    /// <summary>Adds a mention: its MENTIONS edge (and INTRODUCES) when its paper and entity were added before.</summary>
    public void Add(Mention mention) =>
        Add(mention, _paperVertices.GetValueOrDefault(mention.PaperId), _entityVertices.GetValueOrDefault(mention.EntityKey));

    /// <summary>Adds a mention whose paper's and entity's vertices (null when not added) the caller found.</summary>
    public void Add(Mention mention, KnowledgeVertex? paper, KnowledgeVertex? entity)
    {
        _mentions.Add(mention);
        if (paper is null || entity is null) return;
        _edges.Add(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(paper, entity, new KnowledgeEdgeTag(EdgeKind.Mentions, Mention: mention)));
        if (mention.Introduced) _edges.Add(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(paper, entity, Introduces));
    }

    /// <summary>Adds a typed relation; its edge (when both entities were added before) comes with <see cref="Build"/>.</summary>
    public void Add(RelationEdge relation) =>
        Add(relation, _entityVertices.GetValueOrDefault(relation.SourceKey), _entityVertices.GetValueOrDefault(relation.TargetKey));

    /// <summary>Adds a typed relation whose source's and target's vertices (null when not added) the caller found.</summary>
    public void Add(RelationEdge relation, KnowledgeVertex? source, KnowledgeVertex? target)
    {
        _relations.Add(relation);
        if (source is null || target is null) return;
        var key = (relation.Type, source, target, relation.PaperId);
        if (!_kept.TryGetValue(key, out var kept) || string.CompareOrdinal(relation.Evidence, kept.Evidence) < 0) _kept[key] = relation;
    }

    /// <summary>The view, over <paramref name="source"/> when the nodes came from a graph in memory, else over a graph of what was added.</summary>
    public KnowledgeGraphView Build(KnowledgeGraph? source = null)
    {
        foreach (var ((_, from, to, _), r) in _kept)
            _edges.Add(new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(from, to, new KnowledgeEdgeTag(EdgeKind.Relation, r)));
        var graph = new KnowledgeEdgeGraph(_vertices, _edges, Own);
        return new KnowledgeGraphView(source ?? new KnowledgeGraph(_papers, _entities, _mentions, _relations), graph, _paperVertices, _entityVertices, _topicVertices);
    }

    private void AddVertex(KnowledgeVertex vertex)
    {
        vertex.Index = _vertices.Count;
        _vertices.Add(vertex);
    }

    /// <summary>The vertex added that equals <paramref name="vertex"/>, or null.</summary>
    private KnowledgeVertex? Own(KnowledgeVertex vertex) =>
        (vertex.Kind switch { VertexKind.Paper => _paperVertices, VertexKind.Entity => _entityVertices, _ => _topicVertices }).GetValueOrDefault(vertex.Id);
}
