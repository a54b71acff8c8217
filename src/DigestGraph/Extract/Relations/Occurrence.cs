using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>An entity written at a span of the abstract.</summary>
public readonly record struct Occurrence(EntityDraft Entity, int Start, int End);
