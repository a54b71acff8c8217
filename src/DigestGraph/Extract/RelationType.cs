namespace DigestGraph.Extract;

/// <summary>Typed relations between entities; <see cref="RelationTypeNames"/> spells them as records and Neo4j do (OUTPERFORMS, ...).</summary>
public enum RelationType { Outperforms, EvaluatedOn, BasedOn, TrainedOn, DevelopedBy, Uses, VariantOf }
