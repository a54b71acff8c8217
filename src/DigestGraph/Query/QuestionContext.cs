using DigestGraph.Graph;
using QuikGraph;

namespace DigestGraph.Query;

/// <summary>What a question reads: the graph view, its name index, the arguments, and where to note what found nothing.</summary>
public sealed class QuestionContext(KnowledgeGraphView view, GraphNames names, QuestionArguments arguments)
{
    public KnowledgeGraphView View { get; } = view;
    public GraphNames Names { get; } = names;
    public QuestionArguments Arguments { get; } = arguments;
    public List<string> Notes { get; } = [];

    public KnowledgeGraph Graph => View.Source;

    /// <summary>The edges of a kind (and relation type) that end at the entity.</summary>
    public IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> EdgesInto(EntityNode entity, EdgeKind kind, string? type = null) =>
        View.Graph.InEdges(View.Entity(entity.Key)!).Where(e => e.Tag.Kind == kind && (type is null || e.Tag.Type == type));

    /// <summary>The edges of a kind (and relation type) that start at the vertex.</summary>
    public IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> EdgesFrom(KnowledgeVertex vertex, EdgeKind kind, string? type = null) =>
        View.Graph.OutEdges(vertex).Where(e => e.Tag.Kind == kind && (type is null || e.Tag.Type == type));

    public EntityNode Entity(KnowledgeVertex vertex) => Graph.EntitiesByKey[vertex.Id];

    public AskResult Result(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) => new(columns, rows.ToArray(), Notes);
}
