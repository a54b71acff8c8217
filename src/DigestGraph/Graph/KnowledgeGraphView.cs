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

    internal KnowledgeGraphView(KnowledgeGraph source, KnowledgeEdgeGraph graph,
        Dictionary<string, KnowledgeVertex> papers, Dictionary<string, KnowledgeVertex> entities, Dictionary<string, KnowledgeVertex> topics)
    {
        Source = source;
        Graph = graph;
        _papers = papers;
        _entities = entities;
        _topics = topics;
    }

    /// <summary>The view of a graph built in memory.</summary>
    public static KnowledgeGraphView From(KnowledgeGraph graph)
    {
        var builder = new KnowledgeGraphViewBuilder();
        foreach (var paper in graph.Papers) builder.Add(paper);
        foreach (var entity in graph.Entities) builder.Add(entity);
        foreach (var mention in graph.Mentions) builder.Add(mention);
        foreach (var relation in graph.Relations) builder.Add(relation);
        return builder.Build(graph);
    }

    /// <summary>The view of a <c>graph.json</c> written by <c>build</c>.</summary>
    /// <exception cref="FormatException">The file is not such a graph, or one an older build wrote (the message names the file and the entry).</exception>
    public static KnowledgeGraphView Load(string graphJsonPath) => GraphJsonReader.Read(graphJsonPath);

    public KnowledgeEdgeGraph Graph { get; }

    public KnowledgeGraph Source { get; }

    public KnowledgeVertex? Paper(string id) => _papers.GetValueOrDefault(id);

    public KnowledgeVertex? Entity(string key) => _entities.GetValueOrDefault(key);

    public KnowledgeVertex? Topic(string name) => _topics.GetValueOrDefault(name);

    public IEnumerable<KnowledgeVertex> Topics => _topics.Values;

    /// <summary>The name Neo4j Browser shows for a vertex: an entity's name, a paper's id, a topic's name.</summary>
    public string DisplayName(KnowledgeVertex vertex) =>
        vertex.Kind == VertexKind.Entity ? Source.EntitiesByKey[vertex.Id].Name : vertex.Id;
}
