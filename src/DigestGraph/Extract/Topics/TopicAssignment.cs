namespace DigestGraph.Extract.Topics;

/// <summary>A paper's topics (the primary topic first, the others in taxonomy order) and its primary topic.</summary>
public sealed record TopicAssignment(IReadOnlyList<string> Topics, string? Primary);
