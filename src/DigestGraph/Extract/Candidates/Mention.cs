using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// A span of the normalized abstract (or of the title, <see cref="InTitle"/>) that names something, with what its
/// finder learned: other surface forms, a lexicon entry, a type hint, a developer named in the same phrase.
/// </summary>
public sealed record Mention(int Start, int Length, string Name)
{
    public int End => Start + Length;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public LexiconEntry? Known { get; init; }
    public EntityType? TypeHint { get; init; }
    /// <summary>An organization written as part of the name (<c>OpenAI o1</c>, <c>Salesforce 的 XGen</c>).</summary>
    public string? Developer { get; init; }
    public bool InTitle { get; init; }
    /// <summary>The paper's own name from the title prefix (<c>LLaVA-o1: ...</c>).</summary>
    public bool IsTitleName { get; init; }
    /// <summary>A short name the authors coin for what they just described ("单区域构建（硬绑定）").</summary>
    public bool IsCoined { get; init; }
    /// <summary>A part the text lists after a noun that announces it ("two core innovations: X and Y").</summary>
    public bool IsListedPart { get; init; }
    /// <summary>An acronym the text spells out as something other than what the lexicon knows it as ("SWA").</summary>
    public string? Redefines { get; init; }
}
