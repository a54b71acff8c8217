namespace DigestGraph.Graph;

/// <summary>What a vertex of <see cref="KnowledgeGraphView"/> stands for: the three node labels of the graph model.</summary>
public enum VertexKind { Paper, Entity, Topic }
