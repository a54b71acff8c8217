namespace DigestGraph.Analyse;

/// <summary>What a topic cluster groups: papers (paper-similarity communities) or entities (co-occurrence communities).</summary>
public enum ClusterKind { Papers, Entities }
