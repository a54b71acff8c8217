namespace DigestGraph.Extract.Relations;

/// <summary>A number written in the text as a result (<c>67.0</c>, <c>89.5%</c>, <c>1578</c>), with its span and unit.</summary>
public readonly record struct ScoreValue(double Value, string Unit, int Start, int End, string Text);
