namespace DigestGraph.Graph;

/// <summary>What an edge of <see cref="KnowledgeGraphView"/> stands for: the relationship types of the graph model.</summary>
public enum EdgeKind { Mentions, Introduces, About, Relation }
