namespace DigestGraph.Extract.Quantities;

/// <summary>A unit word found after a number, and where it ends.</summary>
public readonly record struct UnitMatch(UnitWord Word, int End);
