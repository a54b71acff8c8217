namespace DigestGraph.Extract.Lexicon;

/// <summary>A lexicon alias found in a text.</summary>
public readonly record struct LexiconMatch(int Start, int Length, LexiconEntry Entry);
