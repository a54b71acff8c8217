using DigestGraph.Extract;

namespace DigestGraph.Graph;

/// <summary>
/// The tag of an edge of <see cref="KnowledgeGraphView"/>: its kind, the typed relation it carries (paper, evidence,
/// metric, value) for <see cref="EdgeKind.Relation"/>, the mention for <see cref="EdgeKind.Mentions"/>, and whether an
/// ABOUT edge names the primary topic.
/// </summary>
public sealed record KnowledgeEdgeTag(EdgeKind Kind, RelationEdge? Relation = null, bool Primary = false, Mention? Mention = null)
{
    /// <summary>The sentence that states the edge: a relation's evidence, or the sentence a mentioning paper names the entity in.</summary>
    public string? Evidence => Relation?.Evidence ?? Mention?.Evidence;

    /// <summary>The Neo4j relationship type: MENTIONS, INTRODUCES, ABOUT or the relation's type.</summary>
    public string Type => Kind switch
    {
        EdgeKind.Mentions => GraphVocabulary.Mentions,
        EdgeKind.Introduces => GraphVocabulary.Introduces,
        EdgeKind.About => GraphVocabulary.About,
        _ => Relation!.Type.Name(),
    };
}
