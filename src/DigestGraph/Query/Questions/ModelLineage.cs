using DigestGraph.Extract;
using DigestGraph.Graph;
using QuikGraph;

namespace DigestGraph.Query.Questions;

/// <summary>
/// What a model is BASED_ON or a VARIANT_OF, up to five generations back, with the papers that say so: every chain of
/// such relations that uses no relation twice (as Cypher's variable-length patterns match them).
/// </summary>
internal sealed class ModelLineage : IQuestion
{
    private const int Generations = 5;

    public string File => "09-model-lineage.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var rows = new List<(string Ancestor, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[] Path)>();
        var path = new List<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>();
        void Walk(KnowledgeVertex from)
        {
            if (path.Count == Generations) return;
            foreach (var edge in c.EdgesFrom(from, EdgeKind.Relation))
            {
                if (edge.Tag.Relation?.Type is not (RelationType.BasedOn or RelationType.VariantOf) || path.Contains(edge)) continue;
                path.Add(edge);
                rows.Add((c.Entity(edge.Target).Name, path.ToArray()));
                Walk(edge.Target);
                path.RemoveAt(path.Count - 1);
            }
        }
        foreach (var model in c.Names.Entities(c.Arguments.Text("model"), c.Notes)) Walk(c.View.Entity(model.Key)!);

        var ordered = rows
            .Select(r => (r.Ancestor, Via: r.Path.Select(e => e.Tag.Type).ToArray(), Papers: r.Path.Select(e => e.Tag.Relation!.PaperId).ToArray()))
            .OrderBy(r => r.Via.Length)
            .ThenBy(r => r.Ancestor, CypherValues.Order)
            .ThenBy(r => r.Via, CypherValues.ListOrder)
            .ThenBy(r => r.Papers, CypherValues.ListOrder)
            .Select(r => new object?[] { r.Ancestor, (long)r.Via.Length, r.Via.ToArray<object?>(), r.Papers.ToArray<object?>() });
        return c.Result(["ancestor", "generations", "via", "papers"], ordered);
    }
}
