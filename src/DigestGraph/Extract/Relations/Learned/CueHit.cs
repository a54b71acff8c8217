namespace DigestGraph.Extract.Relations.Learned;

/// <summary>A cue written at [<see cref="Start"/>, <see cref="End"/>) and the lists (bits) it belongs to.</summary>
public readonly record struct CueHit(int Start, int End, uint Lists);
