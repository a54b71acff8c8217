namespace DigestGraph.Extract.Relations;

/// <summary>One kind of relation read from the text by rules.</summary>
public interface IRelationPattern
{
    IEnumerable<ExtractedRelation> Find(RelationContext context);
}
