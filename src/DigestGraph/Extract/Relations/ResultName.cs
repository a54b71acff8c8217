namespace DigestGraph.Extract.Relations;

/// <summary>A name written in a sentence as <see cref="BenchmarkResults"/> reads it: its entity (an index of the caller's list), type and span.</summary>
internal readonly record struct ResultName(int Entity, EntityType Type, int Start, int End);
