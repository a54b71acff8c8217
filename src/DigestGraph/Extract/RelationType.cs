namespace DigestGraph.Extract;

/// <summary>Typed relations between entities; names are the Neo4j relationship types.</summary>
public enum RelationType { OUTPERFORMS, EVALUATED_ON, BASED_ON, TRAINED_ON, DEVELOPED_BY, USES, VARIANT_OF }
